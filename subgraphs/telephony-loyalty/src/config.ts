import { databaseUrlSchema, logLevelSchema, parseConfig, portSchema } from '@appmarket/core';
import { z } from 'zod';

/** Telephony and loyalty's configuration; nothing else in the subgraph reads process.env. */
export const telephonyConfigSchema = z.object({
  TELEPHONY_PORT: portSchema.default(4004),
  DATABASE_URL: databaseUrlSchema,
  TELEPHONY_DB_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  LOG_LEVEL: logLevelSchema,
});

export type TelephonyConfig = z.infer<typeof telephonyConfigSchema>;

export function loadTelephonyConfig(env: Record<string, string | undefined> = process.env): TelephonyConfig {
  return parseConfig('telephony-loyalty', telephonyConfigSchema, env);
}
