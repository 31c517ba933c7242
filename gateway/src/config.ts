import path from 'node:path';
import { internalIdentityPrivateKeySchema, logLevelSchema, operationsConfigShape, parseConfig, portSchema } from '@appmarket/core';
import { z } from 'zod';
import { checkOutboundUrl, egressConfigSchema, egressPolicyFrom, EgressError } from '@appmarket/egress';
import { DEFAULT_JWT_CLOCK_TOLERANCE_SECONDS, DEFAULT_JWT_MAX_LIFETIME_SECONDS, type JwtOptions } from './jwt';
import { DEFAULT_OPERATION_LIMITS, type OperationLimits } from './limits';
import { hostApiKeysSchema, type HostApiKey } from './host-credentials';
import { DEFAULT_REDIS_COMMAND_TIMEOUT_MS } from './redis/redis-connection';

/**
 * The gateway runs like a router: against any supergraph file and port, given as flags
 * (`--supergraph FILE --port N`) or env. Subgraph URLs come from the supergraph's routing URLs,
 * each overridable by `SUBGRAPH_<NAME>_URL` (name upper-cased, `-` as `_`).
 */
const gatewayConfigSchema = z.object({
  GATEWAY_PORT: portSchema.default(4000),
  SUPERGRAPH_PATH: z.string().min(1).default(path.resolve(__dirname, '../../supergraph.graphql')),
  LOG_LEVEL: logLevelSchema,
  NODE_ENV: z.string().default('development'),
  INTERNAL_IDENTITY_PRIVATE_KEY: internalIdentityPrivateKeySchema,
  GATEWAY_JWT_ISSUER: z.string().min(1).default('appmarket'),
  GATEWAY_JWT_AUDIENCE: z.string().min(1).default('appmarket-api'),
  GATEWAY_JWT_HS256_SECRET: z.string().min(32, 'must have at least 32 characters').optional(),
  GATEWAY_JWT_PUBLIC_KEY: z.string().includes('BEGIN PUBLIC KEY', { message: 'must be a PEM (SPKI) public key' }).optional(),
  GATEWAY_JWT_PUBLIC_KEY_ALG: z.enum(['RS256', 'ES256']).default('RS256'),
  GATEWAY_JWT_JWKS_URL: z.string().min(1).optional(),
  GATEWAY_JWT_MAX_LIFETIME_SECONDS: z.coerce.number().int().min(60).max(31 * 24 * 3600).default(DEFAULT_JWT_MAX_LIFETIME_SECONDS),
  GATEWAY_JWT_CLOCK_TOLERANCE_SECONDS: z.coerce.number().int().min(0).max(600).default(DEFAULT_JWT_CLOCK_TOLERANCE_SECONDS),
  APP_TOKEN_CACHE_TTL_MS: z.coerce.number().int().min(0).max(60_000).default(5_000),
  APP_TOKEN_CACHE_SIZE: z.coerce.number().int().min(1).default(10_000),
  GATEWAY_PERSISTED_QUERIES_DIR: z.string().default(path.resolve(__dirname, '../persisted-queries')),
  REDIS_URL: z.string().regex(/^rediss?:\/\//, 'must be a redis:// URL').optional(),
  REDIS_COMMAND_TIMEOUT_MS: z.coerce.number().int().min(10).max(10_000).default(DEFAULT_REDIS_COMMAND_TIMEOUT_MS),
  GATEWAY_MAX_BODY_BYTES: z.coerce.number().int().min(1024).default(100_000),
  GATEWAY_MAX_TOKENS: z.coerce.number().int().min(100).default(DEFAULT_OPERATION_LIMITS.maxTokens),
  GATEWAY_MAX_FRAGMENTS: z.coerce.number().int().min(0).default(DEFAULT_OPERATION_LIMITS.maxFragments),
  GATEWAY_MAX_DIRECTIVES: z.coerce.number().int().min(0).default(DEFAULT_OPERATION_LIMITS.maxDirectives),
  GATEWAY_MAX_SELECTIONS: z.coerce.number().int().min(10).default(DEFAULT_OPERATION_LIMITS.maxSelections),
  GATEWAY_MAX_DEPTH: z.coerce.number().int().min(1).default(DEFAULT_OPERATION_LIMITS.maxDepth),
  GATEWAY_MAX_ALIASES: z.coerce.number().int().min(0).default(DEFAULT_OPERATION_LIMITS.maxAliases),
  GATEWAY_MAX_REPEATED_FIELDS: z.coerce.number().int().min(1).default(DEFAULT_OPERATION_LIMITS.maxRepeatedFields),
  GATEWAY_MAX_COST: z.coerce.number().int().min(1).default(DEFAULT_OPERATION_LIMITS.maxCost),
  GATEWAY_MAX_BATCH: z.coerce.number().int().min(0).max(50).default(0),
  GATEWAY_SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).default(30_000),
  GATEWAY_DEDUPLICATE_SUBGRAPH_FETCHES: z.enum(['on', 'off']).default('on'),
  GATEWAY_LEAN_EXECUTION: z.enum(['on', 'off']).default('on'),
  GATEWAY_EXPLORER: z.enum(['on', 'off']).optional(),
  GATEWAY_WEB_DIR: z.string().min(1).optional(),
  GATEWAY_WEB_DEV_IDENTITIES_FILE: z.string().min(1).optional(),
  GATEWAY_HOST_API_KEYS: hostApiKeysSchema,
}).extend(egressConfigSchema.shape).extend(operationsConfigShape)
  .refine((c) => !(c.GATEWAY_JWT_JWKS_URL && c.GATEWAY_JWT_PUBLIC_KEY), {
    message: 'set GATEWAY_JWT_JWKS_URL or GATEWAY_JWT_PUBLIC_KEY, not both', path: ['GATEWAY_JWT_JWKS_URL'],
  })
  // The JWKS URL is ours to trust, yet still only https to a public host unless egress is widened.
  .superRefine((c, ctx) => {
    if (!c.GATEWAY_JWT_JWKS_URL) return;
    try {
      checkOutboundUrl(c.GATEWAY_JWT_JWKS_URL, egressPolicyFrom(c), 'GATEWAY_JWT_JWKS_URL');
    } catch (error) {
      if (!(error instanceof EgressError)) throw error;
      ctx.addIssue({ code: 'custom', message: `${error.message} (${error.code})`, path: ['GATEWAY_JWT_JWKS_URL'] });
    }
  });

