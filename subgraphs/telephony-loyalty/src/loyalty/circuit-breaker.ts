import { DomainError, type Clock } from '@appmarket/core';

export interface BreakerOptions {
  /** Consecutive failures that open the circuit. */
  failureThreshold: number;
  /** How long an open circuit refuses calls before one trial call is let through. */
  openMs: number;
}

/**
 * A small circuit breaker per loyalty app, driven by the injected Clock. `opossum` was the
 * candidate, but its reset timer is a real setTimeout and its clock Date.now(), so tests of
 * "opens, then recovers" would have to sleep; this one is closed → open → half-open on the
 * Clock alone. State is per replica by design (docs/telephony-loyalty.md: the bound on a dead
 * server is N replicas × the threshold, then N trial calls per pause).
 */
export class CircuitBreaker {
  private failures = 0;
  private openedAt: number | null = null;
  private trialRunning = false;

  constructor(private readonly clock: Clock, private readonly options: BreakerOptions) {}

  get state(): 'CLOSED' | 'OPEN' | 'HALF_OPEN' {
    if (this.openedAt === null) return 'CLOSED';
    return this.clock.now().getTime() - this.openedAt >= this.options.openMs ? 'HALF_OPEN' : 'OPEN';
  }

  /** Runs `fn` unless the circuit is open; `isFailure` says which errors count against the app. */
  async run<T>(fn: () => Promise<T>, isFailure: (error: unknown) => boolean): Promise<T> {
    const state = this.state;
    if (state === 'OPEN' || (state === 'HALF_OPEN' && this.trialRunning)) {
      const retryAfterMs = this.openedAt! + this.options.openMs - this.clock.now().getTime();
      throw new DomainError('LOYALTY_CIRCUIT_OPEN', 'the loyalty app is failing; calls are paused', {
        retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)),
      });
    }
    this.trialRunning = state === 'HALF_OPEN';
    try {
      const result = await fn();
      this.failures = 0;
      this.openedAt = null;
      return result;
    } catch (error) {
      if (isFailure(error)) {
        this.failures += 1;
        if (state === 'HALF_OPEN' || this.failures >= this.options.failureThreshold) this.openedAt = this.clock.now().getTime();
      } else if (state === 'HALF_OPEN') {
        // The app answered (a refusal is an answer): it is alive again.
        this.failures = 0;
        this.openedAt = null;
      }
      throw error;
    } finally {
      this.trialRunning = false;
    }
  }
}
