import { ensureDatabase, migrateSubgraph, startEmbeddedPostgres, withDatabase } from '@appmarket/db';
import type { StackConfig } from './stack-config';
import { SUBGRAPHS } from './subgraphs';

export interface StackDatabase {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/** DATABASE_URL when set; otherwise an embedded PostgreSQL whose data survives restarts. */
export async function openStackDatabase(config: StackConfig, log: (line: string) => void): Promise<StackDatabase> {
  if (config.DATABASE_URL) {
    await ensureDatabase(config.DATABASE_URL);
    return { url: config.DATABASE_URL, embedded: false, stop: async () => undefined };
  }
  log(`starting embedded PostgreSQL (data in ${config.EMBEDDED_PG_DATA_DIR}, port ${config.EMBEDDED_PG_PORT})`);
  const server = await startEmbeddedPostgres({ dataDir: config.EMBEDDED_PG_DATA_DIR, port: config.EMBEDDED_PG_PORT });
  const url = withDatabase(server.url, 'appmarket');
  await ensureDatabase(url);
  return { url, embedded: true, stop: () => server.stop() };
}

/** Applies every subgraph's pending migrations, each in its own schema; seeds when asked. */
export async function prepareSubgraphs(url: string, seed: boolean, log: (line: string) => void): Promise<void> {
  for (const subgraph of SUBGRAPHS) {
    const dataSource = subgraph.createDataSource(url, 2);
    await dataSource.initialize();
    try {
      const applied = await migrateSubgraph(dataSource, subgraph.dbSchema);
      log(`${subgraph.name}: ${applied.length ? `applied ${applied.join(', ')}` : 'schema up to date'}`);
      if (seed) log(await subgraph.seedDemoData(dataSource));
    } finally {
      await dataSource.destroy();
    }
  }
}
