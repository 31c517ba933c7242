import { randomUUID } from 'node:crypto';
import { DomainError, type Clock } from '@appmarket/core';
import type { DataSource } from 'typeorm';

export interface RequestLimits {
  /** Requests allowed per window and key (vendor-api.md: 100 per 5 s per install). */
  maxRequests: number;
  windowMs: number;
  /** Requests running at once per caller (vendor-api.md: 5 per user). */
  maxConcurrent: number;
  /** A lease left by a crashed replica frees itself after this long. */
  leaseMs: number;
}

export const PHONE_API_LIMITS: RequestLimits = { maxRequests: 100, windowMs: 5000, maxConcurrent: 5, leaseMs: 60_000 };

/**
 * Rate and concurrency limits kept in Postgres, so every replica counts against the same numbers
 * and a fresh machine needs nothing but the database. Windows are fixed and aligned to the
 * injected clock; each hit is one UPSERT that also drops the key's older windows.
 */
export class RequestLimiter {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly limits: RequestLimits = PHONE_API_LIMITS,
  ) {}

  /** Counts one request for `key`; refuses with RATE_LIMITED once the window is full. */
  async hit(key: string): Promise<void> {
    const now = this.clock.now().getTime();
    const windowStart = now - (now % this.limits.windowMs);
    const [row] = (await this.dataSource.query(
      `WITH stale AS (DELETE FROM rate_limit_windows WHERE key = $1 AND window_start < $2)
       INSERT INTO rate_limit_windows (key, window_start, hits) VALUES ($1, $2, 1)
       ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_limit_windows.hits + 1
       RETURNING hits`,
      [key, new Date(windowStart)],
    )) as { hits: number }[];
    if (row!.hits > this.limits.maxRequests) {
      const retryAfterMs = windowStart + this.limits.windowMs - now;
      throw new DomainError('RATE_LIMITED', `more than ${this.limits.maxRequests} requests in ${this.limits.windowMs / 1000} s`, {
        limit: this.limits.maxRequests,
        windowSeconds: this.limits.windowMs / 1000,
        retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)),
      });
    }
  }

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
