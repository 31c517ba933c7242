import { FieldResolver, Resolver, Root } from 'type-graphql';
import { App } from './app.entity';

/**
 * The locale rule (docs/API.md, "Naming"): the plain field is Russian, other locales add their
 * suffix (`shortDescription`, `shortDescriptionEn`); `shortDescriptionRu` stays, deprecated.
 */
@Resolver(() => App)
export class AppLocaleResolver {
  @FieldResolver(() => String, { description: 'One-line summary in Russian for the storefront card (at most 300 characters).' })
  shortDescription(@Root() app: App): string {
    return app.shortDescriptionRu;
  }
}
