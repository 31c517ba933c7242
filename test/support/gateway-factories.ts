import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { composeServices } from '@apollo/composition';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { createLogger, type Logger } from '@appmarket/core';
import { federationPreamble, startSubgraphServer, type BaseContext, type RunningServer } from '@appmarket/federation';
import { startGateway, type GatewayOptions, type RunningGateway } from '@appmarket/gateway';
import { parse } from 'graphql';
import { testGatewayAuth } from './identity';

/**
 * A small federated graph for the gateway's own tests: a `records` subgraph whose fields carry
 * `@requiresPermission`, built through packages/federation like every subgraph (signed identity
 * header checked), and a `broken` subgraph whose URL answers garbage (masked errors).
 */
const RECORDS_SDL = `
type Query {
  whoami: String!
  calls: [Call!]!
  boom: String
  call(id: ID!): Call
}
type Call {
  id: ID!
  number: String @requiresPermission(entity: "calls", operation: VIEW)
  recording: String @requiresPermission(entity: "calls", operation: PRINT)
  transcript(language: String): String @requiresPermission(entity: "calls", operation: PRINT)
  install: Install
}
type Install @key(fields: "id") {
  id: ID!
  settings: String @requiresPermission(entity: "installs", operation: UPDATE)
}
`;
const BROKEN_SDL = 'type Query { broken: String }';

export const CALLS = [
  { id: 'c1', number: '+7 900 000-00-01', recording: 'r1', install: { id: 'i1', settings: 's1' } },
  { id: 'c2', number: '+7 900 000-00-02', recording: 'r2', install: { id: 'i2', settings: 's2' } },
];

export interface LoggedLine {
  level: string;
  msg: string;
  fields: Record<string, unknown>;
}

export interface FakeGraph {
  gateway: RunningGateway;
  records: RunningServer;
  supergraphSdl: string;
  logs: LoggedLine[];
  stop(): Promise<void>;
}

function capturingLogger(lines: LoggedLine[]): Logger {
  const quiet = createLogger('gateway-test', 'error');
  const at = (level: string) => (msg: string, fields: Record<string, unknown> = {}) => {
    lines.push({ level, msg, fields });
    if (level === 'debug') quiet.debug(msg, fields);
  };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

const typeDefsOf = (sdl: string) => parse(`${federationPreamble(sdl)}\n${sdl}`);

export async function startFakeGraph(options: Partial<GatewayOptions> = {}): Promise<FakeGraph> {
  const logs: LoggedLine[] = [];
  const logger = capturingLogger(logs);
  const records = await startSubgraphServer<BaseContext>(
    {
      name: 'records',
      logger,
      schema: buildSubgraphSchema({
        typeDefs: typeDefsOf(RECORDS_SDL),
        resolvers: {
          Query: {
            whoami: (_: unknown, __: unknown, ctx: BaseContext) => JSON.stringify(ctx.identity),
            calls: () => CALLS,
            call: (_: unknown, args: { id: string }) => CALLS.find((c) => c.id === args.id) ?? null,
            boom: () => {
              throw new Error('connection string postgres://secret@db leaked');
            },
          },
          Call: { transcript: (_: unknown, args: { language?: string }) => `transcript (${args.language ?? 'ru'})` },
          Install: { __resolveReference: (ref: { id: string }) => CALLS.find((c) => c.install.id === ref.id)?.install },
        } as never,
      }),
      createContext: (base) => base,
    },
    0,
    '127.0.0.1',
  );
  const garbage: Server = createServer((_req, res) => {
    res.writeHead(500, { 'content-type': 'text/plain' });
    res.end('<html>proxy error at 10.0.0.7</html>');
  });
  await new Promise<void>((resolve) => garbage.listen(0, '127.0.0.1', resolve));
  const garbageUrl = `http://127.0.0.1:${(garbage.address() as AddressInfo).port}/graphql`;
  const composed = composeServices([
    { name: 'records', url: records.url, typeDefs: typeDefsOf(RECORDS_SDL) },
    { name: 'broken', url: garbageUrl, typeDefs: typeDefsOf(BROKEN_SDL) },
  ]);
  if (composed.errors) throw new Error(composed.errors.map((e) => e.message).join('\n'));
  const gateway = await startGateway({
    supergraphSdl: composed.supergraphSdl,
    logger,
    port: 0,
    host: '127.0.0.1',
    ...testGatewayAuth(),
    ...options,
  });
  return {
    gateway,
    records,
    supergraphSdl: composed.supergraphSdl,
    logs,
    async stop() {
      await gateway.stop();
      await records.stop();
      await new Promise((resolve) => garbage.close(resolve));
    },
  };
}
