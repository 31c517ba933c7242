import type { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import type { ApolloServerOptionsWithGateway, ApolloServerPlugin } from '@apollo/server';
import type { Fetcher } from '@apollo/utils.fetcher';
import type { RequestObservation } from '@appmarket/telemetry';
import type { Express, Request, Response } from 'express';
import type { Caller } from './auth';
import type { DeniedField } from './permissions';

/**
 * One concern of the gateway (auth, limits, APQ, …), in the manner of Hive Gateway's
 * `plugins/use*.ts`: a concern can be read, tested and switched off alone. `server.ts` only lists
 * them; `plugin-host.ts` applies the hooks. Every hook is optional; docs/gateway.md, "Plugins".
 */
export interface GatewayPlugin {
  /** For logs and start-up errors. */
  readonly name: string;
  /** Express handlers, by stage (see HttpHooks); within a stage, in the order of the plugin list. */
  readonly http?: HttpHooks;
  /** Builds part of each GraphQL request's context; run in list order, results merged. */
  context?(http: { req: Request; res: Response }): Partial<GatewayContext> | Promise<Partial<GatewayContext>>;
  /** Apollo Server hooks (request pipeline, drainServer on stop…). */
  readonly apollo?: ApolloServerPlugin<GatewayContext>;
  /** Apollo Server options; each may be set by one plugin only (start-up fails otherwise). */
  readonly apolloOptions?: ApolloOptions;
  /** Calls to the subgraphs (ApolloGateway's data sources), for client operations only. */
  readonly subgraphs?: SubgraphHooks;
  /** After Apollo Server started; what it returns is added to the "gateway ready" log line. */
  started?(gateway: ApolloGateway): Record<string, unknown> | void;
  /**
   * After the HTTP server drained and Apollo Server stopped (pools, clients); run in reverse list
   * order. What must end before the drain (open streams) uses `apollo.serverWillStart` → `drainServer`.
   */
  stop?(): Promise<void> | void;
}

/**
 * Express stages, in this order: `first` (every request, e.g. request ids) → `routes` (routes of
 * their own beside /graphql, before it so a browser's GET /graphql can be the explorer) →
 * `graphql` (middleware on GRAPHQL_PATH before Apollo Server, e.g. body parsing) → Apollo Server →
 * `last` (error handlers and fallbacks; the JSON error responses come last of all).
 */
export interface HttpHooks {
  first?(app: Express): void;
  routes?(app: Express): void;
  graphql?(app: Express): void;
  last?(app: Express): void;
}
export const HTTP_STAGES = ['first', 'routes', 'graphql', 'last'] as const satisfies readonly (keyof HttpHooks)[];

export const GRAPHQL_PATH = '/graphql';

export type ApolloOptions = Partial<Pick<ApolloServerOptionsWithGateway<GatewayContext>, 'persistedQueries' | 'formatError' | 'allowBatchedHttpRequests' | 'parseOptions' | 'validationOptions'>>;

type DataSource = RemoteGraphQLDataSource<GatewayContext>;
export type SubgraphRequest = Parameters<NonNullable<DataSource['willSendRequest']>>[0]['request'];
export type SubgraphResponse = Parameters<NonNullable<DataSource['didReceiveResponse']>>[0]['response'];

export interface SubgraphHooks {
  /** How subgraphs are called; one plugin at most (ApolloGateway's default otherwise). */
  readonly fetcher?: Fetcher;
  /** Before each fetch of subgraph `subgraph` (its name in the supergraph); awaited in list order. */
  willSendRequest?(request: SubgraphRequest, context: GatewayContext, subgraph: string): void | Promise<void>;
  didReceiveResponse?(response: SubgraphResponse, context: GatewayContext): void;
  /**
   * A fetch of subgraph `failure.subgraph` failed without a GraphQL answer (refused connection,
   * timeout, an HTTP error status): the answer to use instead (field errors, no data), or
   * undefined to let @apollo/gateway report the failure itself. One plugin at most.
   */
  fetchFailed?(failure: SubgraphFailure, context: GatewayContext): SubgraphResponse | undefined;
}

/** A subgraph fetch that failed: the operation the query plan sent, and why it failed. */
export interface SubgraphFailure {
  subgraph: string;
  request: SubgraphRequest;
  error: unknown;
}

/** A GraphQL request's context, as the plugins' `context` hooks build it. */
export interface GatewayContext {
  /** useRequestId */
  requestId: string;
  /** useAuth */
  caller: Caller;
  /** useSqlStatements: SQL statements the subgraphs reported for this request, summed. */
  sqlStatements: { count: number };
  /** useLimits: query texts its HTTP stage judged already (the rest are judged before planning). */
  judgedSources?: ReadonlySet<string>;
  /** usePermissions: fields taken out of the operation, to answer as null + FORBIDDEN. */
  denied?: DeniedField[];
  /** useObservability: what the request's log line says (its operation, caller, subgraphs). */
  observation?: RequestObservation;
}
