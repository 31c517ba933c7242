import { databaseUrlSchema, internalIdentitySecretSchema, logLevelSchema, parseConfig, portSchema } from '@appmarket/core';
import { z } from 'zod';

/** Catalog's configuration; nothing else in the subgraph reads process.env. */
export const catalogConfigSchema = z.object({
  CATALOG_PORT: portSchema.default(4001),
  DATABASE_URL: databaseUrlSchema,
  CATALOG_DB_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  LOG_LEVEL: logLevelSchema,
  INTERNAL_IDENTITY_SECRET: internalIdentitySecretSchema,
});

export type CatalogConfig = z.infer<typeof catalogConfigSchema>;

export function loadCatalogConfig(env: Record<string, string | undefined> = process.env): CatalogConfig {
  return parseConfig('catalog', catalogConfigSchema, env);
}
