import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { createServer, type Server } from 'node:http';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer, type GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { InMemoryLRUCache, type KeyValueCache, type KeyValueCacheSetOptions } from '@apollo/utils.keyvaluecache';
import { expressMiddleware } from '@as-integrations/express5';
import type { Logger } from '@appmarket/core';
import {
  callPeer,
  configureInternalIdentity,
  currentRequestId,
  encodeIdentity,
  IDENTITY_HEADER,
  peersFromMap,
  runWithRequestId,
} from '@appmarket/federation';
import express, { type NextFunction, type Request, type Response } from 'express';
import { GraphQLError, print, type GraphQLFormattedError } from 'graphql';
import {
  accountsInstallTokenResolver,
  Authenticator,
  cachedResolver,
  firstResolver,
  type Caller,
  type InstallTokenResolver,
  type JwtOptions,
} from './auth';
import { DEFAULT_LIMITS, type GatewayLimits } from './config';
import { besideGraphql, CALL_CARD_EVENTS_PATH, mountEventStreamProxy } from './event-stream-proxy';
import { mountExplorer } from './explorer';
import { enforceLimits, measureOperation } from './limits';
import { loadManifests, sha256Hex, type OperationManifests } from './persisted-queries';
import { applyDenied, checkOperation, permissionRequirements, type DeniedField } from './permissions';
import { warmQueryPlans } from './query-plans';
import { RedisKeyValueCache } from './redis-cache';
import { createSubgraphFetcher } from './subgraph-fetcher';

export { IDENTITY_HEADER };
export const REQUEST_ID_HEADER = 'x-request-id';
export const SQL_STATEMENTS_HEADER = 'x-sql-statements';
const APQ_PREFIX = 'apq:';

export interface GatewayOptions {
  supergraphSdl: string;
  /** Subgraph URL by upper-cased subgraph name (`TELEPHONY_LOYALTY`), over the supergraph's routing URL. */
  subgraphUrlOverrides?: Record<string, string>;
  logger: Logger;
  port: number;
  host?: string;
  /** Signs the identity header sent to subgraphs (shared with every subgraph). */
  internalIdentitySecret: string;
  /** How users', vendors' and moderators' JWTs are checked; without it JWTs are refused. */
  jwt?: JwtOptions;
  /**
   * Install-token resolvers asked before accounts' `installByAccessToken` (the test stack puts its
   * test-token resolver here); each answers `undefined` for tokens that are not its own.
   */
  installTokenResolvers?: InstallTokenResolver[];
  appTokenCache?: { ttlMs: number; maxEntries: number };
  /** Folder of `<client>.json` operation manifests (apollo-persisted-query-manifest). */
  persistedQueriesDir?: string;
  /** APQ store shared across replicas; in memory when unset. */
  redisUrl?: string;
  limits?: Partial<GatewayLimits>;
  /** Serve the offline GraphiQL at the gateway URL. */
  explorer?: boolean;
  /** How long a subgraph may take to answer (headers, then body); 30 s by default. */
  subgraphTimeoutMs?: number;
}

export interface GatewayContext {
  requestId: string;
  caller: Caller;
  /** SQL statements the subgraphs reported for this request (their x-sql-statements), summed. */
  sqlStatements: { count: number };
  /** Fields taken out of the operation by the permission check, to answer as null + FORBIDDEN. */
  denied?: DeniedField[];
}

export interface RunningGateway {
  url: string;
  port: number;
  httpServer: Server;
  manifests: OperationManifests;
  stop(): Promise<void>;
}

/** Routing URLs of the supergraph's subgraphs, by subgraph name. */
export function routingUrls(supergraphSdl: string): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const match of supergraphSdl.matchAll(/@join__graph\(name:\s*"([^"]+)",\s*url:\s*"([^"]*)"\)/g)) urls[match[1]!] = match[2]!;
  return urls;
}

