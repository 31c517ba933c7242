import { Arg, Ctx, Directive, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { requireService, type DecideInstallBillingInput } from '@appmarket/federation';
import type { BillingContext } from '../context';
import { BillingState } from './billing-state.enum';

/** The GraphQL side of the shape accounts sends (packages/federation/src/contracts.ts). */
@InputType('DecideInstallBillingInput')
@Directive('@inaccessible')
export class DecideInstallBillingArgs implements DecideInstallBillingInput {
  @Field(() => ID) installId: string;
  @Field(() => ID) accountId: string;
  @Field(() => ID) appId: string;
  @Field() appType: string;
  @Field({ description: 'TR-2: whether the account ever installed this app before (accounts knows).' })
  everInstalledBefore: boolean;
}

@ObjectType()
@Directive('@inaccessible')
export class InstallBillingDecision {
  @Field(() => ID) installId: string;
  @Field(() => BillingState) state: BillingState;
  @Field(() => Date, { nullable: true }) trialEndsAt: Date | null;
}

/** Accounts' calls at install and uninstall (docs/CONTRACTS.md, billing provides). */
@Resolver()
export class InstallDecisionResolver {
  @Mutation(() => InstallBillingDecision, { description: 'Internal: how a new install is paid for; idempotent by installId.' })
  @Directive('@inaccessible')
  decideInstallBilling(@Arg('input') input: DecideInstallBillingArgs, @Ctx() ctx: BillingContext): Promise<InstallBillingDecision> {
    requireService(ctx.identity);
    return ctx.services.decisions.decide(input);
  }

  @Mutation(() => Boolean, { description: 'Internal: the install was removed; its options are free again. Idempotent.' })
  @Directive('@inaccessible')
  recordInstallRemoved(@Arg('installId', () => ID) installId: string, @Ctx() ctx: BillingContext): Promise<boolean> {
    requireService(ctx.identity);
    return ctx.services.decisions.recordRemoved(installId);
  }

  @Mutation(() => Boolean, {
    description: 'Internal: the install committed, its decision stands. Idempotent; false for an unknown or released decision.',
  })
  @Directive('@inaccessible')
  confirmInstall(@Arg('installId', () => ID) installId: string, @Ctx() ctx: BillingContext): Promise<boolean> {
    requireService(ctx.identity);
    return ctx.services.pendingDecisions.confirm(installId);
  }

  @Mutation(() => Boolean, {
    description: 'Internal: the install did not commit; a decision still pending is freed. False when it was confirmed or is unknown.',
  })
  @Directive('@inaccessible')
  releaseInstallDecision(@Arg('installId', () => ID) installId: string, @Ctx() ctx: BillingContext): Promise<boolean> {
    requireService(ctx.identity);
    return ctx.services.pendingDecisions.release(installId);
  }
}
