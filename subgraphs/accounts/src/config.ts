import { databaseUrlSchema, logLevelSchema, parseConfig, portSchema } from '@appmarket/core';
import { z } from 'zod';

/** Accounts' configuration; nothing else in the subgraph reads process.env. */
export const accountsConfigSchema = z.object({
  ACCOUNTS_PORT: portSchema.default(4002),
  DATABASE_URL: databaseUrlSchema,
  ACCOUNTS_DB_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  LOG_LEVEL: logLevelSchema,
});

export type AccountsConfig = z.infer<typeof accountsConfigSchema>;

export function loadAccountsConfig(env: Record<string, string | undefined> = process.env): AccountsConfig {
  return parseConfig('accounts', accountsConfigSchema, env);
}
