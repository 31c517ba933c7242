import { createLogger, isMovableClock, parseConfig, runtimeClockFromEnv, internalIdentityConfigShape, operationsConfigShape, type LogLevel } from '@appmarket/core';
import { exitGracefullyOnSignals, stopTracing } from '@appmarket/telemetry';
import { z } from 'zod';
import { configureInternalIdentity } from './identity';
import { hasPendingMigrations, migrateSubgraph } from '@appmarket/db';
import { peersFromEnv } from './peers';
import type { SubgraphModule } from './subgraph-module';

export interface StandaloneConfig {
  databaseUrl: string;
  port: number;
  logLevel: LogLevel;
  poolSize?: number;
  /** MIGRATE_ON_START: migrate before serving (default), or only check that nothing is pending (production, where a Job migrates). */
  migrateOnStart?: boolean;
  /** INTERNAL_IDENTITY_PRIVATE_KEY and INTERNAL_IDENTITY_PUBLIC_KEYS from the subgraph's config; read from env when not given. */
  internalIdentity?: { privateKey: string; publicKeys: string };
  /** METRICS_TOKEN and SHUTDOWN_TIMEOUT_MS (core's operationsConfigShape); read from env when not given. */
  operations?: { metricsToken?: string; shutdownTimeoutMs: number };
}

/**
 * Runs one subgraph as its own process: migrates its schema, listens, and shuts down cleanly on
 * SIGINT/SIGTERM within SHUTDOWN_TIMEOUT_MS: not ready at once, stop accepting, drain requests in
 * flight, stop the job queue, close the pool, flush traces, exit. Config has been parsed and
 * validated by the caller.
 */
export async function runStandalone(module: SubgraphModule, config: StandaloneConfig): Promise<void> {
  const keys = config.internalIdentity ?? (({ INTERNAL_IDENTITY_PRIVATE_KEY: privateKey, INTERNAL_IDENTITY_PUBLIC_KEYS: publicKeys }) => ({ privateKey, publicKeys }))(
    parseConfig(module.name, z.object(internalIdentityConfigShape)),
  );
  // It signs its peer calls as itself, and verifies the gateway's (and its peers') headers.
  configureInternalIdentity({ signer: { name: module.name, privateKey: keys.privateKey }, publicKeys: keys.publicKeys });
  // Real time, unless a development stack moved it (APPMARKET_CLOCK*, docs/QA.md); refused in production.
  const runtimeClock = runtimeClockFromEnv(module.name);
  const operations = config.operations ?? (({ METRICS_TOKEN, SHUTDOWN_TIMEOUT_MS }) => ({ metricsToken: METRICS_TOKEN, shutdownTimeoutMs: SHUTDOWN_TIMEOUT_MS }))(
    parseConfig(module.name, z.object(operationsConfigShape)),
  );
  const logger = createLogger(module.name, config.logLevel);
  const moved = runtimeClock.clock;
  if (isMovableClock(moved)) {
    const note = { offsetMs: moved.offset, now: moved.now().toISOString() };
    if (moved.offset !== 0) logger.warn('development clock: domain time is moved', note);
    else logger.info('development clock: movable with `npm run clock` (docs/QA.md)', note);
    moved.onChange(({ to }) => logger.warn('development clock moved', { offsetMs: to, now: moved.now().toISOString() }));
  }
  const dataSource = module.createDataSource(config.databaseUrl, config.poolSize);
  await dataSource.initialize();
  if (config.migrateOnStart ?? true) {
    const applied = await migrateSubgraph(dataSource, module.dbSchema);
    if (applied.length) logger.info('migrations applied', { applied });
  } else if (await hasPendingMigrations(dataSource, module.dbSchema)) {
    await dataSource.destroy();
    throw new Error(`${module.name}: schema "${module.dbSchema}" has pending migrations and MIGRATE_ON_START is off: run them first (npm run migrate, or the migrate Job)`);
  }
  const server = await module.start({
    dataSource, port: config.port, clock: runtimeClock.clock, logger, peers: peersFromEnv(process.env, module.name), metricsToken: operations.metricsToken,
  });
  logger.info(`${module.name} subgraph ready`, { url: server.url });
  exitGracefullyOnSignals({
    timeoutMs: operations.shutdownTimeoutMs,
    logger,
    stop: async () => {
      runtimeClock.close();
      await server.stop();
      await dataSource.destroy();
      await stopTracing();
    },
  });
}

/** The entry point's error handler: config problems and start-up failures end the process. */
export function exitOnStartupError(error: unknown): never {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
