import 'reflect-metadata';
import { createLogger } from '@appmarket/core';
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

/** Creates the subgraph's schema when missing, then applies its pending migrations. */
export async function migrateSubgraph(dataSource: DataSource, schema: string): Promise<string[]> {
  if (!dataSource.isInitialized) await dataSource.initialize();
  await dataSource.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  return applied.map((m) => m.name);
}
