import type { Logger } from '@appmarket/core';
import Redis from 'ioredis';

/** `up`: commands go to Redis. `connecting` (before the first answer) and `down`: callers use their fallbacks. */
export type RedisState = 'connecting' | 'up' | 'down';

/** What uses Redis, as the fallback counter names it. */
export type RedisUse = 'apq' | 'phone-limits';

/**
 * The state of the gateway's Redis, for /health and metrics: read `state`, or listen. The lead's
 * prom-client wiring is two lines: a gauge set from `onChange`, a counter from `onFallback`.
 */
export interface RedisStatus {
  readonly state: RedisState;
  /** Called on every change of state (never twice with the same state); returns an unsubscribe. */
  onChange(listener: (state: RedisState, previous: RedisState) => void): () => void;
  /** Called each time a use answered from its fallback because Redis did not. */
  onFallback(listener: (use: RedisUse) => void): () => void;
}

/** How long one command may take before the gateway stops waiting and falls back (REDIS_COMMAND_TIMEOUT_MS). */
export const DEFAULT_REDIS_COMMAND_TIMEOUT_MS = 500;

/**
 * The gateway's one Redis client (APQ store, Phone API limits), built to fail fast: an outage
 * costs a request at most one command timeout, never an error (docs/gateway.md, "Redis").
 * - No offline queue and no re-sent commands: while the connection is not ready, a command fails
 *   at once, and its caller answers from the process's memory instead.
 * - A command timeout: a partition (connections open, nothing answers) costs one timeout; the
 *   connection is then dropped and re-opened, so the next commands fail at once until Redis answers.
 * - ioredis reconnects for ever with a short back-off; an `error` listener keeps its errors out of
 *   stderr, and the log gets one line per change of state, not one per reconnect.
 * - Nothing is opened until `connect()` (the gateway calls it last at start-up, so a start that
 *   fails earlier leaves no client reconnecting).
 */
export class RedisConnection implements RedisStatus {
  readonly client: Redis;
  private current: RedisState = 'connecting';
  private closing = false;
  private downSince = 0;
  private readonly changeListeners = new Set<(state: RedisState, previous: RedisState) => void>();
  private readonly fallbackListeners = new Set<(use: RedisUse) => void>();

  constructor(url: string, private readonly logger: Logger, options: { commandTimeoutMs?: number } = {}) {
    const commandTimeoutMs = options.commandTimeoutMs ?? DEFAULT_REDIS_COMMAND_TIMEOUT_MS;
    this.client = new Redis(url, {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: commandTimeoutMs,
      connectTimeout: Math.max(1000, 4 * commandTimeoutMs),
      retryStrategy: (times) => Math.min(100 * times, 1000),
    });
    this.client.on('ready', () => this.become('up'));
    this.client.on('close', () => this.become('down'));
    this.client.on('error', (error: Error) => {
      if (this.client.status !== 'ready') this.become('down', error);
    });
  }

  get state(): RedisState {
    return this.current;
  }

  onChange(listener: (state: RedisState, previous: RedisState) => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  onFallback(listener: (use: RedisUse) => void): () => void {
    this.fallbackListeners.add(listener);
    return () => this.fallbackListeners.delete(listener);
  }

  /**
   * One command for `use`; when Redis does not answer (down, refused, timed out, any error),
   * `fallback`'s answer instead. Never throws what Redis threw.
   */
  async run<T>(use: RedisUse, command: (client: Redis) => Promise<T>, fallback: () => T | Promise<T>): Promise<T> {
    // No check of `state` first: without an offline queue, ioredis refuses at once when not ready.
    try {
      return await command(this.client);
    } catch (error) {
      this.failed(error);
    }
    for (const listener of this.fallbackListeners) listener(use);
    return fallback();
  }

  /** Opens the connection; resolves once the first attempt ended (up, or down). */
  connect(): Promise<RedisState> {
    if (this.client.status === 'wait') this.client.connect().catch(() => undefined); // failures: the `error` listener
    return this.settled();
  }

  /** Resolves once the first connection attempt ended (up, or down). */
  settled(): Promise<RedisState> {
    if (this.current !== 'connecting') return Promise.resolve(this.current);
    return new Promise((resolve) => {
      const off = this.onChange((state) => {
        off();
        resolve(state);
      });
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    if (this.client.status === 'end') return;
    if (this.client.status === 'wait') return this.client.disconnect(); // never connected
    await this.client.quit().catch(() => this.client.disconnect());
  }

  private failed(error: unknown): void {
    // A timed-out command means the connection answers no more: drop it (ioredis re-opens it and
    // runs its ready check), so the commands after this one fail at once instead of timing out.
    if (error instanceof Error && /timed out/i.test(error.message) && this.client.status === 'ready') {
      this.become('down', error);
      this.client.disconnect(true);
    }
  }

  private become(state: RedisState, error?: Error): void {
    if (this.closing || state === this.current) return;
    const previous = this.current;
    this.current = state;
    if (state === 'down') {
      this.downSince = Date.now();
      this.logger.warn('redis unreachable', {
        error: error?.message ?? 'connection closed',
        fallback: 'APQ from this process\'s memory, Phone API limits counted per process, until Redis answers',
      });
    } else if (state === 'up') {
      if (previous === 'connecting') this.logger.info('redis connected');
      else this.logger.info('redis reachable again', { downForMs: Date.now() - this.downSince });
    }
    for (const listener of this.changeListeners) listener(state, previous);
  }
}
