import { runStandalone, exitOnStartupError } from '@appmarket/federation';
import { loadTelephonyConfig, telephonyOptionsOf } from './config';
import { createTelephonySubgraph } from './index';

/** `npm start -w subgraphs/telephony-loyalty`: the telephony-loyalty subgraph alone, configured from env. */
function main(): Promise<void> {
  const config = loadTelephonyConfig();
  return runStandalone(createTelephonySubgraph(telephonyOptionsOf(config)), {
    databaseUrl: config.DATABASE_URL,
    port: config.TELEPHONY_PORT,
    logLevel: config.LOG_LEVEL,
    internalIdentitySecret: config.INTERNAL_IDENTITY_SECRET,
    poolSize: config.TELEPHONY_DB_POOL_SIZE,
  });
}

main().catch(exitOnStartupError);
