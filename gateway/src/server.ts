import type { Server } from 'node:http';
import path from 'node:path';
import { systemClock, type Logger } from '@appmarket/core';
import { configureInternalIdentity, GATEWAY_SIGNER, IDENTITY_HEADER, REQUEST_ID_HEADER, SQL_STATEMENTS_HEADER } from '@appmarket/federation';
import { DEFAULT_LIMITS, type GatewayLimits } from './config';
import { loadOperationScope } from './operation-scope';
import { loadManifests, type OperationManifests } from './persisted-queries';
import { MemoryLimitStore, RedisLimitStore, type LimitStore } from './phone-api/limit-store';
import { admitPhoneRequest, authenticatePhoneCaller, phoneHeadersFor, refuseAsMoySklad } from './phone-api/phone-http';
import { PhoneLimits } from './phone-api/phone-limits';
import { RedisConnection, type RedisStatus } from './redis/redis-connection';
import type { GatewayOptions } from './gateway-options';
import type { GatewayPlugin } from './plugin';
import { hostGateway } from './plugin-host';
import { useApq } from './plugins/useApq';
import { createAuthenticator, useAuth } from './plugins/useAuth';
import { useBodyLimits } from './plugins/useBodyLimits';
import { useErrorMasking } from './plugins/useErrorMasking';
import { useEventStreamProxy } from './plugins/useEventStreamProxy';
import { useExplorer } from './plugins/useExplorer';
import { useWebApp } from './plugins/useWebApp';
import { useHealth } from './plugins/useHealth';
import { useInputErrorStatus } from './plugins/useInputErrorStatus';
import { useJsonErrors } from './plugins/useJsonErrors';
import { useLeanExecution } from './plugins/useLeanExecution';
import { useLimits } from './plugins/useLimits';
import { useMetrics } from './plugins/useMetrics';
import { useObservability } from './plugins/useObservability';
import { usePhoneLimits } from './plugins/usePhoneLimits';
import { useRedis } from './plugins/useRedis';
import { useOperationResolution } from './plugins/useOperationResolution';
import { usePermissions } from './plugins/usePermissions';
import { usePlanWarmup } from './plugins/usePlanWarmup';
import { useRequestId } from './plugins/useRequestId';
import { useRestRoute } from './plugins/useRestRoute';
import { useSafelist } from './plugins/useSafelist';
import { useSqlStatements } from './plugins/useSqlStatements';
import { useSubgraphFetcher } from './plugins/useSubgraphFetcher';
import { useSubgraphOutage } from './plugins/useSubgraphOutage';
import { routingUrls, subgraphUrls } from './subgraph-urls';

export { IDENTITY_HEADER, REQUEST_ID_HEADER, SQL_STATEMENTS_HEADER };
export { maskInternalErrors } from './plugins/useErrorMasking';
export { routingUrls } from './subgraph-urls';
export type { GatewayOptions };

/** The Vendor API's base path, as MoySklad's (`…/api/vendor/1.0`): a vendor changes only the origin. */
export const VENDOR_API_PREFIX = '/api/vendor/1.0';
/** The Phone API's base path, as MoySklad's (`https://api.moysklad.ru/api/phone/1.0`): a provider changes only the origin. */
export const PHONE_API_PREFIX = '/api/phone/1.0';
/** Capability manifests (`npm run compose` writes them from the supergraph's tags). */
export const CAPABILITIES_DIR = path.resolve(__dirname, '../capabilities');

export interface RunningGateway {
  url: string;
  port: number;
  httpServer: Server;
  manifests: OperationManifests;
  /** The shared Redis's state (none without REDIS_URL): for metrics (docs/gateway.md, "Redis"). */
  redis?: RedisStatus;
  stop(): Promise<void>;
}

