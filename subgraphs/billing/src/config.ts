import { databaseUrlSchema, logLevelSchema, parseConfig, portSchema } from '@appmarket/core';
import { z } from 'zod';

/** Billing' configuration; nothing else in the subgraph reads process.env. */
export const billingConfigSchema = z.object({
  BILLING_PORT: portSchema.default(4003),
  DATABASE_URL: databaseUrlSchema,
  BILLING_DB_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  LOG_LEVEL: logLevelSchema,
});

export type BillingConfig = z.infer<typeof billingConfigSchema>;

export function loadBillingConfig(env: Record<string, string | undefined> = process.env): BillingConfig {
  return parseConfig('billing', billingConfigSchema, env);
}
