import { sha256Hex } from '@appmarket/gateway';
import { startFakeGraph, type FakeGraph } from '../support/gateway-factories';
import { gatewayHeadersFor } from '../support/identity';

/**
 * Issue 14, item 3: every client error answers 4xx with its own code; 5xx is for our own faults.
 * The cases the issue measured answering 500 or INTERNAL_SERVER_ERROR.
 */
describe('client errors answer 4xx with their own code', () => {
  let graph: FakeGraph;
  beforeAll(async () => {
    graph = await startFakeGraph();
  });
  afterAll(() => graph?.stop());

  const send = async (body: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(graph.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
    return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] } };
  };
  const TWO = 'query A { whoami } query B { calls { id } }';

  it.each([
    ['no operationName for a document with two operations', { query: TWO }],
    ['an operationName the document does not define', { query: TWO, operationName: 'C' }],
    ['an operationName for a one-operation document that names another', { query: 'query A { whoami }', operationName: 'B' }],
  ])('%s: 400 OPERATION_RESOLUTION_FAILURE', async (_, body) => {
    const response = await send(body);
    expect(response.status).toBe(400);
    expect(response.body.errors?.map((e) => e.extensions?.code)).toEqual(['OPERATION_RESOLUTION_FAILURE']);
    expect(response.body.data).toBeUndefined();
    expect((await send({ ...body, operationName: 'A' })).body).toEqual({ data: { whoami: expect.any(String) } });
  });

  it('APQ version 2: 400 PERSISTED_QUERY_VERSION_NOT_SUPPORTED', async () => {
    const query = '{ whoami }';
    const response = await send({ query, extensions: { persistedQuery: { version: 2, sha256Hash: sha256Hex(query) } } });
    expect(response.status).toBe(400);
    expect(response.body.errors?.map((e) => e.extensions?.code)).toEqual(['PERSISTED_QUERY_VERSION_NOT_SUPPORTED']);
  });

  it.each([
    ['the hash of another query', sha256Hex('{ calls { id } }')],
    ['not a SHA-256 at all', 'not-a-hash'],
    ['a number', 42],
  ])('an APQ hash that does not match its query (%s): 400 PERSISTED_QUERY_HASH_MISMATCH, nothing stored', async (_, hash) => {
    const response = await send({ query: '{ whoami }', extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
    expect(response.status).toBe(400);
    expect(response.body.errors?.map((e) => e.extensions?.code)).toEqual(['PERSISTED_QUERY_HASH_MISMATCH']);
    if (typeof hash === 'string' && /^[0-9a-f]{64}$/.test(hash)) {
      const byHash = await send({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
      expect(byHash.body.errors?.map((e) => e.extensions?.code)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    }
  });

  it('the APQ protocol itself still works: a miss, the text with its hash, then the hash alone', async () => {
    const query = '{ calls { id } }';
    const extensions = { persistedQuery: { version: 1, sha256Hash: sha256Hex(query) } };
    expect((await send({ extensions }, gatewayHeadersFor({ kind: 'moderator', moderatorId: 'm' }))).body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect((await send({ query, extensions })).status).toBe(200);
    expect((await send({ extensions })).body).toEqual({ data: { calls: [{ id: 'c1' }, { id: 'c2' }] } });
  });
});
