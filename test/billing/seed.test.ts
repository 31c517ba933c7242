import { migrateSubgraph, type ScratchDatabase } from '@appmarket/db';
import { createTestDatabase } from '@appmarket/db/src/testing';
import { billingSubgraph } from '@appmarket/billing/src/index';
import type { DataSource } from 'typeorm';

/** The demo seed fills the new columns consistently with the migrations' constraints. */
describe('billing demo seed', () => {
  let database: ScratchDatabase;
  let ds: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    ds = billingSubgraph.createDataSource(database.url, 2);
    await ds.initialize();
    await migrateSubgraph(ds, billingSubgraph.dbSchema);
  });
  afterAll(async () => {
    await ds.destroy();
    await database.drop();
  });

  it('seeds once, with prices frozen on installs and PAID installs taking price/500 RUB options', async () => {
    expect(await billingSubgraph.seedDemoData(ds)).toMatch(/install states/);
    expect(await billingSubgraph.seedDemoData(ds)).toBe('billing: already seeded');
    const [bad] = await ds.query(
      `SELECT count(*)::int AS n FROM install_billings
        WHERE state = 'PAID' AND (paid_app_options_used * 50000 <> price_kopecks OR paid_since IS NULL OR vendor_id IS NULL)`,
    );
    expect(bad.n).toBe(0);
    const [periods] = await ds.query(`SELECT count(*)::int AS n FROM subscriptions WHERE list_price_kopecks = 0`);
    expect(periods.n).toBe(0);
    // BX-2: every account with PAID installs has the marketplace subscription.
    const [uncovered] = await ds.query(
      `SELECT count(*)::int AS n FROM install_billings b WHERE b.state = 'PAID'
          AND NOT EXISTS (SELECT 1 FROM marketplace_subscriptions m WHERE m.account_id = b.account_id)`,
    );
    expect(uncovered.n).toBe(0);
  });
});
