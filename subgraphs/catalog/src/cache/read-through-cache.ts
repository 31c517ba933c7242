import { recordCacheInvalidation, recordCacheLookups } from '@appmarket/telemetry';
import { LRUCache } from 'lru-cache';

export interface ReadThroughSettings {
  /** The metrics' `cache` label. */
  name: string;
  /** At most this many entries; the least recently used goes first. */
  maxEntries: number;
  /** How long an entry lives at most (ms), invalidated or not: the bound on anything invalidation misses. */
  ttlMs: number;
}

/**
 * A bounded in-process read-through cache (lru-cache underneath) that adds what lru-cache leaves
 * to its caller:
 *
 * - **single flight**: concurrent misses of a key share one load (and keys missed together load
 *   in one batch), so a burst of requests for a cold storefront page costs one SQL statement;
 * - **no stale re-fill**: every invalidation bumps `generation` and forgets the loads in flight;
 *   a load stores its result only if no invalidation happened since it started. A read that began
 *   before a write and finishes after its invalidation is answered but not kept, and a reader
 *   arriving after the invalidation starts a fresh load instead of joining the old one. One counter
 *   for the whole cache (not one per key): writes are rare, so the cost is a few missed fills, and
 *   the memory stays bounded by `maxEntries`;
 * - **off while blind**: `live` is false until the invalidation channel listens, and again when it
 *   is lost; meanwhile every read loads and nothing is stored.
 *
 * Values are shared by every request that reads them: treat them as read-only.
 */
export class ReadThroughCache<V extends object> {
  private readonly entries: LRUCache<string, V>;
  private readonly inFlight = new Map<string, Promise<V | undefined>>();
  private generation = 0;
  private live = false;

  constructor(readonly settings: ReadThroughSettings) {
    this.entries = new LRUCache<string, V>({ max: settings.maxEntries, ttl: settings.ttlMs });
  }

  /** The value of `key`; `load` runs on a miss (undefined: nothing there, and nothing is kept). */
  async get(key: string, load: () => Promise<V | undefined>, options: { ttlMs?: number } = {}): Promise<V | undefined> {
    const found = await this.getMany([key], async () => {
      const value = await load();
      return value === undefined ? new Map() : new Map([[key, value]]);
    }, options);
    return found.get(key);
  }

  /**
   * The values of `keys` that exist: hits from memory, keys already loading from their load, the
   * rest in one call of `loadMissing`. `keep` says which loaded values may be stored.
   */
  async getMany(
    keys: readonly string[],
    loadMissing: (keys: string[]) => Promise<Map<string, V>>,
    options: { ttlMs?: number; keep?: (value: V) => boolean } = {},
  ): Promise<Map<string, V>> {
    const result = new Map<string, V>();
    const waits: [string, Promise<V | undefined>][] = [];
    const missing: string[] = [];
    let hits = 0;
    for (const key of new Set(keys)) {
      const cached = this.live ? this.entries.get(key) : undefined;
      if (cached !== undefined) {
        hits += 1;
        result.set(key, cached);
        continue;
      }
      const loading = this.inFlight.get(key);
      if (loading) waits.push([key, loading]);
      else missing.push(key);
    }
    recordCacheLookups(this.settings.name, { hit: hits, shared: waits.length, miss: missing.length });
    if (missing.length) waits.push(...this.startLoad(missing, loadMissing, options));
    for (const [key, wait] of waits) {
      const value = await wait;
      if (value !== undefined) result.set(key, value);
    }
    return result;
  }

  private startLoad(
    keys: string[],
    loadMissing: (keys: string[]) => Promise<Map<string, V>>,
    options: { ttlMs?: number; keep?: (value: V) => boolean },
  ): [string, Promise<V | undefined>][] {
    const startedAt = this.generation;
    const storable = this.live;
    const batch = loadMissing(keys).then((loaded) => {
      if (storable && this.live && startedAt === this.generation) {
        for (const [key, value] of loaded) {
          if (options.keep?.(value) ?? true) this.entries.set(key, value, { ttl: options.ttlMs });
        }
      }
      return loaded;
    });
    return keys.map((key) => {
      const one = batch.then((loaded) => loaded.get(key));
      one.catch(() => undefined); // a failed load rejects for its readers; unread, it must not crash the process
      if (storable) this.inFlight.set(key, one);
      void one.finally(() => {
        if (this.inFlight.get(key) === one) this.inFlight.delete(key);
      }).catch(() => undefined);
      return [key, one];
    });
  }

  /** Forgets `keys` (and every load in flight: see the class comment). */
  delete(keys: readonly string[]): void {
    this.generation += 1;
    this.inFlight.clear();
    for (const key of keys) this.entries.delete(key);
    recordCacheInvalidation(this.settings.name, 'key', keys.length);
  }

  /** Forgets everything. */
  clear(): void {
    this.generation += 1;
    this.inFlight.clear();
    this.entries.clear();
    recordCacheInvalidation(this.settings.name, 'all', 1);
  }

  /** Whether invalidations can reach this cache: reads are stored only while they can. */
  setLive(live: boolean): void {
    this.clear();
    this.live = live;
  }

  get size(): number {
    return this.entries.size;
  }
}
