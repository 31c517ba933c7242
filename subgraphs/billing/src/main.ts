import { runStandalone, exitOnStartupError } from '@appmarket/federation';
import { loadBillingConfig } from './config';
import { createBillingSubgraph } from './index';

/** `npm start -w subgraphs/billing`: the billing subgraph alone, configured from env (parsed once, here). */
function main(): Promise<void> {
  const config = loadBillingConfig();
  return runStandalone(createBillingSubgraph({ settings: config }), {
    databaseUrl: config.DATABASE_URL,
    port: config.BILLING_PORT,
    logLevel: config.LOG_LEVEL,
    internalIdentitySecret: config.INTERNAL_IDENTITY_SECRET,
    poolSize: config.BILLING_DB_POOL_SIZE,
  });
}

main().catch(exitOnStartupError);
