import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import type { Logger } from '@appmarket/core';
import express, { type Express, type RequestHandler } from 'express';
import { GRAPHQL_PATH, HTTP_STAGES, type ApolloOptions, type GatewayContext, type GatewayPlugin, type SubgraphHooks } from './plugin';

/**
 * Applies a list of GatewayPlugins (plugin.ts) to one Express app, ApolloServer and ApolloGateway.
 * Knows no concern itself: what the gateway does is the list in server.ts.
 */
export interface HostOptions {
  supergraphSdl: string;
  /** The URL a subgraph is called at (overrides applied). */
  subgraphUrl(name: string, routingUrl: string): string;
  plugins: GatewayPlugin[];
  logger: Logger;
  port: number;
  host?: string;
}

export interface HostedGateway {
  url: string;
  port: number;
  httpServer: Server;
  stop(): Promise<void>;
}

export async function hostGateway(options: HostOptions): Promise<HostedGateway> {
  const { plugins, logger } = options;
  const app = express();
  app.disable('x-powered-by');
  const httpServer = createServer(app);
  let apollo: ApolloServer<GatewayContext> | undefined;
  try {
    const gateway = new ApolloGateway({
      supergraphSdl: options.supergraphSdl,
      buildService: ({ name, url }) => new SubgraphDataSource(plugins, name, { url: options.subgraphUrl(name, url ?? ''), ...dataSourceHooks(plugins, name) }),
    });
    apollo = new ApolloServer<GatewayContext>({
      gateway,
      ...apolloOptions(plugins),
      includeStacktraceInErrorResponses: false,
      // Signals are the process's (main.ts, exitGracefullyOnSignals): Apollo Server's own handler
      // would re-raise SIGTERM before Redis, the subgraph pools and the traces are closed.
      stopOnTerminationSignals: false,
      plugins: [
        ApolloServerPluginDrainHttpServer({ httpServer }),
        // No response cache reads cache hints here: computing the policy per request is pure cost.
        ApolloServerPluginCacheControlDisabled(),
        ...plugins.flatMap((plugin) => (plugin.apollo ? [plugin.apollo] : [])),
      ],
    });
    await apollo.start();
    const ready = Object.assign({}, ...plugins.map((plugin) => plugin.started?.(gateway) ?? {})) as Record<string, unknown>;
    mountHttp(app, plugins, expressMiddleware(apollo, { context: contextBuilder(plugins) }));
    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(options.port, options.host ?? '0.0.0.0', () => resolve());
    });
    const port = (httpServer.address() as AddressInfo).port;
    logger.info('gateway ready', { url: `http://localhost:${port}${GRAPHQL_PATH}`, ...ready });
    const started = apollo;
    return {
      url: `http://127.0.0.1:${port}${GRAPHQL_PATH}`,
      port,
      httpServer,
      stop: async () => {
        await started.stop();
        await stopPlugins(plugins, logger);
      },
    };
  } catch (error) {
    // Nothing a plugin opened (Redis, subgraph pools) outlives a gateway that did not start.
    await apollo?.stop().catch(() => undefined);
    await stopPlugins(plugins, logger);
    throw error;
  }
}

/** Every plugin's Express hooks, stage by stage (plugin.ts, HttpHooks); Apollo Server before `last`. */
export function mountHttp(app: Express, plugins: GatewayPlugin[], graphql: RequestHandler): void {
  for (const stage of HTTP_STAGES) {
    if (stage === 'last') app.use(GRAPHQL_PATH, graphql);
    for (const plugin of plugins) plugin.http?.[stage]?.(app);
  }
}

/** The plugins' Apollo Server options; two plugins setting one option is a start-up error. */
export function apolloOptions(plugins: GatewayPlugin[]): ApolloOptions {
  const merged: Record<string, unknown> = {};
  const setBy = new Map<string, string>();
  for (const plugin of plugins) {
    for (const [key, value] of Object.entries(plugin.apolloOptions ?? {})) {
      if (setBy.has(key)) throw new Error(`gateway plugins ${setBy.get(key)} and ${plugin.name} both set the Apollo Server option ${key}`);
      setBy.set(key, plugin.name);
      merged[key] = value;
    }
  }
  return merged as ApolloOptions;
}

