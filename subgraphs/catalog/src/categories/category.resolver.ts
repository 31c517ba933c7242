import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireModerator } from '../access/caller';
import type { CatalogContext } from '../context';
import { Category } from './category.entity';
import { CreateCategoryErrors, CreateCategoryPayload } from './category.payloads';

@Resolver(() => Category)
export class CategoryResolver {
  @Query(() => [Category], { nullable: true, description: 'The storefront’s categories in display order, each with how many apps the caller can see in it (at most 200).' })
  categories(@Ctx() ctx: CatalogContext): Promise<Category[]> {
    return ctx.services.categories.list();
  }

  @FieldResolver(() => Int, { description: 'Apps in the category the caller can see: PUBLISHED ones, and for an account its HIDDEN installed ones (LC-3).' })
  async appCount(@Root() category: Category, @Ctx() ctx: CatalogContext): Promise<number> {
    return (await ctx.loaders.categoryAppCounts.load('all')).get(category.slug) ?? 0;
  }

  @Mutation(() => CreateCategoryPayload, { description: 'A moderator adds a category (slug: lower-case latin letters, digits, dashes; never changes).' })
  createCategory(@Arg('slug') slug: string, @Arg('name') name: string, @Arg('nameEn') nameEn: string, @Ctx() ctx: CatalogContext): Promise<CreateCategoryPayload> {
    requireModerator(ctx.identity);
    return CreateCategoryErrors.run(() => ctx.services.categories.create(slug, name, nameEn), (category) => ({ category }));
  }
}
