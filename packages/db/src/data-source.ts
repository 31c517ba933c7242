import 'reflect-metadata';
import { createLogger } from '@appmarket/core';
import { Client } from 'pg';
import { DataSource, type EntitySchema, type MixedList } from 'typeorm';
import { CountingTypeOrmLogger } from './sql-statement-counter';

export interface SubgraphDataSourceOptions {
  url: string;
  /** The Postgres schema this subgraph owns; it never reads another one. */
  schema: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  poolSize?: number;
  applicationName?: string;
}

const slowSqlLogger = createLogger('db', 'warn');

/**
 * One TypeORM data source per subgraph, bound to the subgraph's own schema. The search_path is
 * that schema, then `public`, which holds no tables, only extensions a database may have there
 * (pg_trgm): a query that names another subgraph's table fails loudly (docs/ARCHITECTURE.md).
 * `synchronize` is never on: the schema changes only through migrations.
 */
export function createSubgraphDataSource(options: SubgraphDataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    // Slow statements only (over maxQueryExecutionTime), as warnings of the data source's own logger.
    logger: new CountingTypeOrmLogger((msg, fields) => slowSqlLogger.warn(msg, { schema: options.schema, ...fields })),
    maxQueryExecutionTime: 1000,
    applicationName: options.applicationName ?? options.schema,
    extra: {
      max: options.poolSize ?? 10,
      options: `-c search_path=${options.schema},public`,
    },
  });
}

/**
 * Creates the subgraph's schema when missing, then applies its pending migrations, holding the
 * schema's PostgreSQL advisory lock meanwhile: the migration Job, a second Job started by a
 * retry, and replicas started with MIGRATE_ON_START=on may all try at once, and only one
 * migrates; the others wait, then find nothing pending. The lock lives on a connection of its own,
 * so a pool of one connection still migrates.
 */
export async function migrateSubgraph(dataSource: DataSource, schema: string): Promise<string[]> {
  if (!dataSource.isInitialized) await dataSource.initialize();
  const url = (dataSource.options as { url?: string }).url;
  if (!url) throw new Error('migrateSubgraph: the data source has no url (make it with createSubgraphDataSource)');
  const lock = new Client({ connectionString: url, application_name: `${schema}-migrate` });
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock(hashtext($1))', [migrationLockName(schema)]);
    await dataSource.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    // Ending the session releases the lock, also when a migration failed.
    await lock.end();
  }
}

/** The advisory lock key's text (hashed by PostgreSQL's hashtext): one lock per subgraph schema. */
export function migrationLockName(schema: string): string {
  return `appmarket:migrate:${schema}`;
}

/**
 * True when the subgraph's schema has migrations not applied yet (or no migrations table at all).
 * A service started with MIGRATE_ON_START=off refuses to serve an older schema than its code.
 */
export async function hasPendingMigrations(dataSource: DataSource, schema: string): Promise<boolean> {
  const [{ present }] = (await dataSource.query(
    `SELECT to_regclass($1) IS NOT NULL AS present`, [`"${schema}".migrations`],
  )) as [{ present: boolean }];
  if (!present) return true;
  return dataSource.showMigrations();
}
