import { HOUR, databaseUrlSchema, isOn, logLevelSchema, parseConfig, portSchema, switchSchema, internalIdentityConfigShape, idempotencyConfigShape } from '@appmarket/core';
import { egressConfigSchema, egressPolicyFrom } from '@appmarket/egress';
import { z } from 'zod';
import { DEFAULT_TELEPHONY_OPTIONS, type TelephonyOptions } from './context';

/** What the running subgraph needs besides its port and database (read once by `start`). */
export const telephonyRuntimeConfigSchema = z.object({
  /** How long a Loyalty API call may take before it fails with LOYALTY_TIMEOUT. */
  LOYALTY_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(DEFAULT_TELEPHONY_OPTIONS.loyalty.timeoutMs),
  /** Consecutive failures of one loyalty app that open its circuit breaker. */
  LOYALTY_BREAKER_FAILURES: z.coerce.number().int().min(1).max(100).default(DEFAULT_TELEPHONY_OPTIONS.loyalty.breaker.failureThreshold),
  /** How long an open breaker refuses calls before one trial call. */
  LOYALTY_BREAKER_OPEN_MS: z.coerce.number().int().min(1000).max(3_600_000).default(DEFAULT_TELEPHONY_OPTIONS.loyalty.breaker.openMs),
  /** How long call-card events stay in the log for Last-Event-ID replay (the prune job deletes older ones). */
  TELEPHONY_CARD_EVENT_RETENTION_MS: z.coerce.number().int().min(60_000).default(DEFAULT_TELEPHONY_OPTIONS.cardEvents.retentionMs),
  /** `off`: this process runs no pg-boss workers (another replica does). */
  TELEPHONY_JOB_WORKERS: switchSchema('on'),
  ...idempotencyConfigShape,
}).extend(egressConfigSchema.shape);

/** Telephony and loyalty's configuration; nothing else in the subgraph reads process.env. */
export const telephonyConfigSchema = telephonyRuntimeConfigSchema.extend({
  TELEPHONY_PORT: portSchema.default(4004),
  DATABASE_URL: databaseUrlSchema,
  TELEPHONY_DB_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  LOG_LEVEL: logLevelSchema,
  /** `off` in production: the migrate Job migrates; this process refuses a schema with pending migrations. */
  MIGRATE_ON_START: switchSchema('on'),
  ...internalIdentityConfigShape,
});

export type TelephonyConfig = z.infer<typeof telephonyConfigSchema>;
export type TelephonyRuntimeConfig = z.infer<typeof telephonyRuntimeConfigSchema>;

export function loadTelephonyConfig(env: Record<string, string | undefined> = process.env): TelephonyConfig {
  return parseConfig('telephony-loyalty', telephonyConfigSchema, env);
}

export function loadTelephonyRuntimeConfig(env: Record<string, string | undefined> = process.env): TelephonyRuntimeConfig {
  return parseConfig('telephony-loyalty', telephonyRuntimeConfigSchema, env);
}

/** The service's knobs from its config; an employee's concurrent Loyalty API calls are vendor-api.md's and fixed. */
export function telephonyOptionsOf(config: TelephonyRuntimeConfig): TelephonyOptions {
  return {
    limits: DEFAULT_TELEPHONY_OPTIONS.limits,
    loyalty: {
      timeoutMs: config.LOYALTY_TIMEOUT_MS,
      breaker: { failureThreshold: config.LOYALTY_BREAKER_FAILURES, openMs: config.LOYALTY_BREAKER_OPEN_MS },
      // EGRESS_ALLOW_HTTP / EGRESS_ALLOW_PRIVATE_NETWORKS: off unless a deployment widens them.
      egress: egressPolicyFrom(config),
    },
    cardEvents: { retentionMs: config.TELEPHONY_CARD_EVENT_RETENTION_MS, workers: isOn(config.TELEPHONY_JOB_WORKERS) },
    idempotency: { retentionMs: config.IDEMPOTENCY_KEY_RETENTION_HOURS * HOUR },
  };
}