export interface GatewayConfig {
  port: number;
  supergraphPath: string;
  logLevel: z.infer<typeof logLevelSchema>;
  subgraphUrlOverrides: Record<string, string>;
  /** The gateway's Ed25519 private key, signing the identity header to subgraphs (identity.ts). */
  internalIdentityKey: string;
  jwt: JwtOptions;
  appTokenCache: { ttlMs: number; maxEntries: number };
  persistedQueriesDir: string;
  redisUrl?: string;
  /** A Redis command slower than this falls back to memory (docs/gateway.md, "Redis"). */
  redisCommandTimeoutMs: number;
  limits: GatewayLimits;
  /** The offline GraphiQL at the gateway URL: on by default unless NODE_ENV=production. */
  explorer: boolean;
  /** The built reference web app served at /app (GATEWAY_WEB_DIR); off when unset. */
  webApp?: { dir: string; devIdentitiesFile?: string };
  /** How long a subgraph may take to answer one fetch. */
  subgraphTimeoutMs: number;
  /** An identical query fetch in flight is shared (inflight-fetches.ts). */
  deduplicateSubgraphFetches: boolean;
  /** @apollo/gateway's result shaping and operation rebuild replaced by the lean steps (execution/). */
  leanExecution: boolean;
  /** Host platforms' API key hashes (provisioning API). */
  hostApiKeys: HostApiKey[];
  /** GET /metrics: METRICS_TOKEN, and whether it is served without one (not in production). */
  metrics: { token?: string; openWithoutToken: boolean };
  /** SHUTDOWN_TIMEOUT_MS: a graceful stop that takes longer ends the process anyway. */
  shutdownTimeoutMs: number;
}

export interface GatewayLimits extends OperationLimits {
  maxBodyBytes: number;
  /** 0: batching off; otherwise the most operations one HTTP request may hold. */
  maxBatch: number;
}

export const DEFAULT_LIMITS: GatewayLimits = { ...DEFAULT_OPERATION_LIMITS, maxBodyBytes: 100_000, maxBatch: 0 };

export function subgraphUrlEnvName(subgraph: string): string {
  return `SUBGRAPH_${subgraph.toUpperCase().replace(/-/g, '_')}_URL`;
}