/** The federation gateway over a static supergraph: authentication, permissions, persisted queries, limits, /health. */
export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  configureInternalIdentity({ secret: options.internalIdentitySecret });
  const logger = options.logger;
  const limits: GatewayLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const overrides = options.subgraphUrlOverrides ?? {};
  const urlOf = (name: string, fallback: string) => overrides[name.toUpperCase().replace(/-/g, '_')] ?? fallback;
  const routing = routingUrls(options.supergraphSdl);
  const requirements = permissionRequirements(options.supergraphSdl);
  const manifests = loadManifests(options.persistedQueriesDir);

  const accountsPeers = peersFromMap({ accounts: urlOf('accounts', routing.accounts ?? '') });
  const accountsResolver = accountsInstallTokenResolver((query, variables) =>
    callPeer(accountsPeers, 'accounts', query, variables, { as: { kind: 'service', service: 'gateway' } }),
  );
  const authenticator = new Authenticator(
    options.jwt,
    cachedResolver(firstResolver([...(options.installTokenResolvers ?? []), accountsResolver]), options.appTokenCache ?? { ttlMs: 5_000, maxEntries: 10_000 }),
  );
  await authenticator.ready();

  const fetcher = createSubgraphFetcher({ timeoutMs: options.subgraphTimeoutMs ?? 30_000 });
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) =>
      new RemoteGraphQLDataSource<GatewayContext>({
        url: urlOf(name, url ?? ''),
        fetcher,
        willSendRequest({ request, context }) {
          if (!context.requestId) return; // the gateway's own health checks
          request.http?.headers.set(REQUEST_ID_HEADER, context.requestId);
          // The verified caller, signed for the subgraphs (packages/federation/src/identity.ts).
          request.http?.headers.set(IDENTITY_HEADER, encodeIdentity(context.caller.identity));
        },
        didReceiveResponse({ response, context }) {
          const count = Number(response.http?.headers.get(SQL_STATEMENTS_HEADER));
          if (context.sqlStatements && Number.isFinite(count)) context.sqlStatements.count += count;
          return response;
        },
      }),
  });

  const redis = options.redisUrl ? new RedisKeyValueCache(options.redisUrl) : undefined;
  const apqCache = new ManifestBackedCache(redis ?? new InMemoryLRUCache<string>({ maxSize: 30 * 1024 * 1024 }), manifests);

  const app = express();
  app.disable('x-powered-by');
  const httpServer = createServer(app);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    persistedQueries: { cache: apqCache, ttl: 24 * 3600 },
    allowBatchedHttpRequests: limits.maxBatch > 0,
    formatError: maskInternalErrors(logger),
    includeStacktraceInErrorResponses: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // No response cache reads cache hints here: computing the policy per request is pure cost.
      ApolloServerPluginCacheControlDisabled(),
      {
        async requestDidStart() {
          return {
            async didResolveOperation(requestContext) {
              const { contextValue: context, document, operation, request } = requestContext;
              // Partner integrations run registered operations only (safelisting).
              if (context.caller.registeredOperationsOnly && !manifests.byHash.has(sha256Hex(requestContext.source))) {
                throw new GraphQLError('App tokens may run only operations registered in a persisted-query manifest.', {
                  extensions: { code: 'OPERATION_NOT_REGISTERED', http: { status: 403 } },
                });
              }
              if (!operation) return; // GraphQL has already refused it
              enforceLimits(measureOperation(document, operation, request.variables ?? {}), limits);
              const check = checkOperation(requestContext.schema, document, operation, requirements, context.caller);
              if (check.document) {
                // The gateway plans `document` and caches the plan under `queryHash`: both change.
                const mutable = requestContext as { -readonly [K in keyof GraphQLRequestContextDidResolveOperation<GatewayContext>]: GraphQLRequestContextDidResolveOperation<GatewayContext>[K] };
                mutable.document = check.document;
                mutable.queryHash = sha256Hex(print(check.document));
                context.denied = check.denied;
              }
            },
            async willSendResponse({ response, contextValue }) {
              response.http.headers.set(SQL_STATEMENTS_HEADER, String(contextValue.sqlStatements?.count ?? 0));
              if (contextValue.denied?.length && response.body.kind === 'single') {
                const result = response.body.singleResult;
                const forbidden = applyDenied(result.data as Record<string, unknown> | null | undefined, contextValue.denied);
                result.errors = [...(result.errors ?? []), ...forbidden.map((e) => e.toJSON())];
              }
            },
          };
        },
      },
    ],
  });
  await apollo.start();
  const warmed = warmQueryPlans(gateway, manifests.operations, logger);

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: 'gateway' });
  });
  if (options.explorer) mountExplorer(app, '/graphql');
  const withRequestId = (req: Request, res: Response, next: NextFunction) => {
    const given = req.headers[REQUEST_ID_HEADER];
    const requestId = typeof given === 'string' && /^[\w-]{1,100}$/.test(given) ? given : randomUUID();
    res.setHeader(REQUEST_ID_HEADER, requestId);
    res.locals.requestId = requestId;
    runWithRequestId(requestId, next);
  };
  // Front ends talk only to the gateway: telephony-loyalty's call-card events (TL-1) are proxied
  // under the same path, the caller authenticated here like for GraphQL.
  const telephonyUrl = urlOf('telephony-loyalty', routing['telephony-loyalty'] ?? '');
  let closeEventStreams: () => void = () => undefined;
  if (telephonyUrl) {
    app.use(CALL_CARD_EVENTS_PATH, withRequestId);
    closeEventStreams = mountEventStreamProxy(app, {
      path: CALL_CARD_EVENTS_PATH,
      upstream: besideGraphql(telephonyUrl, CALL_CARD_EVENTS_PATH),
      authenticator,
      logger,
      requestIdOf: (res) => String(res.locals.requestId),
    });
  }
  app.use(
    '/graphql',
    withRequestId,
    express.json({ limit: limits.maxBodyBytes }),
    (req, res, next) => {
      if (!Array.isArray(req.body)) return next();
      if (limits.maxBatch === 0) return refuse(res, 400, 'BATCHING_NOT_ALLOWED', 'Batched operations are not accepted here.');
      if (req.body.length > limits.maxBatch) {
        return refuse(res, 400, 'BATCH_TOO_LARGE', `A batch may hold at most ${limits.maxBatch} operations.`);
      }
      next();
    },
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = String(res.locals.requestId);
        let caller: Caller;
        try {
          caller = await authenticator.authenticate(req.headers);
        } catch (error) {
          if (error instanceof GraphQLError) throw error;
          logger.error('install token resolution failed', { requestId, error: error instanceof Error ? error.message : String(error) });
          throw new GraphQLError('Credentials could not be checked right now.', { extensions: { code: 'UPSTREAM_UNAVAILABLE', http: { status: 503 } } });
        }
        return { requestId, caller, sqlStatements: { count: 0 } };
      },
    }),
  );
  app.use((error: unknown, _req: Request, res: Response, next: NextFunction) => {
    const type = (error as { type?: string }).type;
    if (type === 'entity.too.large') return refuse(res, 413, 'BODY_TOO_LARGE', `The request body is larger than ${limits.maxBodyBytes} bytes.`);
    if (type === 'entity.parse.failed') return refuse(res, 400, 'BAD_REQUEST', 'The request body is not valid JSON.');
    next(error);
  });
  await new Promise<void>((resolve) => httpServer.listen(options.port, options.host ?? '0.0.0.0', resolve));
  const port = (httpServer.address() as AddressInfo).port;
  logger.info('gateway ready', { url: `http://localhost:${port}/graphql`, registeredOperations: manifests.operations.length, plannedAtStart: warmed });
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    port,
    httpServer,
    manifests,
    stop: async () => {
      closeEventStreams();
      await apollo.stop();
      await fetcher.close();
      await redis?.close();
    },
  };
}

