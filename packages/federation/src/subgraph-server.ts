import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { Logger } from '@appmarket/core';
import { currentSqlStatementCount, runInSqlStatementScope } from '@appmarket/db';
import { graphqlMetricsPlugin, metricsHandler, mountHealthRoutes, observationOf, observeHttp, OperationLabels, Readiness } from '@appmarket/telemetry';
import express, { type Express } from 'express';
import { GraphQLError, Kind, parse, type GraphQLSchema } from 'graphql';
import { createServer } from 'node:http';
import { createErrorFormatter } from './errors';
import { jsonErrorHandler, notFoundHandler, requestIdOfResponse } from './http-errors';
import { currentRequestId, requestIdMiddleware, requestIdOf } from './request-scope';
import { ANONYMOUS, decodeIdentity, IDENTITY_HEADER, InvalidIdentityError, type Identity } from './identity';

export const SQL_STATEMENTS_HEADER = 'x-sql-statements';
/** Longer than every caller's idle-connection timeout (the gateway's undici pool: 30 s). */
export const SUBGRAPH_KEEP_ALIVE_MS = 65_000;

/** What every subgraph's resolvers get; each subgraph extends it with its services and loaders. */
export interface BaseContext {
  requestId: string;
  identity: Identity;
}

export interface SubgraphServerOptions<TContext extends BaseContext> {
  name: string;
  schema: GraphQLSchema;
  logger: Logger;
  /** Adds the subgraph's per-request services and DataLoaders to the base context. */
  createContext(base: BaseContext): TContext | Promise<TContext>;
  /** Answers whether the service can serve (e.g. its database answers): GET /health/ready (and /health). */
  healthCheck?(): Promise<void>;
  /** METRICS_TOKEN: when set, GET /metrics needs `Authorization: Bearer <token>`. */
  metricsToken?: string;
  /**
   * Mounts extra routes beside /graphql (e.g. a server-sent events stream). May return a cleanup,
   * run on stop before the server drains, that ends long-lived responses.
   */
  routes?(app: Express): void | (() => Promise<void>);
}

export interface RunningServer {
  url: string;
  port: number;
  httpServer: Server;
  /** Not ready from the moment `stop` is called; `stop` then drains the requests in flight. */
  readiness: Readiness;
  stop(): Promise<void>;
}

/**
 * A subgraph over HTTP: POST /graphql (Apollo Server), GET /health/live, /health/ready (and
 * /health, as ready), GET /metrics and the subgraph's own routes. Every request is counted and
 * logged in one line when it ends (packages/telemetry, http-observation.ts).
 * `listen` takes port 0 in tests. Every request, on any route, gets a request id (the caller's
 * `x-request-id` when well-formed) that its log lines and error answers carry. Every GraphQL
 * request runs in its own SQL statement scope, and the count comes back in the
 * `x-sql-statements` header so tests and benchmarks can prove there is no N+1. What no route
 * answers is a JSON 404; what fails outside GraphQL is a JSON error (http-errors.ts).
 */
