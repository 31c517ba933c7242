import { IDEMPOTENCY_KEY_DESCRIPTION } from '@appmarket/db';
import { NOT_FOR_TOKENS } from '@appmarket/federation';
import { Directive, Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { requireVendor } from '../auth';
import type { BillingContext } from '../context';
import { ExtendTrialErrors, ExtendTrialPayload } from './trial-extension.payloads';
import { ExtendTrialInput } from './trial-extension.types';

@Resolver()
export class TrialExtensionResolver {
  @Mutation(() => ExtendTrialPayload, { description: 'TX-1..TX-3: the vendor extends (or grants) its app\'s trial for one account, once.' })
  @Directive(NOT_FOR_TOKENS)
  extendTrial(
    @Arg('input') input: ExtendTrialInput,
    @Arg('idempotencyKey', () => String, { nullable: true, description: IDEMPOTENCY_KEY_DESCRIPTION }) idempotencyKey: string | null,
    @Ctx() ctx: BillingContext,
  ): Promise<ExtendTrialPayload> {
    const vendorId = requireVendor(ctx);
    return ExtendTrialErrors.run(() => ctx.services.trials.extend(vendorId, input, idempotencyKey), (trialExtension) => ({ trialExtension }));
  }
}
