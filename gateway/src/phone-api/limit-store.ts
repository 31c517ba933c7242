import { randomUUID } from 'node:crypto';
import type { RedisConnection } from '../redis/redis-connection';

/**
 * Where the Phone API's counters live. Redis (REDIS_URL) when the gateway has it, so every replica
 * counts against the same numbers, with memory while Redis does not answer; memory alone otherwise
 * (one replica, local development). Each
 * operation is atomic in the store (one Lua script in Redis), so replicas never race on a count.
 */
export interface LimitStore {
  /** Adds one to `key` (created with a time to live of `ttlMs`) and returns the new count. */
  increment(key: string, ttlMs: number): Promise<number>;
  /** Takes one of `max` slots of `key` until `nowMs + leaseMs` (a crashed holder's slot frees itself); null when all are taken. */
  acquire(key: string, max: number, nowMs: number, leaseMs: number): Promise<string | null>;
  release(key: string, lease: string): Promise<void>;
  close(): Promise<void>;
}

const INCREMENT = `local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return n`;

// Expired leases go first; a slot is a sorted-set member scored by when it expires.
const ACQUIRE = `redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[2]) then return 0 end
redis.call('ZADD', KEYS[1], ARGV[3], ARGV[4])
redis.call('PEXPIRE', KEYS[1], ARGV[5])
return 1`;

/**
 * The counters in Redis, shared by the replicas; while Redis does not answer, in `fallback` (this
 * process's memory): the limits fail open to a limiter per process, so a Redis outage neither
 * stops telephony nor lifts the limits, but each replica counts alone until Redis is back
 * (docs/gateway.md, "Redis"). A slot taken in the fallback is released there (its lease says so).
 */
export class RedisLimitStore implements LimitStore {
  constructor(
    private readonly redis: RedisConnection,
    private readonly fallback: LimitStore,
    private readonly prefix = 'appmarket:phone-api:',
  ) {}

  increment(key: string, ttlMs: number): Promise<number> {
    return this.redis.run(
      'phone-limits',
      async (client) => Number(await client.eval(INCREMENT, 1, this.prefix + key, ttlMs)),
      () => this.fallback.increment(key, ttlMs),
    );
  }

  acquire(key: string, max: number, nowMs: number, leaseMs: number): Promise<string | null> {
    return this.redis.run(
      'phone-limits',
      async (client) => {
        const lease = randomUUID();
        const taken = await client.eval(ACQUIRE, 1, this.prefix + key, nowMs, max, nowMs + leaseMs, lease, leaseMs);
        return Number(taken) === 1 ? lease : null;
      },
      async () => {
        const lease = await this.fallback.acquire(key, max, nowMs, leaseMs);
        return lease === null ? null : `${LOCAL_LEASE}${lease}`;
      },
    );
  }

  async release(key: string, lease: string): Promise<void> {
    if (lease.startsWith(LOCAL_LEASE)) return this.fallback.release(key, lease.slice(LOCAL_LEASE.length));
    // Not released while Redis is down: the lease expires by itself (leaseMs).
    await this.redis.run('phone-limits', (client) => client.zrem(this.prefix + key, lease), () => 0);
  }

  /** The connection is the gateway's (server.ts closes it); only the fallback is this store's. */
  close(): Promise<void> {
    return this.fallback.close();
  }
}

const LOCAL_LEASE = 'local:';

/** One process's counters: right for a single replica; the gateway warns at start when it uses them. */
export class MemoryLimitStore implements LimitStore {
  private readonly counters = new Map<string, { count: number; expiresAt: number }>();
  private readonly slots = new Map<string, Map<string, number>>();

  constructor(private readonly now: () => number) {}

  async increment(key: string, ttlMs: number): Promise<number> {
    const now = this.now();
    for (const [k, v] of this.counters) if (v.expiresAt <= now) this.counters.delete(k);
    const counter = this.counters.get(key) ?? { count: 0, expiresAt: now + ttlMs };
    counter.count += 1;
    this.counters.set(key, counter);
    return counter.count;
  }

  async acquire(key: string, max: number, nowMs: number, leaseMs: number): Promise<string | null> {
    const held = this.slots.get(key) ?? new Map<string, number>();
    for (const [lease, expiresAt] of held) if (expiresAt <= nowMs) held.delete(lease);
    if (held.size >= max) return null;
    const lease = randomUUID();
    held.set(lease, nowMs + leaseMs);
    this.slots.set(key, held);
    return lease;
  }

  async release(key: string, lease: string): Promise<void> {
    const held = this.slots.get(key);
    held?.delete(lease);
    if (held?.size === 0) this.slots.delete(key);
  }

  async close(): Promise<void> {
    this.counters.clear();
    this.slots.clear();
  }
}
