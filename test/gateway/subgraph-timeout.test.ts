import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startFakeGraph, type FakeGraph } from '../support/gateway-factories';
import { postGraphQL } from '../support/stack';

/**
 * GATEWAY_SUBGRAPH_TIMEOUT_MS: a subgraph that accepts the connection and never answers must not
 * hold the client's request (and a gateway socket) for ever: the fetch fails after the timeout,
 * the client gets its field null with UPSTREAM_TIMEOUT at its path (useSubgraphOutage), the log
 * names the cause.
 */
describe('a subgraph that never answers', () => {
  let graph: FakeGraph;
  let silent: Server;
  const hanging = new Set<import('node:http').ServerResponse>();

  beforeAll(async () => {
    silent = createServer((_req, res) => void hanging.add(res)); // reads the request, never answers
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/graphql`;
    graph = await startFakeGraph({ subgraphUrlOverrides: { BROKEN: url }, subgraphTimeoutMs: 300 });
  });
  afterAll(async () => {
    await graph?.stop();
    for (const res of hanging) res.destroy();
    await new Promise((resolve) => silent?.close(resolve));
  });

  it('fails the fetch after subgraphTimeoutMs: the field is null with UPSTREAM_TIMEOUT at its path, the timeout in the log', async () => {
    const response = await postGraphQL(graph.gateway.url, '{ broken }', undefined, { 'x-request-id': 'req-timeout-1' });
    expect(hanging.size).toBe(1); // the subgraph did receive the fetch
    expect(response.body).toEqual({
      data: { broken: null },
      errors: [{ message: expect.stringContaining('did not answer in time'), path: ['broken'], extensions: { code: 'UPSTREAM_TIMEOUT', serviceName: 'broken' } }],
    });
    expect(JSON.stringify(response.body)).not.toMatch(/127\.0\.0\.1|http:/);
    const logged = graph.logs.find((l) => l.level === 'error' && l.fields.requestId === 'req-timeout-1');
    expect(JSON.stringify(logged)).toMatch(/timeout/i);
  });
});

/**
 * Only a failed fetch is an outage: an error a plugin's own `willSendRequest` throws before the
 * fetch (say, the identity header cannot be signed) is our fault, masked as INTERNAL_SERVER_ERROR.
 */
describe('an error before the fetch is not an outage', () => {
  let graph: FakeGraph;
  beforeAll(async () => {
    graph = await startFakeGraph({
      plugins: [{ name: 'failing-hook', subgraphs: { willSendRequest(_request, _context, subgraph) {
        if (subgraph === 'records') throw new Error('cannot sign for records');
      } } }],
    });
  });
  afterAll(() => graph?.stop());

  it('answers INTERNAL_SERVER_ERROR with the request id, not UPSTREAM_UNAVAILABLE', async () => {
    const response = await postGraphQL(graph.gateway.url, '{ boom }', undefined, { 'x-request-id': 'req-hook-1' });
    expect(response.body.errors).toEqual([
      expect.objectContaining({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-hook-1' } }),
    ]);
  });
});
