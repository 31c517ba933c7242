import { createLogger, parseConfig, systemClock, internalIdentityConfigShape, type LogLevel } from '@appmarket/core';
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
}

/**
 * Runs one subgraph as its own process: migrates its schema, listens, and shuts down cleanly on
 * SIGINT/SIGTERM. Config has been parsed and validated by the caller.
 */
export async function runStandalone(module: SubgraphModule, config: StandaloneConfig): Promise<void> {
  const keys = config.internalIdentity ?? (({ INTERNAL_IDENTITY_PRIVATE_KEY: privateKey, INTERNAL_IDENTITY_PUBLIC_KEYS: publicKeys }) => ({ privateKey, publicKeys }))(
    parseConfig(module.name, z.object(internalIdentityConfigShape)),
  );
  // It signs its peer calls as itself, and verifies the gateway's (and its peers') headers.
  configureInternalIdentity({ signer: { name: module.name, privateKey: keys.privateKey }, publicKeys: keys.publicKeys });
  const logger = createLogger(module.name, config.logLevel);
  const dataSource = module.createDataSource(config.databaseUrl, config.poolSize);
  await dataSource.initialize();
  if (config.migrateOnStart ?? true) {
    const applied = await migrateSubgraph(dataSource, module.dbSchema);
    if (applied.length) logger.info('migrations applied', { applied });
  } else if (await hasPendingMigrations(dataSource, module.dbSchema)) {
    await dataSource.destroy();
    throw new Error(`${module.name}: schema "${module.dbSchema}" has pending migrations and MIGRATE_ON_START is off: run them first (npm run migrate, or the migrate Job)`);
  }
  const server = await module.start({ dataSource, port: config.port, clock: systemClock, logger, peers: peersFromEnv(process.env, module.name) });
  logger.info(`${module.name} subgraph ready`, { url: server.url });
  const shutdown = async () => {
    await server.stop();
    await dataSource.destroy();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

/** The entry point's error handler: config problems and start-up failures end the process. */
export function exitOnStartupError(error: unknown): never {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
