import './tracing';
import { isOn, loadDotEnv } from '@appmarket/core';
import { runStandalone, exitOnStartupError } from '@appmarket/federation';
import { loadBillingConfig } from './config';
import { createBillingSubgraph } from './index';

/** `npm start -w subgraphs/billing`: the billing subgraph alone, configured from env (parsed once, here). */
function main(): Promise<void> {
  loadDotEnv();
  const config = loadBillingConfig();
  return runStandalone(createBillingSubgraph({ settings: config }), {
    databaseUrl: config.DATABASE_URL,
    port: config.BILLING_PORT,
    logLevel: config.LOG_LEVEL,
    internalIdentity: { privateKey: config.INTERNAL_IDENTITY_PRIVATE_KEY, publicKeys: config.INTERNAL_IDENTITY_PUBLIC_KEYS },
    poolSize: config.BILLING_DB_POOL_SIZE,
    migrateOnStart: isOn(config.MIGRATE_ON_START),
  });
}

main().catch(exitOnStartupError);
