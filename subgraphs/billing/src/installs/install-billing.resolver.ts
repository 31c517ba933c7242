import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { BillingContext } from '../context';
import { InstallBilling } from './install-billing.entity';
import { InstallRef } from './install.reference';

@Resolver(() => InstallRef)
export class InstallBillingResolver {
  @FieldResolver(() => InstallBilling, { nullable: true, description: 'How this install is paid for; null if billing never saw it.' })
  billing(@Root() install: InstallRef, @Ctx() ctx: BillingContext): Promise<InstallBilling | null> {
    return ctx.loaders.billingByInstallId.load(install.id);
  }
}
