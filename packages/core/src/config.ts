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
 * The signed internal identity header (packages/federation/src/identity.ts): each process's own
 * Ed25519 private key (PKCS#8 PEM or JWK), and the deployment's public keys (a JWK Set whose `kid`
 * is each signer's name: `gateway` and every subgraph). The key material is checked when it is
 * configured, at start-up. `npm start` generates both per run.
 */
export const internalIdentityPrivateKeySchema = z.string({ error: 'is required: this service\'s Ed25519 private key (PEM or JWK) signing the internal identity header' }).min(1);
export const internalIdentityPublicKeysSchema = z.string({ error: 'is required: the deployment\'s public keys (a JWK Set, kid = signer name) verifying the internal identity header' }).min(1);

/** The two settings every subgraph reads (the gateway reads the private key only). */
export const internalIdentityConfigShape = {
  INTERNAL_IDENTITY_PRIVATE_KEY: internalIdentityPrivateKeySchema,
  INTERNAL_IDENTITY_PUBLIC_KEYS: internalIdentityPublicKeysSchema,
};

/**
 * How long every subgraph remembers an idempotency key (docs/API.md, "Retries and idempotency"):
 * a retry within it gets the first result; after it the key is new again. One setting for all.
 */
export const idempotencyConfigShape = {
  IDEMPOTENCY_KEY_RETENTION_HOURS: z.coerce.number().int().min(1).max(720).default(24),
};

/**
 * Settings every service reads the same way (packages/telemetry): the scrape token of GET /metrics
 * (optional; without it subgraphs serve /metrics openly on their private port and the gateway
 * only outside production), and how long a graceful shutdown may take before the process exits
 * anyway (keep it under Kubernetes' terminationGracePeriodSeconds).
 */
export const operationsConfigShape = {
  METRICS_TOKEN: z.string().min(16, 'must have at least 16 characters').optional(),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(1000).max(600_000).default(25_000),
};