/** The federation gateway over a static supergraph: the plugins below, one per concern (docs/gateway.md, "Plugins"). */
export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  configureInternalIdentity({ signer: { name: GATEWAY_SIGNER, privateKey: options.internalIdentityKey } });
  const logger: Logger = options.logger;
  const limits: GatewayLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const subgraphUrl = subgraphUrls(options.supergraphSdl, options.subgraphUrlOverrides);
  const manifests = loadManifests(options.persistedQueriesDir);
  const authenticator = await createAuthenticator({ ...options, accountsUrl: subgraphUrl('accounts') });
  const scope = loadOperationScope(CAPABILITIES_DIR, options.supergraphSdl);
  const clock = options.clock ?? systemClock;
  // Shared by replicas through Redis, with this process's memory while Redis does not answer;
  // one process's memory only when no REDIS_URL is given.
  const redis = options.redisUrl ? new RedisConnection(options.redisUrl, logger, { commandTimeoutMs: options.redisCommandTimeoutMs }) : undefined;
  const localLimits = new MemoryLimitStore(() => clock.now().getTime());
  const phoneStore: LimitStore = redis ? new RedisLimitStore(redis, localLimits) : localLimits;
  if (!redis) logger.warn('no REDIS_URL: the Phone API limits are counted per gateway replica');
  const phoneLimits = new PhoneLimits(phoneStore, clock, logger);
  // Each subgraph's URL as the gateway calls it (overrides applied), and back: names for the fetch metrics.
  const urlBySubgraph = Object.fromEntries(Object.keys(routingUrls(options.supergraphSdl)).map((name) => [name, subgraphUrl(name)]));
  const subgraphByUrl = new Map(Object.entries(urlBySubgraph).map(([name, url]) => [url, name]));

  // Order counts within an Express stage and among Apollo hooks that throw (operation resolution,
  // safelist, then limits, then permissions decide the error); plugins that open resources (Redis,
  // subgraph pools) come after those that can refuse to start, so a refused start leaks nothing.
  const plugins: GatewayPlugin[] = [
    useRequestId(),
    useObservability({ logger, knownOperations: manifests.operations.map((operation) => operation.name) }),
    useHealth(urlBySubgraph, { redis }),
    ...(redis ? [useRedis(redis)] : []),
    useMetrics(options.metrics ?? { openWithoutToken: true }, logger),
    ...(options.explorer ? [useExplorer()] : []),
    ...(options.webApp ? [useWebApp(options.webApp)] : []),
    useEventStreamProxy({ telephonyUrl: subgraphUrl('telephony-loyalty'), authenticator, logger }),
    // Vendor → marketplace calls (status callback, user context) on the public origin; accounts
    // authenticates them itself with the app's vendor JWT (docs/accounts.md, Vendor API).
    useRestRoute({
      name: 'vendor-api',
      prefix: VENDOR_API_PREFIX,
      subgraphUrl: subgraphUrl('accounts'),
      maxBodyBytes: 64 * 1024,
      timeoutMs: options.subgraphTimeoutMs ?? 30_000,
      logger,
    }),
    // MoySklad's Phone API 1.0 on the public origin: the key is checked and the limits held here,
    // the protocol served by telephony-loyalty (docs/telephony-loyalty.md, "Phone API 1.0").
    useRestRoute({
      name: 'phone-api',
      prefix: PHONE_API_PREFIX,
      subgraphUrl: subgraphUrl('telephony-loyalty'),
      maxBodyBytes: 1024 * 1024,
      timeoutMs: options.subgraphTimeoutMs ?? 30_000,
      logger,
      before: [authenticatePhoneCaller(authenticator, logger), admitPhoneRequest(phoneLimits)],
      headersFor: phoneHeadersFor,
      refuse: refuseAsMoySklad,
    }),
    usePhoneLimits({ limits: phoneLimits, store: phoneStore, authenticator }),
    useBodyLimits(limits),
    useAuth(authenticator, logger),
    useSqlStatements(),
    useOperationResolution(),
    useSafelist(manifests, scope),
    useLimits(limits),
    usePermissions(options.supergraphSdl),
    useErrorMasking(logger),
    useSubgraphOutage(logger),
    useInputErrorStatus(),
    useApq({ manifests, redis }),
    usePlanWarmup(manifests, logger),
    useLeanExecution(options.leanExecution ?? true, logger),
    useSubgraphFetcher({
      timeoutMs: options.subgraphTimeoutMs ?? 30_000, subgraphOf: (url) => subgraphByUrl.get(url) ?? 'unknown',
      deduplicate: options.deduplicateSubgraphFetches ?? true,
    }),
    ...(options.plugins ?? []),
    useJsonErrors(logger), // last: answers, as JSON, whatever no route or plugin did
  ];
  // Connected only now (a plugin that refused to start leaves no client reconnecting); a replica
  // that starts while Redis answers shares from its first request on.
  await redis?.connect();
  const gateway = await hostGateway({ ...options, subgraphUrl, plugins });
  return { ...gateway, manifests, redis };
}
