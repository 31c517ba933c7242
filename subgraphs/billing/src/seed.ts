import { stableUuid } from '@appmarket/core';
import { generateDemoData } from '@appmarket/demo-data';
import type { DataSource } from 'typeorm';
import { OPTION_KOPECKS } from './config';
import { BillingState } from './installs/billing-state.enum';
import { InstallBilling } from './installs/install-billing.entity';
import { Subscription } from './subscriptions/subscription.entity';

/** Seeds install billing states and subscriptions once: only when billing has no rows yet. */
export async function seedBilling(dataSource: DataSource): Promise<string> {
  if ((await dataSource.getRepository(InstallBilling).count()) > 0) return 'billing: already seeded';
  const data = generateDemoData();
  const appById = new Map(data.apps.map((a) => [a.id, a]));
  const subscriptionStart = new Map(data.subscriptions.map((s) => [s.accountId, s.startsAt]));
  await dataSource.transaction(async (tx) => {
    // BX-2: accounts that pay for apps have the marketplace subscription over the same period.
    for (const s of data.subscriptions) {
      await tx.query(
        `INSERT INTO marketplace_subscriptions (id, account_id, demo, period_months, starts_at, ends_at) VALUES ($1, $2, false, $3, $4, $5)`,
        [stableUuid(`marketplace-subscription:${s.id}`), s.accountId, s.periodMonths, s.startsAt, s.endsAt],
      );
    }
    await tx.getRepository(Subscription).insert(
      data.subscriptions.map((s) => {
        const list = s.paidAppOptions * OPTION_KOPECKS * s.periodMonths;
        return { ...s, listPriceKopecks: list, discountPercent: 0, paidKopecks: list, purchasedAt: s.startsAt, purchasedBy: null };
      }),
    );
    await tx.getRepository(InstallBilling).insert(
      data.installBillings.map((b) => {
        const app = appById.get(b.appId);
        const price = app?.priceKopecks ?? 0;
        return {
          ...b,
          state: b.state as BillingState,
          vendorId: app?.vendorId ?? null,
          priceKopecks: price,
          paidAppOptionsUsed: b.state === 'PAID' ? price / OPTION_KOPECKS : 0,
          paidSince: b.state === 'PAID' ? (subscriptionStart.get(b.accountId) ?? null) : null,
          // The demo's installs exist in accounts: their decisions are confirmed.
          pendingSince: null,
        };
      }),
    );
  });
  return `billing: ${data.installBillings.length} install states, ${data.subscriptions.length} subscriptions`;
}
