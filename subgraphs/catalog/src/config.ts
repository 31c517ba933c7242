import { databaseUrlSchema, logLevelSchema, parseConfig, parseConfigWith, portSchema, switchSchema, internalIdentityConfigShape, idempotencyConfigShape } from '@appmarket/core';
import { egressConfigSchema } from '@appmarket/egress';
import { z } from 'zod';

/** What the running subgraph needs besides its port and database (read once by `start`). */
export const catalogRuntimeConfigSchema = egressConfigSchema.extend({
  /** `off`: this process runs no pg-boss workers (another replica, or a test, does). */
  CATALOG_JOB_WORKERS: switchSchema('on'),
  /** `off`: no in-process cache of public catalog data (docs/CACHING.md); every read goes to the database. */
  CATALOG_CACHE: switchSchema('on'),
  /** Entries per cache (apps, vendors, storefront pages, account flags), least recently used out first. */
  CATALOG_CACHE_MAX_ENTRIES: z.coerce.number().int().min(1).max(1_000_000).default(10_000),
  /** The longest an entry lives, invalidated or not (seconds). */
  CATALOG_CACHE_TTL_SECONDS: z.coerce.number().int().min(1).max(86_400).default(300),
  /** The longest a storefront page sorted by popularity lives (seconds). */
  CATALOG_CACHE_POPULARITY_TTL_SECONDS: z.coerce.number().int().min(1).max(3_600).default(30),
  ...idempotencyConfigShape,
});

/** Catalog's configuration; nothing else in the subgraph reads process.env. */
export const catalogConfigSchema = catalogRuntimeConfigSchema.extend({
  CATALOG_PORT: portSchema.default(4001),
  DATABASE_URL: databaseUrlSchema,
  CATALOG_DB_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  LOG_LEVEL: logLevelSchema,
  /** `off` in production: the migrate Job migrates; this process refuses a schema with pending migrations. */
  MIGRATE_ON_START: switchSchema('on'),
  ...internalIdentityConfigShape,
});

export type CatalogConfig = z.infer<typeof catalogConfigSchema>;
export type CatalogRuntimeConfig = z.infer<typeof catalogRuntimeConfigSchema>;

export function loadCatalogConfig(env: Record<string, string | undefined> = process.env): CatalogConfig {
  return parseConfig('catalog', catalogConfigSchema, env);
}

/** The runtime settings: `given` ones (main.ts's parsed config, a test's overrides), the rest from env. */
export function catalogRuntimeConfig(given: Partial<CatalogRuntimeConfig> = {}, env: Record<string, string | undefined> = process.env): CatalogRuntimeConfig {
  return parseConfigWith('catalog', catalogRuntimeConfigSchema, given, env);
}
