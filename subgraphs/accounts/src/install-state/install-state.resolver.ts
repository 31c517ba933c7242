import { Ctx, Directive, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { AppRef } from '../apps/app.reference';
import type { AccountsContext } from '../context';
import { installStateOf } from './install-state.rules';
import { ViewerInstallState } from './install-state.types';

/** What the catalog and billing must send for an app before accounts can judge its install. */
const REQUIRED_FACTS = 'status type isFree trialDays vendor { id } viewerBillingOutlook { trialDays grantedTrialDays paidBlocker subscriptionActive }';

@Resolver(() => AppRef)
export class AppInstallStateResolver {
  /**
   * The storefront card's install button: every app of a page is judged with the same few
   * statements (the account, the user, the account's installs of these apps, its live counts).
   */
  @FieldResolver(() => ViewerInstallState, {
    nullable: true,
    description: 'The app as the caller’s account has it (installed, can install and why not, trial, TR-2); null for callers that are not an account’s user.',
  })
  @Directive(`@requires(fields: "${REQUIRED_FACTS}")`)
  async viewerInstallState(@Root() app: AppRef, @Ctx() ctx: AccountsContext): Promise<ViewerInstallState | null> {
    const identity = ctx.identity;
    if (identity.kind !== 'user' || !app.status || !app.type || app.isFree === undefined || !app.vendor) return null;
    const [account, user, installs, counts] = await Promise.all([
      ctx.loaders.accountById.load(identity.accountId),
      ctx.loaders.userById.load(identity.userId),
      ctx.loaders.installsByAppId.load(app.id),
      ctx.loaders.liveInstallCountsByAccount.load(identity.accountId),
    ]);
    if (!account || !counts) return null;
    return installStateOf({
      app: { id: app.id, status: app.status, type: app.type, isFree: app.isFree, vendor: app.vendor, viewerBillingOutlook: app.viewerBillingOutlook },
      account, user: user && user.accountId === account.id ? user : null, installs, counts,
      freeAppLimits: ctx.services.config.ACCOUNTS_FREE_APP_LIMITS,
    });
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Live installs of the app across every account (accounts counts them).' })
  async installCount(@Root() app: AppRef, @Ctx() ctx: AccountsContext): Promise<number> {
    return (await ctx.loaders.installCountByApp.load(app.id))?.count ?? 0;
  }
}
