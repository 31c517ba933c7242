import { InMemoryLRUCache, type KeyValueCache, type KeyValueCacheSetOptions } from '@apollo/utils.keyvaluecache';
import type { RedisConnection } from './redis-connection';

/**
 * Apollo Server's KeyValueCache for content-addressed values (APQ: a query's text under its
 * hash), in two tiers: this process's memory, then Redis shared by the replicas. A value is the
 * same wherever it is found, so memory is read first and every value written to both. When Redis
 * does not answer, memory alone answers: an unknown key is a miss, never an error
 * (docs/gateway.md, "Redis"). `ttl` is in seconds, as Apollo Server gives it.
 */
export class SharedCache implements KeyValueCache<string> {
  private readonly memory: InMemoryLRUCache<string>;
  private readonly prefix: string;

  constructor(
    private readonly redis: RedisConnection | undefined,
    options: { prefix?: string; maxBytes?: number } = {},
  ) {
    this.prefix = options.prefix ?? 'appmarket:gateway:';
    this.memory = new InMemoryLRUCache<string>({ maxSize: options.maxBytes ?? 30 * 1024 * 1024 });
  }

  async get(key: string): Promise<string | undefined> {
    const local = await this.memory.get(key);
    if (local !== undefined || !this.redis) return local;
    const shared = await this.redis.run('apq', (client) => client.get(this.prefix + key), () => null);
    if (shared === null) return undefined;
    await this.memory.set(key, shared);
    return shared;
  }

  async set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    await this.memory.set(key, value, options);
    await this.redis?.run(
      'apq',
      (client) => (options?.ttl ? client.set(this.prefix + key, value, 'EX', options.ttl) : client.set(this.prefix + key, value)),
      () => null,
    );
  }

  async delete(key: string): Promise<boolean> {
    const local = await this.memory.delete(key);
    const shared = await this.redis?.run('apq', (client) => client.del(this.prefix + key), () => 0);
    return local || (shared ?? 0) > 0;
  }
}
