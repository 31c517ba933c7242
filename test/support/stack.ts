import { createLogger, ManualClock, type Clock, type Logger } from '@appmarket/core';
import { migrateSubgraph, type ScratchDatabase } from '@appmarket/db';
import { createTestDatabase } from '@appmarket/db/src/testing';
import { peersFromMap, type RunningServer, type SubgraphModule } from '@appmarket/federation';
import { startGateway, type GatewayOptions, type RunningGateway } from '@appmarket/gateway';
import type { DataSource } from 'typeorm';
import { SUBGRAPHS } from '../../scripts/subgraphs';
import { composeSupergraph } from '../../scripts/contracts';
import { testGatewayAuth } from './identity';

export interface TestStack {
  clock: ManualClock;
  dataSources: Record<string, DataSource>;
  subgraphs: Record<string, RunningServer>;
  gateway: RunningGateway;
  /** POSTs a GraphQL request to the gateway; returns body and headers. */
  query<T = unknown>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  stop(): Promise<void>;
}

export interface GraphQLResponse<T> {
  status: number;
  body: { data?: T; errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[] };
  headers: Headers;
}

/**
 * The whole product in this process over real HTTP: a scratch database, every subgraph migrated
 * and listening on port 0, and the gateway over the freshly composed supergraph routed to them.
 */
export async function startTestStack(
  options: { clock?: Clock; gateway?: Partial<GatewayOptions>; subgraphs?: Partial<Record<string, SubgraphModule>>; logger?: Logger } = {},
): Promise<TestStack> {
  const clock = (options.clock as ManualClock | undefined) ?? new ManualClock('2026-11-01T09:00:00Z');
  const logger = options.logger ?? createLogger('test', 'error');
  const database: ScratchDatabase = await createTestDatabase();
  const dataSources: Record<string, DataSource> = {};
  const subgraphs: Record<string, RunningServer> = {};
  // Filled as the servers come up: a subgraph calls its peers only while serving requests.
  const peerUrls: Record<string, string> = {};
  const peers = peersFromMap(peerUrls);
  // A test may run a subgraph built with its own options (e.g. egress widened for a fake server on 127.0.0.1).
  for (const subgraph of SUBGRAPHS.map((s) => options.subgraphs?.[s.name] ?? s)) {
    const dataSource = await migrated(subgraph, database.url);
    dataSources[subgraph.name] = dataSource;
    subgraphs[subgraph.name] = await subgraph.start({ dataSource, port: 0, host: '127.0.0.1', clock, logger, peers });
    peerUrls[subgraph.name] = subgraphs[subgraph.name]!.url;
  }
  const gateway = await startGateway({
    supergraphSdl: composeSupergraph(),
    subgraphUrlOverrides: Object.fromEntries(
      Object.entries(subgraphs).map(([name, server]) => [name.toUpperCase().replace(/-/g, '_'), server.url]),
    ),
    logger,
    port: 0,
    host: '127.0.0.1',
    // Test JWTs, test install tokens and the test deployment's internal secret (identity.ts).
    ...testGatewayAuth(),
    // The Phone API's request windows run on the stack's clock, like everything else.
    clock,
    ...options.gateway,
  });
  return {
    clock,
    dataSources,
    subgraphs,
    gateway,
    query: (query, variables, headers) => postGraphQL(gateway.url, query, variables, headers),
    async stop() {
      await gateway.stop();
      for (const server of Object.values(subgraphs)) await server.stop();
      for (const dataSource of Object.values(dataSources)) await dataSource.destroy();
      await database.drop();
    },
  };
}

async function migrated(subgraph: SubgraphModule, url: string): Promise<DataSource> {
  const dataSource = subgraph.createDataSource(url, 4);
  await dataSource.initialize();
  await migrateSubgraph(dataSource, subgraph.dbSchema);
  return dataSource;
}

export async function postGraphQL<T>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLResponse<T>['body'], headers: response.headers };
}
