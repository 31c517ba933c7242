import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { createLogger, ManualClock } from '@appmarket/core';
import { sha256Hex } from '@appmarket/gateway';
import { MemoryLimitStore, RedisLimitStore } from '@appmarket/gateway/src/phone-api/limit-store';
import { PhoneLimits, type Admission } from '@appmarket/gateway/src/phone-api/phone-limits';
import { RedisConnection } from '@appmarket/gateway/src/redis/redis-connection';
import { startFakeGraph, type FakeGraph, type LoggedLine } from '../support/gateway-factories';
import { describeWithRedis, RedisProxy } from '../support/redis';

/**
 * Issue 20, item 2: a Redis outage costs at most one short round trip, never an error. APQ falls
 * back to the process's memory (an unknown hash is PERSISTED_QUERY_NOT_FOUND, never 500), the Phone
 * API's limits to a limiter per process, /health says `redis: "degraded"`, and the log has one
 * line per change of state, not one per reconnect. Redis is the machine's, behind a proxy the test
 * cuts (support/redis.ts); keys in DB 13, queries made unique per run.
 */
const DB = 13;
const REGISTERED = 'query Calls { calls { id number } }';

type Body = { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
const apq = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });

async function post(graph: FakeGraph, body: unknown): Promise<{ status: number; body: Body }> {
  const response = await fetch(graph.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as Body };
}
const health = async (graph: FakeGraph) => (await (await fetch(graph.gateway.url.replace(/\/graphql$/, '/health'))).json()) as { status: string; redis?: string };
const redisLines = (logs: LoggedLine[]) => logs.filter((l) => /^redis /.test(l.msg)).map((l) => `${l.level} ${l.msg}`);

async function until(what: string, check: () => Promise<boolean> | boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describeWithRedis('test/gateway/redis-outage.test.ts')('a Redis outage, as two gateway replicas see it', () => {
  const proxy = new RedisProxy();
  let a: FakeGraph;
  let b: FakeGraph;
  let consoleErrors: jest.SpyInstance;
  beforeAll(async () => {
    consoleErrors = jest.spyOn(console, 'error');
    await proxy.start();
    const dir = mkdtempSync(path.join(tmpdir(), 'manifests-'));
    writeFileSync(
      path.join(dir, 'partner-crm.json'),
      JSON.stringify({ format: 'apollo-persisted-query-manifest', version: 1, operations: [{ id: sha256Hex(REGISTERED), name: 'Calls', type: 'query', body: REGISTERED }] }),
    );
    a = await startFakeGraph({ redisUrl: proxy.url(DB), persistedQueriesDir: dir });
    b = await startFakeGraph({ redisUrl: proxy.url(DB), persistedQueriesDir: dir });
    await until('both connected', async () => (await health(a)).redis === 'ok' && (await health(b)).redis === 'ok');
  });
  afterAll(async () => {
    await a?.stop();
    await b?.stop();
    await proxy.stop();
    consoleErrors.mockRestore();
  });

  const unique = () => `{ calls { id } __typename } # ${randomUUID()}`;

  it('with Redis up, APQ is shared: a query registered on one replica runs by hash on the other', async () => {
    const query = unique();
    expect((await post(a, { query, extensions: apq(sha256Hex(query)) })).body.errors).toBeUndefined();
    expect((await post(b, { extensions: apq(sha256Hex(query)) })).body).toEqual({ data: { calls: [{ id: 'c1' }, { id: 'c2' }], __typename: 'Query' } });
    expect(await health(a)).toEqual({ status: 'ok', service: 'gateway', redis: 'ok' });
  });

  describe('Redis stopped (connections refused)', () => {
    const before = unique();
    beforeAll(async () => {
      await post(a, { query: before, extensions: apq(sha256Hex(before)) });
      proxy.setMode('refuse');
      await until('a sees the outage', async () => (await health(a)).redis === 'degraded');
    });

    it('an unknown hash is PERSISTED_QUERY_NOT_FOUND (200), never 500, on both replicas', async () => {
      for (const graph of [a, b]) {
        const miss = await post(graph, { extensions: apq(sha256Hex(unique())) });
        expect({ status: miss.status, codes: miss.body.errors?.map((e) => e.extensions?.code) }).toEqual({ status: 200, codes: ['PERSISTED_QUERY_NOT_FOUND'] });
      }
    });

    it('the APQ round trip still works within a replica (its memory); registered operations and queries it saw before still run', async () => {
      const query = unique();
      expect((await post(b, { query, extensions: apq(sha256Hex(query)) })).body.errors).toBeUndefined();
      expect((await post(b, { extensions: apq(sha256Hex(query)) })).body.data).toEqual({ calls: [{ id: 'c1' }, { id: 'c2' }], __typename: 'Query' });
      expect((await post(a, { extensions: apq(sha256Hex(REGISTERED)) })).body.data).toEqual({ calls: [{ id: 'c1', number: null }, { id: 'c2', number: null }] });
      expect((await post(a, { extensions: apq(sha256Hex(before)) })).body.errors).toBeUndefined();
    });

    it('/health stays 200 "ok" and says redis is degraded', async () => {
      const response = await fetch(a.gateway.url.replace(/\/graphql$/, '/health'));
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: 'ok', service: 'gateway', redis: 'degraded' });
    });

    it('one log line for the outage however often ioredis reconnects, and no "Unhandled error event"', async () => {
      const attempts = proxy.connections;
      await until('three more reconnects', () => proxy.connections >= attempts + 6);
      expect(redisLines(a.logs)).toEqual(['info redis connected', 'warn redis unreachable']);
      expect(redisLines(b.logs)).toEqual(['info redis connected', 'warn redis unreachable']);
      expect(consoleErrors.mock.calls.filter((c) => /Unhandled error event/.test(String(c[0])))).toEqual([]);
    });

    it('Redis back: one line each, /health ok, and APQ shared again', async () => {
      proxy.setMode('pass');
      await until('both reconnected', async () => (await health(a)).redis === 'ok' && (await health(b)).redis === 'ok');
      expect(redisLines(a.logs)).toEqual(['info redis connected', 'warn redis unreachable', 'info redis reachable again']);
      const query = unique();
      await post(b, { query, extensions: apq(sha256Hex(query)) });
      expect((await post(a, { extensions: apq(sha256Hex(query)) })).body.errors).toBeUndefined();
    });
  });

  it('a partition (connections open, nothing answers): the first command times out, then APQ answers from memory', async () => {
    proxy.setMode('blackhole');
    try {
      const miss = await post(a, { extensions: apq(sha256Hex(unique())) });
      expect({ status: miss.status, codes: miss.body.errors?.map((e) => e.extensions?.code) }).toEqual({ status: 200, codes: ['PERSISTED_QUERY_NOT_FOUND'] });
      expect((await health(a)).redis).toBe('degraded');
      const again = await post(a, { extensions: apq(sha256Hex(unique())) });
      expect(again.body.errors?.map((e) => e.extensions?.code)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
      expect(redisLines(a.logs).slice(-1)).toEqual(['warn redis unreachable']);
    } finally {
      proxy.setMode('pass');
    }
    await until('a reconnected', async () => (await health(a)).redis === 'ok');
  });
});

