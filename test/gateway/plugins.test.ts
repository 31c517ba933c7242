import { createLogger } from '@appmarket/core';
import { startGateway, type GatewayPlugin } from '@appmarket/gateway';
import { startFakeGraph, type FakeGraph } from '../support/gateway-factories';
import { gatewayHeadersFor, testGatewayAuth } from '../support/identity';
import { postGraphQL } from '../support/stack';

/**
 * A plugin given in `GatewayOptions.plugins` is wired like the built-in ones (docs/gateway.md,
 * "Plugins"): its route, its Apollo Server hooks with the context the built-in plugins build, its
 * subgraph hook, its line on "gateway ready", its stop; and a gateway that fails to start stops
 * every plugin it made.
 */
describe('a plugin from GatewayOptions.plugins', () => {
  let graph: FakeGraph;
  const subgraphCalls: string[] = [];
  let stopped = 0;
  const probe: GatewayPlugin = {
    name: 'probe',
    http: { routes: (app) => app.get('/probe', (_req, res) => void res.json({ probe: true })) },
    apollo: {
      async requestDidStart() {
        return {
          async willSendResponse({ response, contextValue }) {
            response.http.headers.set('x-probe', `${contextValue.requestId}/${contextValue.caller.identity.kind}`);
          },
        };
      },
    },
    subgraphs: { willSendRequest: (request, context) => void subgraphCalls.push(`${context.requestId} ${request.http?.url}`) },
    started: () => ({ probe: 'ready' }),
    stop: () => void stopped++,
  };

  beforeAll(async () => {
    graph = await startFakeGraph({ plugins: [probe] });
  });
  afterAll(() => graph?.stop());

  it('mounts its route', async () => {
    const response = await fetch(graph.gateway.url.replace(/\/graphql$/, '/probe'));
    expect(await response.json()).toEqual({ probe: true });
  });

  it('sees the context the built-in plugins built (request id, verified caller) and each subgraph call', async () => {
    const response = await postGraphQL(graph.gateway.url, '{ whoami }', undefined, { 'x-request-id': 'req-probe-1', ...gatewayHeadersFor({ kind: 'moderator', moderatorId: 'm-1' }) });
    expect(response.body.errors).toBeUndefined();
    expect(response.headers.get('x-probe')).toBe('req-probe-1/moderator');
    expect(subgraphCalls).toEqual([`req-probe-1 ${graph.records.url}`]);
  });

  it('adds its fields to the "gateway ready" log line', () => {
    expect(graph.logs.find((line) => line.msg === 'gateway ready')?.fields).toMatchObject({ probe: 'ready', registeredOperations: 0 });
  });

  it('a gateway that fails to start stops the plugins it made (theirs included)', async () => {
    const before = stopped;
    const failing: GatewayPlugin = { name: 'failing', started: () => { throw new Error('cannot start'); } };
    await expect(
      startGateway({ supergraphSdl: graph.supergraphSdl, logger: createLogger('gateway-test', 'error'), port: 0, host: '127.0.0.1', ...testGatewayAuth(), plugins: [probe, failing] }),
    ).rejects.toThrow('cannot start');
    expect(stopped).toBe(before + 1);
  });
});
