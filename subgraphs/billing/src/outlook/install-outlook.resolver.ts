import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { BillingContext } from '../context';
import { AppRef, ViewerBillingOutlook } from './install-outlook.types';

@Resolver(() => AppRef)
export class InstallOutlookResolver {
  // Internal: accounts requires it for App.viewerInstallState. Null for callers that are not an
  // account's user (only users install apps).
  @FieldResolver(() => ViewerBillingOutlook, { nullable: true, description: 'Internal: what billing would decide for an install by the caller’s account now.' })
  @Directive('@inaccessible')
  @Directive('@requires(fields: "priceKopecks trialDays")')
  viewerBillingOutlook(@Root() app: AppRef, @Ctx() ctx: BillingContext): Promise<ViewerBillingOutlook> | null {
    if (ctx.identity.kind !== 'user') return null;
    return ctx.loaders.outlookByApp.load({ appId: app.id, priceKopecks: app.priceKopecks ?? null, trialDays: app.trialDays ?? null });
  }
}
