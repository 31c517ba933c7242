import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { metricsRegistry } from '@appmarket/telemetry';
import { inflightKey, InflightFetches, type RawAnswer } from '../inflight-fetches';
import { createSubgraphFetcher } from '../subgraph-fetcher';

/**
 * Issue 17, item 4 (stampede protection): identical query fetches in flight share one subgraph
 * request; mutations, other callers and other queries never do. A slow local "subgraph" counts
 * what reaches it and answers with a per-request serial, so a shared answer is visible.
 */
describe('identical subgraph query fetches in flight share one request', () => {
  let server: Server;
  let url: string;
  let seen: { body: string; identity: string | undefined }[] = [];
  let release: () => void = () => undefined;
  let gate: Promise<void> = Promise.resolve();

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', async () => {
        seen.push({ body, identity: req.headers['x-appmarket-identity'] as string | undefined });
        const serial = seen.length;
        await gate;
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ data: { serial } }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => {
    seen = [];
    gate = new Promise((resolve) => (release = resolve));
  });

  const QUERY = JSON.stringify({ query: 'query Storefront__catalog__0{storefront{edges{node{id}}}}', variables: {} });
  const MUTATION = JSON.stringify({ query: 'mutation Install__accounts__0($id:ID!){installApp(appId:$id){install{id}}}', variables: { id: 'a' } });
  const post = (fetcher: ReturnType<typeof createSubgraphFetcher>, body: string, headers: Record<string, string>) =>
    fetcher(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body }).then((r) => r.json() as Promise<{ data: { serial: number } }>);

  it('five identical queries of one caller reach the subgraph once and all read its answer; each parses its own copy', async () => {
    const fetcher = createSubgraphFetcher({ timeoutMs: 5_000, deduplicate: true, subgraphOf: () => 'catalog' });
    const answers = Promise.all([1, 2, 3, 4, 5].map((i) => post(fetcher, QUERY, { 'x-appmarket-identity': 'caller-a', 'x-request-id': `r${i}`, traceparent: `00-${i}` })));
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();
    const results = await answers;
    expect(seen).toHaveLength(1);
    expect(results.map((r) => r.data.serial)).toEqual([1, 1, 1, 1, 1]);
    expect(new Set(results).size).toBe(5);
    expect(await metricsRegistry.getSingleMetricAsString('appmarket_subgraph_fetches_shared_total')).toMatch(/subgraph="catalog"} [4-9]/);
    await fetcher.close();
  });

  it('mutations, other callers, other queries and a fetch after the answer each reach the subgraph', async () => {
    const fetcher = createSubgraphFetcher({ timeoutMs: 5_000, deduplicate: true });
    const pending = Promise.all([
      post(fetcher, MUTATION, { 'x-appmarket-identity': 'caller-a' }),
      post(fetcher, MUTATION, { 'x-appmarket-identity': 'caller-a' }),
      post(fetcher, QUERY, { 'x-appmarket-identity': 'caller-a' }),
      post(fetcher, QUERY, { 'x-appmarket-identity': 'caller-b' }),
      post(fetcher, QUERY.replace('Storefront', 'Other'), { 'x-appmarket-identity': 'caller-a' }),
    ]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();
    await pending;
    expect(seen.map((s) => [s.body.includes('mutation'), s.identity])).toEqual(expect.arrayContaining([[true, 'caller-a'], [true, 'caller-a'], [false, 'caller-b']]));
    expect(seen).toHaveLength(5);
    await post(fetcher, QUERY, { 'x-appmarket-identity': 'caller-a' });
    expect(seen).toHaveLength(6);
    await fetcher.close();
  });

  it('off, every fetch reaches the subgraph', async () => {
    const fetcher = createSubgraphFetcher({ timeoutMs: 5_000 });
    const pending = Promise.all([1, 2, 3].map(() => post(fetcher, QUERY, { 'x-appmarket-identity': 'caller-a' })));
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();
    await pending;
    expect(seen).toHaveLength(3);
    await fetcher.close();
  });

  it('keys: the caller and every header but tracing ones count; a mutation or a body-less fetch has no key', () => {
    const a = inflightKey(url, { 'x-appmarket-identity': 'a', 'x-request-id': '1', traceparent: 't1' }, QUERY);
    expect(inflightKey(url, { 'X-Request-Id': '2', 'x-appmarket-identity': 'a', traceparent: 't2' }, QUERY)).toBe(a);
    expect(inflightKey(url, { 'x-appmarket-identity': 'b' }, QUERY)).not.toBe(a);
    expect(inflightKey(url, { 'x-appmarket-identity': 'a', 'x-appmarket-sql-statements': '1' }, QUERY)).not.toBe(a);
    expect(inflightKey(url, {}, MUTATION)).toBeNull();
    expect(inflightKey(url, {}, undefined)).toBeNull();
  });

  // Issue 17, memory soak: nothing is kept per fetch once it settled, answered or failed.
  it('forgets every fetch once it settled, answered or failed, with its waiters', async () => {
    const inflight = new InflightFetches();
    const answer: RawAnswer = { status: 200, headers: {}, text: '{}' };
    let fail: (error: Error) => void = () => undefined;
    const failing = new Promise<RawAnswer>((_, reject) => (fail = reject));
    const runs = [
      ...[1, 2, 3].map(() => inflight.run('answered', async () => answer, () => undefined)),
      ...[1, 2].map(() => inflight.run('failed', () => failing, () => undefined).catch((error: Error) => error)),
    ];
    expect(inflight.size).toBe(2);
    fail(new Error('subgraph down'));
    const settled = await Promise.all(runs);
    expect(settled.slice(0, 3)).toEqual([answer, answer, answer]);
    expect(settled.slice(3).map((e) => (e as Error).message)).toEqual(['subgraph down', 'subgraph down']);
    expect(inflight.size).toBe(0);
  });
});
