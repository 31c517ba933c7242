import { databaseUrlSchema, logLevelSchema, parseConfig, parseConfigWith, portSchema, switchSchema, isOn, internalIdentityConfigShape, idempotencyConfigShape } from '@appmarket/core';
import { z } from 'zod';

export const PERIOD_MONTHS = [1, 3, 6, 12] as const;
export type PeriodMonths = (typeof PERIOD_MONTHS)[number];

/**
 * `1:0,3:5,6:10,12:20`: the discount in whole percent for paying 1, 3, 6 or 12 months ahead
 * (PR-3). Every period must be listed exactly once.
 */
const discountTableSchema = z
  .string()
  .default('1:0,3:5,6:10,12:20')
  .transform((text, ctx) => {
    const table = new Map<number, number>();
    for (const entry of text.split(',').map((e) => e.trim()).filter(Boolean)) {
      const match = /^(\d+):(\d+)$/.exec(entry);
      const months = Number(match?.[1]);
      const percent = Number(match?.[2]);
      if (!match || !PERIOD_MONTHS.includes(months as PeriodMonths) || percent > 99 || table.has(months)) {
        ctx.addIssue({ code: 'custom', message: `bad entry "${entry}": expected <1|3|6|12>:<percent 0-99>, each period once` });
        return z.NEVER;
      }
      table.set(months, percent);
    }
    const missing = PERIOD_MONTHS.filter((m) => !table.has(m));
    if (missing.length) {
      ctx.addIssue({ code: 'custom', message: `missing periods: ${missing.join(', ')}` });
      return z.NEVER;
    }
    return table as ReadonlyMap<number, number>;
  });

/** Business settings of billing, each with a default; parsed once (main.ts, or the start of an in-process subgraph). */
export const billingSettingsSchema = z.object({
  BILLING_PERIOD_DISCOUNTS: discountTableSchema,
  /** Monthly list price of the marketplace subscription (BX-2, BX-4), kopecks. */
  BILLING_MARKETPLACE_MONTHLY_KOPECKS: z.coerce.number().int().min(0).default(99_000),
  /** BX-5: length of the one-time demo of the marketplace subscription. */
  BILLING_MARKETPLACE_DEMO_DAYS: z.coerce.number().int().min(1).max(90).default(14),
  /**
   * How long a decision at install may stay unconfirmed before the sweep releases it (the install
   * saga, docs/billing.md). Longer than an install transaction; short enough that options a crashed
   * install held come back soon.
   */
  BILLING_PENDING_DECISION_TTL_MS: z.coerce.number().int().min(1000).default(10 * 60_000),
  /** Whether this process works the job queue (tests run the handlers themselves). */
  BILLING_JOB_WORKERS: switchSchema('on').transform(isOn),
  ...idempotencyConfigShape,
});

export type BillingSettings = z.infer<typeof billingSettingsSchema>;

export function loadBillingSettings(env: Record<string, string | undefined> = process.env): BillingSettings {
  return parseConfig('billing', billingSettingsSchema, env);
}

/** The settings: `given` ones (main.ts's parsed config, a test's), the rest from env, parsed once at start. */
export function billingSettings(given: Partial<BillingSettings> = {}, env: Record<string, string | undefined> = process.env): BillingSettings {
  return parseConfigWith('billing', billingSettingsSchema, given, env);
}

/** Billing's configuration; nothing else in the subgraph reads process.env. */
export const billingConfigSchema = billingSettingsSchema.extend({
  BILLING_PORT: portSchema.default(4003),
  DATABASE_URL: databaseUrlSchema,
  BILLING_DB_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  LOG_LEVEL: logLevelSchema,
  /** `off` in production: the migrate Job migrates; this process refuses a schema with pending migrations. */
  MIGRATE_ON_START: switchSchema('on'),
  ...internalIdentityConfigShape,
});

export type BillingConfig = z.infer<typeof billingConfigSchema>;

export function loadBillingConfig(env: Record<string, string | undefined> = process.env): BillingConfig {
  return parseConfig('billing', billingConfigSchema, env);
}

/** PR-2/PR-3: one paid-app option pays 500 RUB of monthly price. */
export const OPTION_KOPECKS = 50_000;
