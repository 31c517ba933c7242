import { createServer } from 'node:net';
import type { Logger } from '@appmarket/core';
import { MemoryLimitStore, RedisLimitStore } from '../phone-api/limit-store';
import { RedisConnection, type RedisUse } from '../redis/redis-connection';
import { SharedCache } from '../redis/shared-cache';

/**
 * A Redis that is not there (a port nobody listens on): everything the gateway keeps in Redis
 * answers from memory, nothing throws, one log line says so, and the metric hooks see it. Needs no
 * Redis; the outage of a real one: test/gateway/redis-outage.test.ts.
 */
const closedPort = () =>
  new Promise<number>((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

const logger = () => {
  const lines: string[] = [];
  const at = (level: string) => (msg: string) => void lines.push(`${level} ${msg}`);
  return { lines, logger: { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') } as Logger };
};

describe('RedisConnection to a Redis that is not there', () => {
  let connection: RedisConnection;
  const log = logger();
  const fallbacks: RedisUse[] = [];
  const changes: string[] = [];
  beforeAll(async () => {
    connection = new RedisConnection(`redis://127.0.0.1:${await closedPort()}`, log.logger);
    connection.onFallback((use) => fallbacks.push(use));
    connection.onChange((state, previous) => changes.push(`${previous}→${state}`));
    expect(await connection.connect()).toBe('down');
  });
  afterAll(() => connection.close());

  it('APQ: a miss, never an error; what this process stored it still finds', async () => {
    const cache = new SharedCache(connection);
    await expect(cache.get('apq:unknown')).resolves.toBeUndefined();
    await cache.set('apq:known', '{ __typename }', { ttl: 60 });
    await expect(cache.get('apq:known')).resolves.toBe('{ __typename }');
    await expect(cache.delete('apq:known')).resolves.toBe(true);
    await expect(cache.get('apq:known')).resolves.toBeUndefined();
  });

  it('the Phone API limits count in this process', async () => {
    const store = new RedisLimitStore(connection, new MemoryLimitStore(() => 0));
    expect(await store.increment('rate:k:0', 5000)).toBe(1);
    expect(await store.increment('rate:k:0', 5000)).toBe(2);
    const lease = await store.acquire('slots:k', 1, 0, 60_000);
    expect(lease).toMatch(/^local:/);
    expect(await store.acquire('slots:k', 1, 0, 60_000)).toBeNull();
    await store.release('slots:k', lease!);
    expect(await store.acquire('slots:k', 1, 0, 60_000)).not.toBeNull();
  });

  it('one log line and one change however often it retries; every fallback reaches the metric hook', async () => {
    let reconnects = 0;
    connection.client.on('reconnecting', () => (reconnects += 1));
    while (reconnects < 3) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(log.lines).toEqual(['warn redis unreachable']);
    expect(changes).toEqual(['connecting→down']);
    expect(new Set(fallbacks)).toEqual(new Set(['apq', 'phone-limits']));
    expect(connection.state).toBe('down');
  });
});
