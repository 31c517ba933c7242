import { InstallStatus } from '@appmarket/accounts/src/installs/install.enums';
import { accountsSubgraph } from '@appmarket/accounts';
import { AppStatus, AppType } from '@appmarket/catalog/src/apps/app.enums';
import { catalogSubgraph } from '@appmarket/catalog';
import { migrateSubgraph, type ScratchDatabase } from '@appmarket/db';
import { createTestDatabase } from '@appmarket/db/src/testing';
import type { DataSource } from 'typeorm';
import { makeAccount, makeApp, makeInstall, makeVendor } from '../support/factories';

/**
 * Rules the database itself holds, so that no code path (and no race) can break them. The domain
 * services refuse the same input earlier with their own error codes.
 */
describe('rules held by the database', () => {
  let database: ScratchDatabase;
  let catalog: DataSource;
  let accounts: DataSource;
  beforeAll(async () => {
    database = await createTestDatabase();
    catalog = catalogSubgraph.createDataSource(database.url, 4);
    accounts = accountsSubgraph.createDataSource(database.url, 25);
    for (const [ds, schema] of [[catalog, 'catalog'], [accounts, 'accounts']] as const) {
      await ds.initialize();
      await migrateSubgraph(ds, schema);
    }
  });
  afterAll(async () => {
    await catalog?.destroy();
    await accounts?.destroy();
    await database?.drop();
  });

  it('PR-2: a price that is not a whole multiple of 500 RUB is refused', async () => {
    const vendor = await makeVendor(catalog);
    await expect(makeApp(catalog, vendor, { priceKopecks: 70_000 })).rejects.toThrow(/check constraint/);
    await expect(makeApp(catalog, vendor, { priceKopecks: 100_000 })).resolves.toMatchObject({ priceKopecks: 100_000 });
  });

  it('TR-1: a trial of 1 to 14 days, and only on a paid app', async () => {
    const vendor = await makeVendor(catalog);
    await expect(makeApp(catalog, vendor, { priceKopecks: 50_000, trialDays: 15 })).rejects.toThrow(/check constraint/);
    await expect(makeApp(catalog, vendor, { priceKopecks: 50_000, trialDays: 0 })).rejects.toThrow(/check constraint/);
    await expect(makeApp(catalog, vendor, { priceKopecks: null, trialDays: 7 })).rejects.toThrow(/check constraint/);
    await expect(makeApp(catalog, vendor, { priceKopecks: 50_000, trialDays: 14 })).resolves.toMatchObject({ trialDays: 14 });
  });

  it('LC-4: only a free app can be HIDDEN', async () => {
    const vendor = await makeVendor(catalog);
    await expect(makeApp(catalog, vendor, { status: AppStatus.HIDDEN, priceKopecks: 50_000 })).rejects.toThrow(/apps_hidden_only_free/);
    await expect(makeApp(catalog, vendor, { status: AppStatus.HIDDEN, priceKopecks: null })).resolves.toMatchObject({ status: 'HIDDEN' });
  });

  it('an app alias is unique per vendor (and free across vendors)', async () => {
    const [a, b] = [await makeVendor(catalog), await makeVendor(catalog)];
    await makeApp(catalog, a, { alias: 'crm-sync' });
    await expect(makeApp(catalog, a, { alias: 'crm-sync' })).rejects.toThrow(/apps_vendor_alias_unique/);
    await expect(makeApp(catalog, b, { alias: 'crm-sync' })).resolves.toMatchObject({ alias: 'crm-sync' });
  });

  it('TY-2: 20 concurrent TELEPHONY installs on one account leave exactly one', async () => {
    const vendor = await makeVendor(catalog);
    const apps = await Promise.all(Array.from({ length: 20 }, () => makeApp(catalog, vendor, { type: AppType.TELEPHONY })));
    const account = await makeAccount(accounts);
    const results = await Promise.allSettled(apps.map((app) => makeInstall(accounts, account, app)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected').every((r) => /installs_one_per_exclusive_type/.test(String((r as PromiseRejectedResult).reason)))).toBe(true);
    const [{ count }] = await accounts.query(`SELECT count(*)::int AS count FROM installs WHERE account_id = $1`, [account.id]);
    expect(count).toBe(1);
  });

  it('TY-2: LOYALTY is one per account too, while SERVER and IFRAME are unlimited (SV-4)', async () => {
    const vendor = await makeVendor(catalog);
    const account = await makeAccount(accounts);
    await makeInstall(accounts, account, await makeApp(catalog, vendor, { type: AppType.LOYALTY }));
    await expect(makeInstall(accounts, account, await makeApp(catalog, vendor, { type: AppType.LOYALTY }))).rejects.toThrow(/installs_one_per_exclusive_type/);
    for (let i = 0; i < 3; i++) {
      await makeInstall(accounts, account, await makeApp(catalog, vendor, { type: AppType.SERVER }));
      await makeInstall(accounts, account, await makeApp(catalog, vendor, { type: AppType.IFRAME }));
    }
  });

  it('an uninstalled TELEPHONY install is history and does not block a new one', async () => {
    const vendor = await makeVendor(catalog);
    const account = await makeAccount(accounts);
    const first = await makeApp(catalog, vendor, { type: AppType.TELEPHONY });
    await makeInstall(accounts, account, first, { status: InstallStatus.UNINSTALLED, uninstalledAt: new Date() });
    await expect(makeInstall(accounts, account, await makeApp(catalog, vendor, { type: AppType.TELEPHONY }))).resolves.toBeDefined();
  });
});
