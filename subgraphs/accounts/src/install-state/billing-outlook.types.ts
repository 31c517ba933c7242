import { Directive, Field, Int, ObjectType, registerEnumType } from 'type-graphql';

/** Billing's reasons to refuse a paid install without a trial (declared by billing; internal). */
export enum PaidInstallBlocker {
  MARKETPLACE_SUBSCRIPTION_REQUIRED = 'MARKETPLACE_SUBSCRIPTION_REQUIRED',
  NOT_ENOUGH_PAID_APP_OPTIONS = 'NOT_ENOUGH_PAID_APP_OPTIONS',
}
registerEnumType(PaidInstallBlocker, { name: 'PaidInstallBlocker', description: 'BX-2, PR-3: why billing would refuse a paid install without a trial.' });

/** Billing's `App.viewerBillingOutlook`, required by `viewerInstallState` (internal on both sides). */
@ObjectType({ description: 'Internal (accounts requires it): what billing would decide for an install by the caller’s account now.' })
@Directive('@inaccessible')
export class ViewerBillingOutlook {
  @Field(() => Int, { nullable: true }) @Directive('@external') trialDays: number | null;
  @Field(() => Int, { nullable: true }) @Directive('@external') grantedTrialDays: number | null;
  @Field(() => PaidInstallBlocker, { nullable: true }) @Directive('@external') paidBlocker: PaidInstallBlocker | null;
  @Field() @Directive('@external') subscriptionActive: boolean;
}
