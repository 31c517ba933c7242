import { randomUUID } from 'node:crypto';
import { AppStatus } from '@appmarket/catalog/src/apps/app.enums';
import { makeApp, makeVendor } from '../support/factories';
import { startTestStack, type TestStack } from '../support/stack';

/**
 * The storefront's POPULARITY order reads `apps.live_installs`, kept by statement-level triggers
 * on the installs projection. It must count right for every kind of write, from any session —
 * also one whose search_path is not the catalog's (bulk loads, the benchmark generator).
 */
describe('the live install count behind POPULARITY', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(() => stack?.stop());

  it('follows inserts, uninstalls, reinstalls, bulk upserts and deletes, whatever the writer\'s search_path', async () => {
    const catalog = stack.dataSources.catalog!;
    const [one, two] = await Promise.all([0, 1].map(async () => makeApp(catalog, await makeVendor(catalog), { status: AppStatus.PUBLISHED })));
    const counts = async () => {
      const rows: { id: string; live_installs: number }[] = await catalog.query('SELECT id, live_installs FROM apps WHERE id = ANY($1)', [[one!.id, two!.id]]);
      return Object.fromEntries(rows.map((r) => [r.id === one!.id ? 'one' : 'two', r.live_installs]));
    };
    const runner = catalog.createQueryRunner();
    try {
      await runner.query('SET search_path TO public'); // a writer outside the catalog's schema
      const [a, b, c] = [randomUUID(), randomUUID(), randomUUID()];
      const upsert = (rows: [string, string, boolean][]) => runner.query(
        `INSERT INTO catalog.installed_apps (account_id, app_id, installed, version, updated_at)
         SELECT r.account_id::uuid, r.app_id::uuid, r.installed, '1', now() FROM jsonb_to_recordset($1::jsonb) AS r(account_id text, app_id text, installed boolean)
         ON CONFLICT (account_id, app_id) DO UPDATE SET installed = EXCLUDED.installed`,
        [JSON.stringify(rows.map(([account_id, app_id, installed]) => ({ account_id, app_id, installed })))]);
      await upsert([[a, one!.id, true], [b, one!.id, true], [c, two!.id, true], [a, two!.id, false]]);
      expect(await counts()).toEqual({ one: 2, two: 1 });
      await upsert([[a, one!.id, false], [a, two!.id, true]]); // an uninstall and a reinstall in one statement
      expect(await counts()).toEqual({ one: 1, two: 2 });
      await runner.query('DELETE FROM catalog.installed_apps WHERE account_id = $1', [c]);
      expect(await counts()).toEqual({ one: 1, two: 1 });
    } finally {
      await runner.release();
    }
  });
});