export async function startSubgraphServer<TContext extends BaseContext>(
  options: SubgraphServerOptions<TContext>,
  port: number,
  host = '0.0.0.0',
): Promise<RunningServer> {
  const app = express();
  app.disable('x-powered-by');
  // No ETag: express would hash every GraphQL answer (a POST, never revalidated) to make one (~1 % of CPU).
  app.disable('etag');
  const httpServer = createServer(app);
  // Callers (the gateway's pools, peers, a load balancer) keep connections open between requests.
  // Node closes an idle one after 5 s, which races a caller reusing it at that moment (ECONNRESET
  // on a request that was never read). Idle connections therefore live longer here than in any
  // caller's pool, so the caller is always the one that closes them.
  httpServer.keepAliveTimeout = SUBGRAPH_KEEP_ALIVE_MS;
  httpServer.headersTimeout = SUBGRAPH_KEEP_ALIVE_MS + 1_000;
  const readiness = new Readiness(async () => options.healthCheck?.());
  const apollo = new ApolloServer<TContext>({
    schema: options.schema,
    formatError: createErrorFormatter(options.logger, currentRequestId),
    includeStacktraceInErrorResponses: false,
    // Signals are the process's (exitGracefullyOnSignals): Apollo Server's own handler would stop
    // it and re-raise SIGTERM before the job queue, the pool and the traces are closed.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // No Apollo Studio here: federated traces would only cost time on every request.
      ApolloServerPluginInlineTraceDisabled(),
      // No cache hints are set or read anywhere (the gateway caches no responses): computing the
      // cache policy on every field resolution is pure cost (seen in CPU profiles, docs/BENCHMARKS.md).
      ApolloServerPluginCacheControlDisabled(),
      graphqlMetricsPlugin<TContext>({ service: options.name, labels: new OperationLabels() }),
      {
        async requestDidStart() {
          return {
            async willSendResponse({ response }) {
              const count = currentSqlStatementCount();
              if (count !== undefined) response.http.headers.set(SQL_STATEMENTS_HEADER, String(count));
            },
          };
        },
      },
    ],
  });
  await apollo.start();
  let closeRoutes: void | (() => Promise<void>);
  const stop = async () => {
    readiness.drain();
    if (closeRoutes) await closeRoutes();
    await apollo.stop();
  };
  try {
    closeRoutes = mountRoutes(app, apollo, options, readiness);
    await listen(httpServer, port, host);
  } catch (error) {
    await stop().catch(() => undefined); // the start failed: release what it took, report the cause
    throw error;
  }
  const actualPort = (httpServer.address() as AddressInfo).port;
  return { url: `http://127.0.0.1:${actualPort}/graphql`, port: actualPort, httpServer, readiness, stop };
}

/** Request id and the request's log line first, then health and metrics, the subgraph's routes, /graphql, and the JSON 404 and error answers last. */
function mountRoutes<TContext extends BaseContext>(
  app: Express,
  apollo: ApolloServer<TContext>,
  options: SubgraphServerOptions<TContext>,
  readiness: Readiness,
): void | (() => Promise<void>) {
  app.use(requestIdMiddleware);
  app.use(observeHttp(options.name, options.logger, { subgraph: options.name }));
  mountHealthRoutes(app, { service: options.name, readiness, legacyHealth: 'ready' });
  app.get('/metrics', metricsHandler({ token: options.metricsToken }));
  const closeRoutes = options.routes?.(app);
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    (_req, _res, next) => runInSqlStatementScope(next),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = currentRequestId() ?? requestIdOfResponse(res) ?? requestIdOf(req);
        let identity: Identity;
        try {
          // Addressed to this subgraph by name. The only request served without a signed identity: the SDL query
          // (`{ _service { sdl } }`) that composition tools send; it reveals nothing but the schema.
          identity = isSdlQueryOnly(req.body) ? ANONYMOUS : await decodeIdentity(req.headers[IDENTITY_HEADER], { audience: options.name });
        } catch (error) {
          if (error instanceof InvalidIdentityError) {
            throw new GraphQLError(error.message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
          }
          throw error;
        }
        const observation = observationOf(res);
        observation.callerKind = identity.kind;
        const operationName = (req.body as { operationName?: unknown } | undefined)?.operationName;
        if (typeof operationName === 'string') observation.operationName = operationName.slice(0, 120);
        return options.createContext({ requestId, identity });
      },
    }),
  );
  app.use(notFoundHandler);
  app.use(jsonErrorHandler(options.logger));
  return closeRoutes;
}

/** Listens, or rejects when the port cannot be had (EADDRINUSE), so a failed start is an error. */
function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/** True when every operation of the body asks for `_service` (and at most `__typename` beside it). */
export function isSdlQueryOnly(body: unknown): boolean {
  const query = (body as { query?: unknown } | undefined)?.query;
  // Every other request would be parsed here a second time just to say no (~2 % of a subgraph's CPU).
  if (typeof query !== 'string' || query.length > 1000 || !query.includes('_service')) return false;
  try {
    const document = parse(query);
    return document.definitions.every((definition) => {
      if (definition.kind !== Kind.OPERATION_DEFINITION || definition.operation !== 'query') return false;
      const names = definition.selectionSet.selections.map((s) => (s.kind === Kind.FIELD ? s.name.value : ''));
      return names.includes('_service') && names.every((n) => n === '_service' || n === '__typename');
    });
  } catch {
    return false;
  }
}
