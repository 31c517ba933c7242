import './tracing';
import { isOn, loadDotEnv } from '@appmarket/core';
import { runStandalone, exitOnStartupError } from '@appmarket/federation';
import { loadCatalogConfig } from './config';
import { createCatalogSubgraph } from './index';

/** `npm start -w subgraphs/catalog`: the catalog subgraph alone, configured from env (parsed once, here). */
function main(): Promise<void> {
  loadDotEnv();
  const config = loadCatalogConfig();
  return runStandalone(createCatalogSubgraph({ config }), {
    databaseUrl: config.DATABASE_URL,
    port: config.CATALOG_PORT,
    logLevel: config.LOG_LEVEL,
    internalIdentity: { privateKey: config.INTERNAL_IDENTITY_PRIVATE_KEY, publicKeys: config.INTERNAL_IDENTITY_PUBLIC_KEYS },
    poolSize: config.CATALOG_DB_POOL_SIZE,
    migrateOnStart: isOn(config.MIGRATE_ON_START),
  });
}

main().catch(exitOnStartupError);
