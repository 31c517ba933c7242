import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '@appmarket/core';
import express from 'express';
import type { GatewayContext, GatewayPlugin, SubgraphRequest, SubgraphResponse } from '../plugin';
import { apolloOptions, contextBuilder, dataSourceHooks, mountHttp, stopPlugins } from '../plugin-host';

/** How plugin-host.ts applies a plugin list: the contract feature plugins build on (docs/gateway.md, "Plugins"). */

const quietLogger = (): Logger & { warnings: unknown[] } => {
  const warnings: unknown[] = [];
  return { debug: () => undefined, info: () => undefined, warn: (msg, fields) => void warnings.push({ msg, ...fields }), error: () => undefined, warnings };
};

describe('Express stages', () => {
  it('run first → routes → graphql → Apollo Server → last, whatever the list order; within a stage, in list order', async () => {
    const seen: string[] = [];
    const step = (label: string) => (_req: unknown, _res: unknown, next: () => void) => {
      seen.push(label);
      next();
    };
    const plugins: GatewayPlugin[] = [
      { name: 'a', http: { last: (app) => app.use((_req, res) => void res.json(seen)), routes: (app) => app.use(step('a.routes')) } },
      { name: 'b', http: { graphql: (app) => app.use('/graphql', step('b.graphql')), first: (app) => app.use(step('b.first')) } },
      { name: 'c', http: { routes: (app) => app.use(step('c.routes')), first: (app) => app.use(step('c.first')) } },
    ];
    const app = express();
    mountHttp(app, plugins, step('apollo'));
    const server = createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`);
      expect(await response.json()).toEqual(['b.first', 'c.first', 'a.routes', 'c.routes', 'b.graphql', 'apollo']);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('Apollo Server options', () => {
  it('are merged from the plugins; two plugins setting one option fail the start, naming both', () => {
    const formatError = (e: { message: string }) => e;
    expect(apolloOptions([{ name: 'x', apolloOptions: { allowBatchedHttpRequests: true } }, { name: 'y', apolloOptions: { formatError } }])).toEqual({
      allowBatchedHttpRequests: true,
      formatError,
    });
    expect(() => apolloOptions([{ name: 'x', apolloOptions: { formatError } }, { name: 'y', apolloOptions: { formatError } }])).toThrow(
      'gateway plugins x and y both set the Apollo Server option formatError',
    );
  });
});

describe('context and subgraph hooks', () => {
  const request = () => ({ http: { method: 'POST', url: 'http://s/graphql', headers: new Headers() } }) as unknown as SubgraphRequest;
  const response = (sql: string) => ({ http: { headers: new Headers({ 'x-sql-statements': sql }) } }) as unknown as SubgraphResponse;

  it('each plugin adds its part of the context, in list order (a later plugin wins a shared key)', async () => {
    const build = contextBuilder([
      { name: 'a', context: () => ({ requestId: 'r-1', sqlStatements: { count: 0 } }) },
      { name: 'b' },
      { name: 'c', context: async () => ({ requestId: 'r-2' }) },
    ]);
    expect(await build({ req: {} as never, res: {} as never })).toEqual({ requestId: 'r-2', sqlStatements: { count: 0 } });
  });

  it('run for client operations (also on the copy Apollo Server makes of the context), never for the gateway\'s own calls', async () => {
    const sent: string[] = [];
    const hooks = dataSourceHooks([
      {
        name: 'headers',
        subgraphs: {
          willSendRequest: (req, context) => void sent.push(`${context.requestId}:${req.http?.method}`),
          didReceiveResponse: (res, context) => void (context.sqlStatements.count += Number(res.http?.headers.get('x-sql-statements'))),
        },
      },
    ]);
    const context = await contextBuilder([{ name: 'ctx', context: () => ({ requestId: 'r-1', sqlStatements: { count: 0 } }) }])({ req: {} as never, res: {} as never });
    const copy = Object.assign(Object.create(Object.getPrototypeOf(context) as object) as object, context) as GatewayContext; // as Apollo Server does
    const asOptions = (ctx: object) => ({ request: request(), context: ctx, kind: 'incoming operation' }) as never;
    await hooks.willSendRequest!(asOptions(copy));
    await hooks.didReceiveResponse!({ response: response('3'), request: request(), context: copy } as never);
    await hooks.willSendRequest!(asOptions({})); // a health check
    await hooks.didReceiveResponse!({ response: response('5'), request: request(), context: {} } as never);
    expect(sent).toEqual(['r-1:POST']);
    expect(context.sqlStatements.count).toBe(3);
  });

  it('one plugin at most sets the subgraph fetcher', () => {
    const fetcher = (async () => undefined) as never;
    expect(dataSourceHooks([{ name: 'x', subgraphs: { fetcher } }]).fetcher).toBe(fetcher);
    expect(() => dataSourceHooks([{ name: 'x', subgraphs: { fetcher } }, { name: 'y', subgraphs: { fetcher } }])).toThrow(
      'gateway plugins x and y both set the subgraph fetcher',
    );
  });
});

describe('stop', () => {
  it('stops the plugins last first; one that fails is logged and the others still stop', async () => {
    const stopped: string[] = [];
    const logger = quietLogger();
    await stopPlugins(
      [
        { name: 'a', stop: () => void stopped.push('a') },
        { name: 'b', stop: async () => { throw new Error('redis gone'); } },
        { name: 'c', stop: async () => void stopped.push('c') },
      ],
      logger,
    );
    expect(stopped).toEqual(['c', 'a']);
    expect(logger.warnings).toEqual([{ msg: 'gateway plugin did not stop cleanly', plugin: 'b', error: 'redis gone' }]);
  });
});
