import { requireService } from '@appmarket/federation';
import { Arg, Ctx, Directive, ID, Mutation, Resolver } from 'type-graphql';
import type { AccountsContext } from '../context';
import { VendorEventCause } from './vendor-event.service';

@Resolver()
export class VendorEventResolver {
  @Mutation(() => Boolean, {
    description: 'Services only (billing): enqueues the durable Vendor API call for TARIFF_CHANGED, AUTOPROLONGATION, SUSPEND or RESUME; idempotent by key.',
  })
  @Directive('@inaccessible')
  sendVendorEvent(
    @Arg('installId', () => ID) installId: string,
    @Arg('cause', () => VendorEventCause) cause: VendorEventCause,
    @Arg('idempotencyKey') idempotencyKey: string,
    @Ctx() ctx: AccountsContext,
  ): Promise<boolean> {
    requireService(ctx.identity);
    return ctx.services.vendorEvents.send(installId, cause, idempotencyKey);
  }
}
