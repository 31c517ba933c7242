import './tracing';
import { isOn, loadDotEnv } from '@appmarket/core';
import { runStandalone, exitOnStartupError } from '@appmarket/federation';
import { loadTelephonyConfig, telephonyOptionsOf } from './config';
import { createTelephonySubgraph } from './index';

/** `npm start -w subgraphs/telephony-loyalty`: the telephony-loyalty subgraph alone, configured from env. */
function main(): Promise<void> {
  loadDotEnv();
  const config = loadTelephonyConfig();
  return runStandalone(createTelephonySubgraph(telephonyOptionsOf(config)), {
    databaseUrl: config.DATABASE_URL,
    port: config.TELEPHONY_PORT,
    logLevel: config.LOG_LEVEL,
    internalIdentity: { privateKey: config.INTERNAL_IDENTITY_PRIVATE_KEY, publicKeys: config.INTERNAL_IDENTITY_PUBLIC_KEYS },
    poolSize: config.TELEPHONY_DB_POOL_SIZE,
    migrateOnStart: isOn(config.MIGRATE_ON_START),
  });
}

main().catch(exitOnStartupError);
