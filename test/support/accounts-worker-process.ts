/**
 * An accounts replica in its own process, job workers on, for tests that kill it (`kill -9`) in
 * the middle of a vendor call, and for `npm run bench:jobs`. Run with `node -r @swc-node/register`;
 * env: DATABASE_URL (the test's scratch database, already migrated), PEERS_URL (the fake catalog
 * and billing), VENDOR_API_TIMEOUT_MS, ACCOUNTS_JOB_WORKERS (default on), INTERNAL_IDENTITY_PUBLIC_KEYS
 * (to accept the caller's identity headers). Prints `ready <url>` once
 * it serves and its workers run.
 */
import { createLogger, systemClock } from '@appmarket/core';
import { configureInternalIdentity, generateInternalIdentityKeys, peersFromMap } from '@appmarket/federation';
import { accountsSubgraph, createAccountsSubgraph } from '@appmarket/accounts';

async function main(): Promise<void> {
  const keys = generateInternalIdentityKeys(['accounts']);
  // The caller's public keys (its gateway key signs the identity of requests it sends here).
  configureInternalIdentity({ signer: { name: 'accounts', privateKey: keys.privateKeys.accounts! }, publicKeys: process.env.INTERNAL_IDENTITY_PUBLIC_KEYS ?? keys.publicKeys });
  const dataSource = accountsSubgraph.createDataSource(process.env.DATABASE_URL!, 10);
  await dataSource.initialize();
  const peersUrl = process.env.PEERS_URL!;
  const running = await createAccountsSubgraph({
    config: {
      ACCOUNTS_JOB_WORKERS: process.env.ACCOUNTS_JOB_WORKERS === 'off' ? 'off' : 'on', VENDOR_API_TIMEOUT_MS: Number(process.env.VENDOR_API_TIMEOUT_MS ?? 10_000), ACCOUNTS_FREE_APP_LIMITS: {},
      EGRESS_ALLOW_HTTP: 'on', EGRESS_ALLOW_PRIVATE_NETWORKS: 'on', PUBLIC_BASE_URL: 'https://market.test',
    },
  }).start({
    dataSource, port: 0, host: '127.0.0.1', clock: systemClock, logger: createLogger('accounts-worker', 'error'),
    peers: peersFromMap({ catalog: peersUrl, billing: peersUrl }),
  });
  process.stdout.write(`ready ${running.url}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
