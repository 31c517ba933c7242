import type { Clock, Logger } from '@appmarket/core';
import type { InstallTokenResolver } from './auth';
import type { JwtOptions } from './jwt';
import type { GatewayLimits } from './config';
import type { HostApiKey } from './host-credentials';
import type { GatewayPlugin } from './plugin';
import type { WebAppOptions } from './plugins/useWebApp';
import type { MetricsExposure } from './plugins/useMetrics';

/** What `startGateway` is given: main.ts builds it from the parsed config, tests directly. */
export interface GatewayOptions {
  supergraphSdl: string;
  /** Subgraph URL by upper-cased subgraph name (`TELEPHONY_LOYALTY`), over the supergraph's routing URL. */
  subgraphUrlOverrides?: Record<string, string>;
  logger: Logger;
  port: number;
  host?: string;
  /** The gateway's Ed25519 private key (PEM or JWK): signs the identity header to subgraphs, whose public key they hold. */
  internalIdentityKey: string;
  /** How users', vendors' and moderators' JWTs are checked; without it JWTs are refused. */
  jwt?: JwtOptions;
  /**
   * Install-token resolvers asked before accounts' `installByAccessToken` (the test stack puts its
   * test-token resolver here); each answers `undefined` for tokens that are not its own.
   */
  installTokenResolvers?: InstallTokenResolver[];
  appTokenCache?: { ttlMs: number; maxEntries: number };
  /** Host platforms' API key hashes: they call the provisioning API as `host` (host-credentials.ts). */
  hostApiKeys?: readonly HostApiKey[];
  /** Folder of `<client>.json` operation manifests (apollo-persisted-query-manifest). */
  persistedQueriesDir?: string;
  /** Redis shared by the replicas (APQ store, Phone API limits); each process's memory when unset or down. */
  redisUrl?: string;
  /** How long a Redis command may take before the gateway falls back to memory (REDIS_COMMAND_TIMEOUT_MS). */
  redisCommandTimeoutMs?: number;
  limits?: Partial<GatewayLimits>;
  /** Serve the offline GraphiQL at the gateway URL. */
  explorer?: boolean;
  /** Serve the built reference web app at /app (useWebApp.ts). */
  webApp?: WebAppOptions;
  /** How long a subgraph may take to answer (headers, then body); 30 s by default. */
  subgraphTimeoutMs?: number;
  /** Share an identical query fetch already in flight (inflight-fetches.ts); on by default. */
  deduplicateSubgraphFetches?: boolean;
  /** Execute plans with the lean result shaping and operation cache (execution/lean-execution.ts); on by default. */
  leanExecution?: boolean;
  /** Time of the Phone API's request windows (tests inject one); the system clock by default. */
  clock?: Clock;
  /** How GET /metrics is served (METRICS_TOKEN, NODE_ENV); openly when not given (tests). */
  metrics?: MetricsExposure;
  /** More plugins, after the built-in ones and before the JSON error responses (docs/gateway.md, "Plugins"). */
  plugins?: GatewayPlugin[];
}
