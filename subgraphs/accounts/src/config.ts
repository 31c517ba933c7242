import { databaseUrlSchema, logLevelSchema, parseConfig, parseConfigWith, portSchema, switchSchema, internalIdentityConfigShape, idempotencyConfigShape } from '@appmarket/core';
import { egressConfigSchema } from '@appmarket/egress';
import { z } from 'zod';

/**
 * BX-9: free-app limit per zone and tariff, e.g. `{"ru":{"FREE":3},"by":{"FREE":2}}`; unlimited
 * where none is set.
 */
const freeAppLimitsSchema = z
  .string()
  .default('{}')
  .transform((raw, ctx) => {
    try {
      return JSON.parse(raw) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'must be JSON like {"ru":{"FREE":3}}' });
      return z.NEVER;
    }
  })
  .pipe(z.partialRecord(z.enum(['ru', 'kz', 'by']), z.record(z.string(), z.number().int().min(0))));

/**
 * The one public origin of the marketplace (the gateway as vendors and apps reach it), without a
 * trailing slash: the Vendor API's `access[].resource` names the API under it (docs/vendor-api.md).
 */
const publicBaseUrlSchema = z
  .url({ protocol: /^https?$/, message: 'must be an http(s) URL like https://market.example.com' })
  .default('http://localhost:4000')
  .transform((url) => url.replace(/\/+$/, ''));

/** What the running subgraph needs besides its port and database (read once by `start`). */
export const accountsRuntimeConfigSchema = egressConfigSchema.extend({
  PUBLIC_BASE_URL: publicBaseUrlSchema,
  ACCOUNTS_FREE_APP_LIMITS: freeAppLimitsSchema,
  /** Vendor API: the vendor answers within this time or the call is retried. */
  VENDOR_API_TIMEOUT_MS: z.coerce.number().int().min(1).default(10_000),
  /** Vendor calls in flight at once per process: each waits up to VENDOR_API_TIMEOUT_MS on its vendor (docs/jobs.md). */
  ACCOUNTS_VENDOR_CALL_WORKERS: z.coerce.number().int().min(1).max(100).default(16),
  /** Run the pg-boss workers in this process (tests drive the handlers themselves). */
  ACCOUNTS_JOB_WORKERS: switchSchema('on'),
  ...idempotencyConfigShape,
});

/** Accounts' configuration; nothing else in the subgraph reads process.env. */
export const accountsConfigSchema = accountsRuntimeConfigSchema.extend({
  ACCOUNTS_PORT: portSchema.default(4002),
  DATABASE_URL: databaseUrlSchema,
  ACCOUNTS_DB_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  LOG_LEVEL: logLevelSchema,
  /** `off` in production: the migrate Job migrates; this process refuses a schema with pending migrations. */
  MIGRATE_ON_START: switchSchema('on'),
  ...internalIdentityConfigShape,
});

export type AccountsConfig = z.infer<typeof accountsConfigSchema>;
export type AccountsRuntimeConfig = z.infer<typeof accountsRuntimeConfigSchema>;
export type FreeAppLimits = AccountsRuntimeConfig['ACCOUNTS_FREE_APP_LIMITS'];

export function loadAccountsConfig(env: Record<string, string | undefined> = process.env): AccountsConfig {
  return parseConfig('accounts', accountsConfigSchema, env);
}

export function loadAccountsRuntimeConfig(env: Record<string, string | undefined> = process.env): AccountsRuntimeConfig {
  return parseConfig('accounts', accountsRuntimeConfigSchema, env);
}

/** The runtime settings: `given` ones (main.ts's parsed config, a test's overrides), the rest from env. */
export function accountsRuntimeConfig(given: Partial<AccountsRuntimeConfig> = {}, env: Record<string, string | undefined> = process.env): AccountsRuntimeConfig {
  return parseConfigWith('accounts', accountsRuntimeConfigSchema, given, env);
}
