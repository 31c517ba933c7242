import { InMemoryLRUCache, type KeyValueCache, type KeyValueCacheSetOptions } from '@apollo/utils.keyvaluecache';
import type { OperationManifests } from '../persisted-queries';
import type { GatewayPlugin } from '../plugin';
import { RedisKeyValueCache } from '../redis-cache';

const APQ_PREFIX = 'apq:';
const APQ_TTL_SECONDS = 24 * 3600;

/**
 * Why: clients send `extensions.persistedQuery.sha256Hash` instead of the query text (automatic
 * persisted queries). The store is Redis when REDIS_URL is set, so replicas share it, else memory;
 * every operation of the manifests is always found by its hash (never evicted, never sent first).
 */
export function useApq(options: { manifests: OperationManifests; redisUrl?: string }): GatewayPlugin {
  const redis = options.redisUrl ? new RedisKeyValueCache(options.redisUrl) : undefined;
  const store = redis ?? new InMemoryLRUCache<string>({ maxSize: 30 * 1024 * 1024 });
  return {
    name: 'apq',
    apolloOptions: { persistedQueries: { cache: new ManifestBackedCache(store, options.manifests), ttl: APQ_TTL_SECONDS } },
    stop: () => redis?.close(),
  };
}

/** The APQ store, which also knows every registered operation by its hash. */
export class ManifestBackedCache implements KeyValueCache<string> {
  constructor(private readonly inner: KeyValueCache<string>, private readonly manifests: OperationManifests) {}

  async get(key: string): Promise<string | undefined> {
    const registered = key.startsWith(APQ_PREFIX) ? this.manifests.byHash.get(key.slice(APQ_PREFIX.length)) : undefined;
    return registered?.body ?? (await this.inner.get(key));
  }

  set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    return this.inner.set(key, value, options);
  }

  delete(key: string): Promise<boolean | void> {
    return this.inner.delete(key);
  }
}
