import './tracing';
import { readFileSync } from 'node:fs';
import { createLogger, loadDotEnv } from '@appmarket/core';
import { exitGracefullyOnSignals, stopTracing } from '@appmarket/telemetry';
import { loadGatewayConfig } from './config';
import { startGateway } from './server';

/** `npm start -w gateway [-- --supergraph FILE --port N]`: the gateway alone. */
async function main(): Promise<void> {
  loadDotEnv();
  process.env.APOLLO_TELEMETRY_DISABLED ??= '1';
  const config = loadGatewayConfig();
  const logger = createLogger('gateway', config.logLevel);
  const gateway = await startGateway({
    supergraphSdl: readFileSync(config.supergraphPath, 'utf8'),
    subgraphUrlOverrides: config.subgraphUrlOverrides,
    logger,
    port: config.port,
    internalIdentityKey: config.internalIdentityKey,
    jwt: config.jwt,
    appTokenCache: config.appTokenCache,
    hostApiKeys: config.hostApiKeys,
    persistedQueriesDir: config.persistedQueriesDir,
    subgraphTimeoutMs: config.subgraphTimeoutMs,
    deduplicateSubgraphFetches: config.deduplicateSubgraphFetches,
    leanExecution: config.leanExecution,
    redisUrl: config.redisUrl,
    redisCommandTimeoutMs: config.redisCommandTimeoutMs,
    limits: config.limits,
    explorer: config.explorer,
    webApp: config.webApp,
    metrics: config.metrics,
  });
  // Not ready at once, stop accepting, drain requests in flight, close pools and Redis, flush traces; exit within SHUTDOWN_TIMEOUT_MS.
  exitGracefullyOnSignals({
    timeoutMs: config.shutdownTimeoutMs,
    logger,
    stop: async () => {
      await gateway.stop();
      await stopTracing();
    },
  });
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
