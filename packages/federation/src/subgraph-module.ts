import type { Clock, Logger } from '@appmarket/core';
import type { Express } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import type { PeerDirectory } from './peers';
import { startSubgraphServer, type BaseContext, type RunningServer } from './subgraph-server';

/**
 * What every subgraph package exports, so that `npm start`, `npm run migrate`, the schema printer
 * and the end-to-end tests treat the four subgraphs alike.
 */
export interface SubgraphModule {
  /** The name in supergraph.yaml. */
  name: string;
  /** The Postgres schema the subgraph owns. */
  dbSchema: string;
  /** Env variable of the subgraph's port, and the port when it is unset. */
  portEnv: string;
  defaultPort: number;
  buildSchema(): Promise<GraphQLSchema>;
  createDataSource(url: string, poolSize?: number): DataSource;
  start(deps: SubgraphDeps): Promise<RunningServer>;
  /** Fills empty tables with the subgraph's part of the demo data; says what it did. */
  seedDemoData(dataSource: DataSource): Promise<string>;
}

export interface SubgraphDeps {
  dataSource: DataSource;
  port: number;
  host?: string;
  clock: Clock;
  logger: Logger;
  /** URLs of the other subgraphs, for explicit internal calls (see peers.ts). */
  peers: PeerDirectory;
}

export interface SubgraphDefinition<TContext extends BaseContext> extends Omit<SubgraphModule, 'start'> {
  /** Builds the long-lived services once and returns the per-request context factory. */
  createContextFactory(deps: SubgraphDeps): (base: BaseContext) => TContext | Promise<TContext>;
  /** Optional extra routes beside /graphql (see SubgraphServerOptions.routes). */
  routes?(app: Express, deps: SubgraphDeps): void | (() => Promise<void>);
  /** Optional background work (a job queue) started before serving; what it returns stops it. */
  background?(deps: SubgraphDeps): Promise<() => Promise<void>>;
}

/** Turns a subgraph's parts into a SubgraphModule whose `start` serves it over HTTP. */
export function defineSubgraph<TContext extends BaseContext>(definition: SubgraphDefinition<TContext>): SubgraphModule {
  const { createContextFactory, routes, background: _background, ...rest } = definition;
  return {
    ...rest,
    async start(deps) {
      const stopBackground = await definition.background?.(deps);
      const server = await startSubgraphServer(
        {
          name: definition.name,
          schema: await definition.buildSchema(),
          logger: deps.logger,
          createContext: createContextFactory(deps),
          healthCheck: async () => void (await deps.dataSource.query('SELECT 1')),
          routes: routes && ((app) => routes(app, deps)),
        },
        deps.port,
        deps.host,
      ).catch(async (error: unknown) => {
        await stopBackground?.(); // no half-started process: the queue stops with the failed server
        throw error;
      });
      if (!stopBackground) return server;
      return {
        ...server,
        stop: async () => {
          await server.stop();
          await stopBackground();
        },
      };
    },
  };
}
