import { Arg, Ctx, Directive, ID, Mutation, Resolver } from 'type-graphql';
import { requireService } from '@appmarket/federation';
import type { CatalogContext } from '../context';

/** Internal: accounts keeps the catalog's projection of installed apps (LC-3, DL-4). */
@Resolver()
export class InstalledAppResolver {
  @Mutation(() => Boolean, {
    description: 'Services only. Idempotent: true when applied, false when an equal or newer version was already recorded (or the app is unknown).',
  })
  @Directive('@inaccessible')
  recordInstallState(
    @Arg('accountId', () => ID) accountId: string,
    @Arg('appId', () => ID) appId: string,
    @Arg('installed') installed: boolean,
    @Arg('version', { description: 'ISO time of the change + install id; orders the updates.' }) version: string,
    @Ctx() ctx: CatalogContext,
  ): Promise<boolean> {
    requireService(ctx.identity);
    return ctx.services.installedApps.record(accountId, appId, installed, version);
  }
}
