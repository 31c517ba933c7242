import './tracing';
import { isOn, loadDotEnv } from '@appmarket/core';
import { runStandalone, exitOnStartupError } from '@appmarket/federation';
import { loadAccountsConfig } from './config';
import { createAccountsSubgraph } from './index';

/** `npm start -w subgraphs/accounts`: the accounts subgraph alone, configured from env (parsed once, here). */
function main(): Promise<void> {
  loadDotEnv();
  const config = loadAccountsConfig();
  return runStandalone(createAccountsSubgraph({ config }), {
    databaseUrl: config.DATABASE_URL,
    port: config.ACCOUNTS_PORT,
    logLevel: config.LOG_LEVEL,
    internalIdentity: { privateKey: config.INTERNAL_IDENTITY_PRIVATE_KEY, publicKeys: config.INTERNAL_IDENTITY_PUBLIC_KEYS },
    poolSize: config.ACCOUNTS_DB_POOL_SIZE,
    migrateOnStart: isOn(config.MIGRATE_ON_START),
  });
}

main().catch(exitOnStartupError);
