import { Directive, Field, Int, ObjectType, registerEnumType } from 'type-graphql';

/** Why billing would refuse a paid install without a trial (the codes installApp answers then). */
export enum PaidInstallBlocker {
  MARKETPLACE_SUBSCRIPTION_REQUIRED = 'MARKETPLACE_SUBSCRIPTION_REQUIRED',
  NOT_ENOUGH_PAID_APP_OPTIONS = 'NOT_ENOUGH_PAID_APP_OPTIONS',
}
registerEnumType(PaidInstallBlocker, { name: 'PaidInstallBlocker', description: 'BX-2, PR-3: why billing would refuse a paid install without a trial.' });

/**
 * What billing would decide if the caller's account installed the app now (the rules of
 * install-decision.service.ts, read without writing). Internal: accounts requires it to answer
 * `App.viewerInstallState`; nobody else sees it.
 */
@ObjectType({ description: 'Internal (accounts requires it): what billing would decide for an install by the caller’s account now.' })
@Directive('@inaccessible')
export class ViewerBillingOutlook {
  @Field(() => Int, { nullable: true, description: 'TR-2: the trial a first install gets; null when the app has none or billing saw an install before.' })
  trialDays: number | null;

  @Field(() => Int, { nullable: true, description: 'TX-1: days left of a trial the vendor granted this account before it installed; null: none.' })
  grantedTrialDays: number | null;

  @Field(() => PaidInstallBlocker, { nullable: true, description: 'BX-2, PR-3: why a paid install without a trial would be refused; null: it would not.' })
  paidBlocker: PaidInstallBlocker | null;

  @Field({ description: 'BX-4: the account has the marketplace subscription now (it lifts the BX-9 free-app limit).' })
  subscriptionActive: boolean;
}

// The catalog's App as billing sees it lives in revenue/app.reference.ts (one class per entity).
export { AppRef } from '../revenue/app.reference';