export function loadGatewayConfig(argv: string[] = process.argv.slice(2), env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const flags = parseFlags(argv);
  const parsed = parseConfig('gateway', gatewayConfigSchema, {
    ...env,
    ...(flags.port !== undefined ? { GATEWAY_PORT: flags.port } : {}),
    ...(flags.supergraph !== undefined ? { SUPERGRAPH_PATH: flags.supergraph } : {}),
  });
  const subgraphUrlOverrides: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    const match = /^SUBGRAPH_([A-Z0-9_]+)_URL$/.exec(name);
    if (match && value) subgraphUrlOverrides[match[1]!] = value;
  }
  return Object.freeze({
    port: parsed.GATEWAY_PORT,
    supergraphPath: path.resolve(parsed.SUPERGRAPH_PATH),
    logLevel: parsed.LOG_LEVEL,
    subgraphUrlOverrides,
    internalIdentityKey: parsed.INTERNAL_IDENTITY_PRIVATE_KEY,
    jwt: {
      issuer: parsed.GATEWAY_JWT_ISSUER,
      audience: parsed.GATEWAY_JWT_AUDIENCE,
      hs256Secret: parsed.GATEWAY_JWT_HS256_SECRET,
      publicKey: parsed.GATEWAY_JWT_PUBLIC_KEY ? { pem: parsed.GATEWAY_JWT_PUBLIC_KEY, alg: parsed.GATEWAY_JWT_PUBLIC_KEY_ALG } : undefined,
      jwksUrl: parsed.GATEWAY_JWT_JWKS_URL,
      maxLifetimeSeconds: parsed.GATEWAY_JWT_MAX_LIFETIME_SECONDS,
      clockToleranceSeconds: parsed.GATEWAY_JWT_CLOCK_TOLERANCE_SECONDS,
    },
    appTokenCache: { ttlMs: parsed.APP_TOKEN_CACHE_TTL_MS, maxEntries: parsed.APP_TOKEN_CACHE_SIZE },
    persistedQueriesDir: path.resolve(parsed.GATEWAY_PERSISTED_QUERIES_DIR),
    redisUrl: parsed.REDIS_URL,
    redisCommandTimeoutMs: parsed.REDIS_COMMAND_TIMEOUT_MS,
    limits: {
      ...DEFAULT_OPERATION_LIMITS,
      maxBodyBytes: parsed.GATEWAY_MAX_BODY_BYTES,
      maxTokens: parsed.GATEWAY_MAX_TOKENS,
      maxFragments: parsed.GATEWAY_MAX_FRAGMENTS,
      maxDirectives: parsed.GATEWAY_MAX_DIRECTIVES,
      maxSelections: parsed.GATEWAY_MAX_SELECTIONS,
      maxDepth: parsed.GATEWAY_MAX_DEPTH,
      maxAliases: parsed.GATEWAY_MAX_ALIASES,
      maxRepeatedFields: parsed.GATEWAY_MAX_REPEATED_FIELDS,
      maxCost: parsed.GATEWAY_MAX_COST,
      maxBatch: parsed.GATEWAY_MAX_BATCH,
    },
    explorer: parsed.GATEWAY_EXPLORER ? parsed.GATEWAY_EXPLORER === 'on' : parsed.NODE_ENV !== 'production',
    webApp: parsed.GATEWAY_WEB_DIR
      ? { dir: parsed.GATEWAY_WEB_DIR, devIdentitiesFile: parsed.NODE_ENV === 'production' ? undefined : parsed.GATEWAY_WEB_DEV_IDENTITIES_FILE }
      : undefined,
    subgraphTimeoutMs: parsed.GATEWAY_SUBGRAPH_TIMEOUT_MS,
    deduplicateSubgraphFetches: parsed.GATEWAY_DEDUPLICATE_SUBGRAPH_FETCHES === 'on',
    leanExecution: parsed.GATEWAY_LEAN_EXECUTION === 'on',
    hostApiKeys: parsed.GATEWAY_HOST_API_KEYS,
    metrics: { token: parsed.METRICS_TOKEN, openWithoutToken: parsed.NODE_ENV !== 'production' },
    shutdownTimeoutMs: parsed.SHUTDOWN_TIMEOUT_MS,
  });
}

function parseFlags(argv: string[]): { port?: string; supergraph?: string } {
  const flags: { port?: string; supergraph?: string } = {};
  for (let i = 0; i < argv.length; i++) {
    const [name, inline] = argv[i]!.split('=', 2);
    const value = inline ?? argv[i + 1];
    if (name === '--port' || name === '--supergraph') {
      if (value === undefined) throw new Error(`${name} needs a value`);
      flags[name.slice(2) as 'port' | 'supergraph'] = value;
      if (inline === undefined) i++;
    } else {
      throw new Error(`unknown argument: ${argv[i]} (expected --supergraph FILE --port N)`);
    }
  }
  return flags;
}
