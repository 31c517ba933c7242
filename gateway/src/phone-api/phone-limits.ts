import type { Clock, Logger } from '@appmarket/core';
import type { LimitStore } from './limit-store';

/** vendor-api.md and MoySklad's Phone API 1.0: 100 requests per 5 s, 5 at once per key ("user"), 100 at once per IP. */
export interface PhoneApiLimits {
  maxRequests: number;
  windowMs: number;
  maxConcurrentPerCaller: number;
  maxConcurrentPerIp: number;
  /** A slot held by a replica that died frees itself after this long. */
  leaseMs: number;
}

/** How long a window's counter outlives it before the store drops it. */
const COUNTER_GRACE_MS = 120_000;

export const PHONE_API_LIMITS: PhoneApiLimits = { maxRequests: 100, windowMs: 5000, maxConcurrentPerCaller: 5, maxConcurrentPerIp: 100, leaseMs: 60_000 };

/** The window's numbers, sent on every answer as MoySklad does (X-RateLimit-*, X-Lognex-*). */
export interface WindowState {
  limit: number;
  remaining: number;
  windowMs: number;
  resetMs: number;
}

export type Refusal =
  | { kind: 'rate'; window: WindowState }
  | { kind: 'caller-concurrency'; limit: number; window: WindowState }
  | { kind: 'ip-concurrency'; limit: number; window: WindowState };

export type Admission = { admitted: true; window: WindowState; leave(): void } | { admitted: false; refusal: Refusal };

/**
 * The Phone API's limits, held at the gateway for the REST route and the GraphQL phone operations
 * alike: every request of a key counts (refused or not), a fixed window aligned to the clock;
 * then a slot of the key and a slot of the client's address are held until the answer ends.
 * Through a Redis outage the store counts in this process (RedisLimitStore, docs/gateway.md,
 * "Redis"); should a store still fail, the request is let through and the failure logged:
 * telephony keeps working (docs/telephony-loyalty.md, "Limits").
 */
export class PhoneLimits {
  constructor(
    private readonly store: LimitStore,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly limits: PhoneApiLimits = PHONE_API_LIMITS,
  ) {}

  async admit(callerKey: string, ip: string): Promise<Admission> {
    const now = this.clock.now().getTime();
    const windowStart = now - (now % this.limits.windowMs);
    const resetMs = windowStart + this.limits.windowMs - now;
    try {
      // The window is in the key; the time to live only collects old keys (real time, generous).
      const count = await this.store.increment(`rate:${callerKey}:${windowStart}`, this.limits.windowMs + COUNTER_GRACE_MS);
      const window: WindowState = {
        limit: this.limits.maxRequests, remaining: Math.max(0, this.limits.maxRequests - count), windowMs: this.limits.windowMs, resetMs,
      };
      if (count > this.limits.maxRequests) return { admitted: false, refusal: { kind: 'rate', window } };
      const callerSlot = await this.store.acquire(`slots:${callerKey}`, this.limits.maxConcurrentPerCaller, now, this.limits.leaseMs);
      if (!callerSlot) return { admitted: false, refusal: { kind: 'caller-concurrency', limit: this.limits.maxConcurrentPerCaller, window } };
      const ipSlot = await this.store.acquire(`ip:${ip}`, this.limits.maxConcurrentPerIp, now, this.limits.leaseMs);
      if (!ipSlot) {
        await this.store.release(`slots:${callerKey}`, callerSlot);
        return { admitted: false, refusal: { kind: 'ip-concurrency', limit: this.limits.maxConcurrentPerIp, window } };
      }
      let left = false;
      const leave = () => {
        if (left) return;
        left = true;
        Promise.all([this.store.release(`slots:${callerKey}`, callerSlot), this.store.release(`ip:${ip}`, ipSlot)]).catch((error: unknown) =>
          this.logger.warn('phone API slot not released (it expires by itself)', { error: String(error) }),
        );
      };
      return { admitted: true, window, leave };
    } catch (error) {
      this.logger.warn('phone API limits unavailable: request let through', { error: error instanceof Error ? error.message : String(error) });
      return {
        admitted: true,
        window: { limit: this.limits.maxRequests, remaining: this.limits.maxRequests, windowMs: this.limits.windowMs, resetMs },
        leave: () => undefined,
      };
    }
  }
}
