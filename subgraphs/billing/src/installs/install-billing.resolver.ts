import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { BillingContext } from '../context';
import { InstallBillingHistory } from '../history/install-billing-history.entity';
import { InstallBilling } from './install-billing.entity';
import { InstallRef } from './install.reference';

@Resolver(() => InstallRef)
export class InstallBillingResolver {
  @FieldResolver(() => InstallBilling, {
    nullable: true,
    description: 'How this install is paid for, as it is now (a trial that has ended shows its outcome at once); null if billing never saw it.',
  })
  billing(@Root() install: InstallRef, @Ctx() ctx: BillingContext): Promise<InstallBilling | null> {
    return ctx.loaders.billingByInstallId.load(install.id);
  }

  @FieldResolver(() => [InstallBillingHistory], { description: 'Every stored change of the billing state, oldest first.' })
  billingHistory(@Root() install: InstallRef, @Ctx() ctx: BillingContext): Promise<InstallBillingHistory[]> {
    return ctx.loaders.historyByInstallId.load(install.id);
  }
}
