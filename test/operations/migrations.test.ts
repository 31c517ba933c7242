import { Client } from 'pg';
import { createSubgraphDataSource, hasPendingMigrations, migrateSubgraph, migrationLockName, type ScratchDatabase } from '@appmarket/db';
import { createTestDatabase } from '@appmarket/db/src/testing';
import { runStandalone } from '@appmarket/federation';
import { catalogSubgraph } from '@appmarket/catalog';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { TEST_INTERNAL_IDENTITY_KEYS } from '../support/identity';

/**
 * Issue 16: in production a Job migrates, holding the schema's advisory lock, and the services
 * only check (MIGRATE_ON_START=off). A migration that cannot run twice shows that concurrent
 * migrators apply it once.
 */
class CreateThings1700000000000 implements MigrationInterface {
  name = 'CreateThings1700000000000';
  async up(runner: QueryRunner): Promise<void> {
    await runner.query('CREATE TABLE things (id int PRIMARY KEY)');
  }
  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE things');
  }
}

describe('migrations hold the schema advisory lock', () => {
  let database: ScratchDatabase;
  const schema = 'lockdemo';
  const dataSource = (poolSize = 1) => createSubgraphDataSource({ url: database.url, schema, entities: [], migrations: [CreateThings1700000000000], poolSize });
  beforeEach(async () => {
    database = await createTestDatabase();
  });
  afterEach(() => database.drop());

  it('two migrators at once: one applies the migration, the other waits and finds nothing pending (pools of one connection)', async () => {
    const [a, b] = [dataSource(), dataSource()];
    const results = await Promise.all([migrateSubgraph(a, schema), migrateSubgraph(b, schema)]);
    expect(results.map((r) => r.length).sort()).toEqual([0, 1]);
    expect(await a.query('SELECT count(*)::int AS n FROM lockdemo.migrations')).toEqual([{ n: 1 }]);
    await Promise.all([a.destroy(), b.destroy()]);
  });

  it('waits while another session holds the lock, then migrates', async () => {
    const holder = new Client({ connectionString: database.url });
    await holder.connect();
    await holder.query('SELECT pg_advisory_lock(hashtext($1))', [migrationLockName(schema)]);
    const ds = dataSource();
    const migrating = migrateSubgraph(ds, schema);
    // Seen from PostgreSQL: the migrator's session waits for that advisory lock.
    for (;;) {
      const { rows } = await holder.query(`SELECT count(*)::int AS n FROM pg_locks l JOIN pg_stat_activity a USING (pid)
        WHERE l.locktype = 'advisory' AND NOT l.granted AND a.application_name = $1`, [`${schema}-migrate`]);
      if (rows[0].n === 1) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    const { rows } = await holder.query('SELECT to_regclass($1) AS t', ['lockdemo.things']);
    expect(rows[0].t).toBeNull();
    await holder.query('SELECT pg_advisory_unlock(hashtext($1))', [migrationLockName(schema)]);
    expect(await migrating).toEqual(['CreateThings1700000000000']);
    await holder.end();
    await ds.destroy();
  });

  it('hasPendingMigrations: a schema never migrated, one behind, one up to date', async () => {
    const ds = dataSource(2);
    await ds.initialize();
    expect(await hasPendingMigrations(ds, schema)).toBe(true);
    await migrateSubgraph(ds, schema);
    expect(await hasPendingMigrations(ds, schema)).toBe(false);
    await ds.query('DELETE FROM lockdemo.migrations');
    expect(await hasPendingMigrations(ds, schema)).toBe(true);
    await ds.destroy();
  });
});

describe('a subgraph started with MIGRATE_ON_START=off', () => {
  let database: ScratchDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it('refuses a schema with pending migrations, naming the way out, and leaves it unmigrated', async () => {
    await expect(runStandalone(catalogSubgraph, {
      databaseUrl: database.url, port: 0, logLevel: 'error', migrateOnStart: false,
      internalIdentity: { privateKey: TEST_INTERNAL_IDENTITY_KEYS.privateKeys.catalog!, publicKeys: TEST_INTERNAL_IDENTITY_KEYS.publicKeys },
    })).rejects.toThrow(/pending migrations and MIGRATE_ON_START is off.*npm run migrate/);
    const check = new Client({ connectionString: database.url });
    await check.connect();
    const { rows } = await check.query('SELECT to_regclass($1) AS t', ['catalog.apps']);
    expect(rows[0].t).toBeNull();
    await check.end();
  });
});
