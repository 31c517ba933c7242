import { requiresPermission } from '@appmarket/federation';
import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { BillingContext } from '../context';
import { InstallBillingHistory } from '../history/install-billing-history.entity';
import { InstallBilling } from './install-billing.entity';
import { InstallRef } from './install.reference';

@Resolver(() => InstallRef)
export class InstallBillingResolver {
  @FieldResolver(() => InstallBilling, {
    nullable: true,
    description: 'How this install is paid for, as it is now (a trial that has ended shows its outcome at once); null if billing never saw it. Needs VIEW on billing.',
  })
  @Directive(requiresPermission('billing', 'VIEW'))
  billing(@Root() install: InstallRef, @Ctx() ctx: BillingContext): Promise<InstallBilling | null> {
    return ctx.loaders.billingByInstallId.load(install.id);
  }

  @FieldResolver(() => [InstallBillingHistory], { nullable: true, description: 'Every stored change of the billing state, oldest first. Needs VIEW on billing.', deprecationReason: 'Unbounded: use billingHistoryConnection.' })
  @Directive(requiresPermission('billing', 'VIEW'))
  billingHistory(@Root() install: InstallRef, @Ctx() ctx: BillingContext): Promise<InstallBillingHistory[]> {
    return ctx.loaders.historyByInstallId.load(install.id);
  }
}
