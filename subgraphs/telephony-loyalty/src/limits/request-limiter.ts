import { randomUUID } from 'node:crypto';
import { DomainError, type Clock } from '@appmarket/core';
import type { DataSource } from 'typeorm';

export interface RequestLimits {
  /** Requests running at once per caller (an employee's point-of-sale calls to the loyalty app). */
  maxConcurrent: number;
  /** A lease left by a crashed replica frees itself after this long. */
  leaseMs: number;
}

export const LOYALTY_CALL_LIMITS: RequestLimits = { maxConcurrent: 5, leaseMs: 60_000 };

/**
 * Concurrency leases kept in Postgres, so every replica counts against the same number: an
 * employee holds at most `maxConcurrent` Loyalty API calls at once. (The Phone API's own limits —
 * 100 requests per 5 s, 5 at once per key, 100 at once per IP — are the gateway's: they hold at
 * the public edge, for REST and GraphQL alike; docs/telephony-loyalty.md, "Limits".)
 */
export class RequestLimiter {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly limits: RequestLimits = LOYALTY_CALL_LIMITS,
  ) {}

  /** Runs `fn` holding one of the caller's concurrency slots; refuses when all are taken. */
  async withSlot<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const lease = await this.acquire(key);
    try {
      return await fn();
    } finally {
      await this.release(lease);
    }
  }

  /** Takes a slot; the advisory lock serialises takers of one key across replicas. */
  async acquire(key: string): Promise<string> {
    const id = randomUUID();
    const now = this.clock.now();
    const taken = await this.dataSource.transaction(async (m) => {
      await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`concurrency:${key}`]);
      return (await m.query(
        `WITH expired AS (DELETE FROM concurrency_leases WHERE key = $1 AND expires_at <= $2)
         INSERT INTO concurrency_leases (id, key, expires_at)
         SELECT $3, $1, $4 WHERE (SELECT count(*) FROM concurrency_leases WHERE key = $1 AND expires_at > $2) < $5
         RETURNING id`,
        [key, now, id, new Date(now.getTime() + this.limits.leaseMs), this.limits.maxConcurrent],
      )) as unknown[];
    });
    if (taken.length === 0) {
      throw new DomainError('TOO_MANY_CONCURRENT_REQUESTS', `more than ${this.limits.maxConcurrent} requests at once`, {
        limit: this.limits.maxConcurrent,
        retryAfterSeconds: 1,
      });
    }
    return id;
  }

  async release(lease: string): Promise<void> {
    await this.dataSource.query('DELETE FROM concurrency_leases WHERE id = $1', [lease]);
  }
}