function refuse(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code, requestId: res.locals.requestId } }] });
}

/** Codes that only say "something broke inside": masked like errors without a code. */
const INTERNAL_CODES = new Set(['INTERNAL_SERVER_ERROR', 'SUBREQUEST_HTTP_ERROR', 'SUBREQUEST_MALFORMED_RESPONSE', 'DOWNSTREAM_SERVICE_ERROR']);

/**
 * Errors with a code (domain refusals, validation, ours) pass; anything else is logged with the
 * request id and answered as INTERNAL_SERVER_ERROR carrying that id.
 */
export function maskInternalErrors(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && !INTERNAL_CODES.has(code)) return formatted;
    const requestId = currentRequestId();
    // A subgraph that refused the input itself (HTTP 400, e.g. a custom scalar literal the
    // supergraph cannot check) is the client's mistake: its message, never its URL or body.
    const refusal = subgraphInputRefusal(formatted);
    if (refusal) return { message: refusal, locations: formatted.locations, path: formatted.path, extensions: { code: 'BAD_USER_INPUT', requestId } };
    logger.error('unexpected error', {
      requestId,
      error: formatted.message,
      stack: error instanceof Error ? error.stack : undefined,
      path: formatted.path,
      serviceName: formatted.extensions?.serviceName,
    });
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
    };
  };
}

/** Codes a subgraph answers HTTP 400 with when the operation's input is wrong. */
const SUBGRAPH_INPUT_CODES = new Set(['GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'GRAPHQL_PARSE_FAILED']);

/** The subgraph's own message when it answered HTTP 400 for bad input, else undefined. */
function subgraphInputRefusal(formatted: GraphQLFormattedError): string | undefined {
  const response = formatted.extensions?.response as { status?: number; body?: unknown } | undefined;
  if (response?.status !== 400) return undefined;
  let body = response.body;
  if (typeof body === 'string') {
    try {
      body = JSON.parse(body) as unknown;
    } catch {
      return undefined;
    }
  }
  const first = (body as { errors?: { message?: unknown; extensions?: { code?: unknown } }[] } | undefined)?.errors?.[0];
  return first && typeof first.message === 'string' && SUBGRAPH_INPUT_CODES.has(String(first.extensions?.code)) ? first.message : undefined;
}

/** The APQ store, which also knows every registered operation by its hash (never evicted). */
class ManifestBackedCache implements KeyValueCache<string> {
  constructor(private readonly inner: KeyValueCache<string>, private readonly manifests: OperationManifests) {}

  async get(key: string): Promise<string | undefined> {
    const registered = key.startsWith(APQ_PREFIX) ? this.manifests.byHash.get(key.slice(APQ_PREFIX.length)) : undefined;
    return registered?.body ?? (await this.inner.get(key));
  }

  set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    return this.inner.set(key, value, options);
  }

  delete(key: string): Promise<boolean | void> {
    return this.inner.delete(key);
  }
}
