import { migrateSubgraph, type ScratchDatabase } from '@appmarket/db';
import { createTestDatabase } from '@appmarket/db/src/testing';
import { telephonySubgraph } from '@appmarket/telephony-loyalty/src';
import type { DataSource } from 'typeorm';

/** The subgraph's migrations apply, revert and re-apply, and the demo seed fits the new columns. */
describe('telephony-loyalty migrations and demo seed', () => {
  let database: ScratchDatabase;
  let dataSource: DataSource;
  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = telephonySubgraph.createDataSource(database.url, 2);
    await migrateSubgraph(dataSource, telephonySubgraph.dbSchema);
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('seeds the demo calls once', async () => {
    expect(await telephonySubgraph.seedDemoData(dataSource)).toMatch(/^telephony: \d+ calls$/);
    expect(await telephonySubgraph.seedDemoData(dataSource)).toBe('telephony: already seeded');
  });

  it('reverts the idempotency keys, provider calls, card-event retention and the Phone API and Loyalty migrations and applies them again', async () => {
    await dataSource.undoLastMigration({ transaction: 'each' });
    const [{ keys }] = await dataSource.query(`SELECT to_regclass('idempotency_keys') IS NOT NULL AS keys`);
    expect(keys).toBe(false);
    await dataSource.undoLastMigration({ transaction: 'each' });
    const [{ column }] = await dataSource.query(`SELECT count(*)::int AS column FROM information_schema.columns WHERE table_schema = 'telephony' AND table_name = 'calls' AND column_name = 'record_urls'`);
    expect(column).toBe(0);
    const [{ windows }] = await dataSource.query(`SELECT to_regclass('rate_limit_windows') IS NOT NULL AS windows`);
    expect(windows).toBe(true);
    await dataSource.undoLastMigration({ transaction: 'each' });
    const [{ index }] = await dataSource.query(`SELECT to_regclass('call_card_events_occurred_idx') IS NOT NULL AS index`);
    expect(index).toBe(false);
    await dataSource.undoLastMigration({ transaction: 'each' });
    const [{ exists }] = await dataSource.query(`SELECT to_regclass('loyalty_settings') IS NOT NULL AS exists`);
    expect(exists).toBe(false);
    expect(await migrateSubgraph(dataSource, telephonySubgraph.dbSchema)).toEqual(['PhoneAndLoyalty1763900000040', 'CardEventRetention1763990000041', 'ProviderCalls1764100000042', 'IdempotencyKeys1764300000043']);
    const [{ gone }] = await dataSource.query(`SELECT to_regclass('rate_limit_windows') IS NULL AS gone`);
    expect(gone).toBe(true);
  });
});
