import { accountsSubgraph } from '@appmarket/accounts';
import { billingSubgraph } from '@appmarket/billing';
import { catalogSubgraph } from '@appmarket/catalog';
import { telephonySubgraph } from '@appmarket/telephony-loyalty';
import { migrateSubgraph, type ScratchDatabase } from '@appmarket/db';
import { createTestDatabase } from '@appmarket/db/src/testing';
import type { DataSource } from 'typeorm';

/** Each subgraph owns its own Postgres schema, created and changed only by its migrations. */
describe('subgraph schemas and migrations', () => {
  let database: ScratchDatabase;
  const open: DataSource[] = [];
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    for (const ds of open) await ds.destroy();
    await database.drop();
  });

  const migrated = async (module: typeof catalogSubgraph) => {
    const ds = module.createDataSource(database.url, 2);
    open.push(ds);
    await ds.initialize();
    return { ds, applied: await migrateSubgraph(ds, module.dbSchema) };
  };

  it('creates tables in the subgraph\'s own schema, applies nothing twice', async () => {
    const { ds, applied } = await migrated(catalogSubgraph);
    // every migration the catalog registers, in order, starting with the foundation's
    expect(applied).toEqual((ds.options.migrations as { name: string }[]).map((m) => m.name));
    expect(applied[0]).toBe('CreateCatalog1763890000000');
    expect(await migrateSubgraph(ds, 'catalog')).toEqual([]);
    const tables: { table_schema: string; table_name: string }[] = await ds.query(
      `SELECT table_schema, table_name FROM information_schema.tables WHERE table_name IN ('apps', 'vendors', 'migrations') ORDER BY 1, 2`,
    );
    expect(tables).toEqual([
      { table_schema: 'catalog', table_name: 'apps' },
      { table_schema: 'catalog', table_name: 'migrations' },
      { table_schema: 'catalog', table_name: 'vendors' },
    ]);
  });

  it('a subgraph\'s connection does not see another subgraph\'s tables by name', async () => {
    const { ds: accounts } = await migrated(accountsSubgraph);
    await expect(accounts.query('SELECT count(*) FROM apps')).rejects.toThrow(/relation "apps" does not exist/);
    await expect(accounts.query('SELECT count(*) FROM installs')).resolves.toEqual([{ count: '0' }]);
  });

  it('search_path is the subgraph\'s own schema, then public, where no subgraph keeps a table', async () => {
    const subgraphs = [catalogSubgraph, accountsSubgraph, billingSubgraph, telephonySubgraph];
    const connections = await Promise.all(subgraphs.map(async (module) => (await migrated(module)).ds));
    for (const [i, ds] of connections.entries()) {
      expect(await ds.query('SHOW search_path')).toEqual([{ search_path: `${subgraphs[i]!.dbSchema},public` }]);
    }
    // public is on the path only for extensions installed database-wide (docs/ARCHITECTURE.md):
    // were a table there, every subgraph would read it.
    const inPublic: unknown[] = await connections[0]!.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`);
    expect(inPublic).toEqual([]);
  });
});