describeWithRedis('test/gateway/redis-outage.test.ts')('the Phone API limits through a Redis outage (fail open to a limiter per process)', () => {
  const proxy = new RedisProxy();
  const quiet = createLogger('test', 'error');
  let connection: RedisConnection;
  beforeAll(async () => {
    await proxy.start();
    connection = new RedisConnection(proxy.url(DB), quiet);
    expect(await connection.connect()).toBe('up');
  });
  afterAll(async () => {
    await connection?.close();
    await proxy.stop();
  });

  it('with Redis down, each replica still holds 100 requests per 5 s per key on its own; no request fails', async () => {
    const clock = new ManualClock('2026-11-01T09:00:00Z');
    const store = new RedisLimitStore(connection, new MemoryLimitStore(() => clock.now().getTime()));
    const limits = new PhoneLimits(store, clock, quiet);
    const key = `install:${randomUUID()}`;
    const admitted = async () => {
      const admission: Admission = await limits.admit(key, '198.51.100.7');
      if (admission.admitted) admission.leave();
      return admission.admitted;
    };
    for (let i = 0; i < 40; i++) expect(await admitted()).toBe(true); // counted in Redis
    proxy.setMode('refuse');
    await until('down', () => connection.state === 'down');
    let passed = 0;
    for (let i = 0; i < 140; i++) if (await admitted()) passed += 1;
    expect(passed).toBe(100); // this process's own window, from zero
    clock.advance(5000);
    expect(await admitted()).toBe(true);
    proxy.setMode('pass');
    await until('up', () => connection.state === 'up');
  });

  it('a slot taken while Redis was down is released in this process, not in Redis', async () => {
    const clock = new ManualClock('2026-11-01T09:00:00Z');
    const limits = new PhoneLimits(new RedisLimitStore(connection, new MemoryLimitStore(() => clock.now().getTime())), clock, quiet);
    const key = `install:${randomUUID()}`;
    proxy.setMode('refuse');
    await until('down', () => connection.state === 'down');
    const held = await Promise.all(Array.from({ length: 5 }, () => limits.admit(key, '198.51.100.8')));
    expect(held.every((h) => h.admitted)).toBe(true);
    expect((await limits.admit(key, '198.51.100.8')).admitted).toBe(false);
    (held[0] as Extract<Admission, { admitted: true }>).leave();
    await new Promise((resolve) => setImmediate(resolve));
    expect((await limits.admit(key, '198.51.100.8')).admitted).toBe(true);
    proxy.setMode('pass');
    await until('up', () => connection.state === 'up');
  });
});
