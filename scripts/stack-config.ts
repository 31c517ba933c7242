import path from 'node:path';
import { databaseUrlSchema, logLevelSchema, parseConfig, portSchema } from '@appmarket/core';
import { z } from 'zod';
import { ROOT } from './root';

/** Configuration of `npm start`, `npm run migrate` and `npm run seed` (the whole stack on one machine). */
const stackConfigSchema = z.object({
  DATABASE_URL: databaseUrlSchema.optional(),
  EMBEDDED_PG_PORT: portSchema.default(54329),
  EMBEDDED_PG_DATA_DIR: z.string().default(path.join(ROOT, '.data', 'postgres')),
  GATEWAY_PORT: portSchema.default(4000),
  CATALOG_PORT: portSchema.default(4001),
  ACCOUNTS_PORT: portSchema.default(4002),
  BILLING_PORT: portSchema.default(4003),
  TELEPHONY_PORT: portSchema.default(4004),
  SEED_DEMO_DATA: z.enum(['true', 'false']).default('true'),
  // The development clock every process of the stack watches; `npm run clock` moves it (docs/QA.md).
  APPMARKET_CLOCK_FILE: z.string().min(1).default(path.join(ROOT, '.data', 'clock.json')),
  LOG_LEVEL: logLevelSchema,
  // The gateway's JWT settings, read here to mint demo tokens (scripts/demo-tokens.ts) and passed on
  // to the gateway; the defaults are the gateway's own. No key set: an HS256 secret is generated per run.
  GATEWAY_JWT_ISSUER: z.string().min(1).default('appmarket'),
  GATEWAY_JWT_AUDIENCE: z.string().min(1).default('appmarket-api'),
  GATEWAY_JWT_HS256_SECRET: z.string().min(32, 'must have at least 32 characters').optional(),
  GATEWAY_JWT_PUBLIC_KEY: z.string().min(1).optional(),
});

export type StackConfig = z.infer<typeof stackConfigSchema>;

export function loadStackConfig(): StackConfig {
  return parseConfig('npm start', stackConfigSchema);
}