// The class of client operations' contexts: Apollo Server copies the context per operation and
// keeps its prototype; the gateway's own subgraph calls (health checks) carry a plain object.
class ClientContext {}
const isClientOperation = (context: object) => context instanceof ClientContext;

/** One context per GraphQL request, each plugin adding its part in list order. */
export function contextBuilder(plugins: GatewayPlugin[]) {
  return async (http: Parameters<NonNullable<GatewayPlugin['context']>>[0]): Promise<GatewayContext> => {
    const context: Partial<GatewayContext> = new ClientContext();
    for (const plugin of plugins) if (plugin.context) Object.assign(context, await plugin.context(http));
    return context as GatewayContext;
  };
}

/** The plugins' subgraph hooks as the options of subgraph `name`'s data source; the gateway's own calls (health checks) skip them. */
export function dataSourceHooks(plugins: GatewayPlugin[], name = ''): Partial<RemoteGraphQLDataSource<GatewayContext>> {
  const hooks = plugins.flatMap((plugin) => (plugin.subgraphs ? [plugin.subgraphs] : []));
  const fetchers = plugins.filter((plugin) => plugin.subgraphs?.fetcher);
  if (fetchers.length > 1) throw new Error(`gateway plugins ${fetchers.map((p) => p.name).join(' and ')} both set the subgraph fetcher`);
  return {
    ...(fetchers[0] ? { fetcher: fetchers[0].subgraphs!.fetcher! } : {}),
    async willSendRequest({ request, context }) {
      if (!isClientOperation(context)) return;
      for (const hook of hooks) await hook.willSendRequest?.(request, context as GatewayContext, name);
    },
    didReceiveResponse({ response, context }) {
      if (!isClientOperation(context)) return response;
      for (const hook of hooks) hook.didReceiveResponse?.(response, context);
      return response;
    },
  };
}

type ProcessOptions = Parameters<RemoteGraphQLDataSource<GatewayContext>['process']>[0];

/**
 * ApolloGateway's data source with the plugins' `fetchFailed` hook: a fetch that failed without a
 * GraphQL answer is turned into the answer a plugin gives (useSubgraphOutage: field errors with
 * paths), for client operations only.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly onFailure: NonNullable<SubgraphHooks['fetchFailed']> | undefined;

  constructor(plugins: GatewayPlugin[], private readonly subgraph: string, config: Partial<RemoteGraphQLDataSource<GatewayContext>>) {
    super(config);
    const handlers = plugins.filter((plugin) => plugin.subgraphs?.fetchFailed);
    if (handlers.length > 1) throw new Error(`gateway plugins ${handlers.map((p) => p.name).join(' and ')} both handle failed subgraph fetches`);
    this.onFailure = handlers[0]?.subgraphs?.fetchFailed;
  }

  /** Errors of the fetch itself (no answer, an HTTP error, not JSON), as opposed to a hook's. */
  private readonly fetchErrors = new WeakSet<object>();

  override didEncounterError(error: Error): never {
    if (typeof error === 'object' && error !== null) this.fetchErrors.add(error);
    throw error;
  }

  override async process(options: ProcessOptions) {
    try {
      return await super.process(options);
    } catch (error) {
      const handle = this.onFailure;
      if (!handle || !isClientOperation(options.context) || !this.fetchErrors.has(error as object)) throw error;
      const answer = handle({ subgraph: this.subgraph, request: options.request, error }, options.context as GatewayContext);
      if (!answer) throw error;
      return answer;
    }
  }
}

/** Each plugin's `stop`, last plugin first; one failing does not keep the others open. */
export async function stopPlugins(plugins: GatewayPlugin[], logger: Logger): Promise<void> {
  for (const plugin of [...plugins].reverse()) {
    try {
      await plugin.stop?.();
    } catch (error) {
      logger.warn('gateway plugin did not stop cleanly', { plugin: plugin.name, error: error instanceof Error ? error.message : String(error) });
    }
  }
}
