import { generateDemoData } from '@appmarket/demo-data';
import type { DataSource } from 'typeorm';
import { BillingState } from './installs/billing-state.enum';
import { InstallBilling } from './installs/install-billing.entity';
import { Subscription } from './subscriptions/subscription.entity';

/** Seeds install billing states and subscriptions once: only when billing has no rows yet. */
export async function seedBilling(dataSource: DataSource): Promise<string> {
  if ((await dataSource.getRepository(InstallBilling).count()) > 0) return 'billing: already seeded';
  const data = generateDemoData();
  const priceOf = new Map(data.apps.map((a) => [a.id, a.priceKopecks ?? 0]));
  await dataSource.transaction(async (tx) => {
    await tx.getRepository(Subscription).insert(data.subscriptions);
    await tx.getRepository(InstallBilling).insert(
      data.installBillings.map((b) => ({
        ...b,
        state: b.state as BillingState,
        paidAppOptionsUsed: b.state === 'PAID' ? (priceOf.get(b.appId) ?? 0) / 50_000 : 0,
      })),
    );
  });
  return `billing: ${data.installBillings.length} install states, ${data.subscriptions.length} subscriptions`;
}
