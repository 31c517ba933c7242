import { z } from 'zod';

/** Thrown at start-up when the environment does not satisfy a service's config schema. */
export class ConfigError extends Error {
  constructor(readonly service: string, readonly problems: string[]) {
    super(`${service}: invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Parses the environment once, at start-up, against a zod schema. Every problem is reported at
 * once (not just the first), and the result is frozen so nothing changes it later.
 */
export function parseConfig<S extends z.ZodType>(
  service: string,
  schema: S,
  env: Record<string, string | undefined> = process.env,
): Readonly<z.infer<S>> {
  const result = schema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const name = issue.path.join('.') || '(root)';
      return `${name}: ${issue.message}`;
    });
    throw new ConfigError(service, problems);
  }
  return Object.freeze(result.data);
}

/**
 * A service's settings when some of them may be known already: its entry point (main.ts) parsed
 * the whole environment and passes them all, or a test sets a few. The environment is parsed only
 * when a setting is missing, so a process reads it once; what is given wins.
 */
export function parseConfigWith<S extends z.ZodObject>(
  service: string,
  schema: S,
  given: Partial<z.infer<S>> = {},
  env: Record<string, string | undefined> = process.env,
): Readonly<z.infer<S>> {
  const keys = Object.keys(schema.shape) as (keyof z.infer<S> & string)[];
  const known = given as Record<string, unknown>;
  if (keys.every((key) => known[key] !== undefined)) {
    return Object.freeze(Object.fromEntries(keys.map((key) => [key, known[key]])) as z.infer<S>);
  }
  const defined = Object.fromEntries(Object.entries(known).filter(([, value]) => value !== undefined));
  return Object.freeze({ ...parseConfig(service, schema, env), ...defined } as z.infer<S>);
}

/** A TCP port; 0 asks the OS for a free one (tests). */
export const portSchema = z.coerce.number().int().min(0).max(65535);

/** A postgres:// connection string. */
export const databaseUrlSchema = z
  .string()
  .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL');

/** An on/off setting: `on`/`off` or `true`/`false`, the same in every service. */
export const SWITCH_VALUES = ['on', 'off', 'true', 'false'] as const;
export const switchSchema = (fallback: 'on' | 'off') => z.enum(SWITCH_VALUES).default(fallback);
export const isOn = (value: (typeof SWITCH_VALUES)[number]): boolean => value === 'on' || value === 'true';

export const logLevelSchema = z.enum(['debug', 'info', 'warn', 'error']).default('info');

/**
 * The secret every service of one deployment shares to sign and verify the internal identity
 * header (packages/federation/src/identity.ts). At least 32 characters, e.g. `openssl rand -hex 32`.
 */
export const internalIdentitySecretSchema = z
  .string({ error: 'is required: the shared secret of the signed internal identity header' })
  .min(32, 'must have at least 32 characters');
