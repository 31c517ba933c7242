import type { KeyValueCache, KeyValueCacheSetOptions } from '@apollo/utils.keyvaluecache';
import Redis from 'ioredis';

/**
 * Apollo Server's KeyValueCache over Redis (ioredis), so gateway replicas share one APQ store.
 * `ttl` is in seconds, as Apollo Server gives it.
 */
export class RedisKeyValueCache implements KeyValueCache<string> {
  private readonly client: Redis;

  constructor(url: string, private readonly prefix = 'appmarket:gateway:') {
    this.client = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 2 });
  }

  async get(key: string): Promise<string | undefined> {
    return (await this.client.get(this.prefix + key)) ?? undefined;
  }

  async set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    if (options?.ttl) await this.client.set(this.prefix + key, value, 'EX', options.ttl);
    else await this.client.set(this.prefix + key, value);
  }

  async delete(key: string): Promise<boolean> {
    return (await this.client.del(this.prefix + key)) > 0;
  }

  async close(): Promise<void> {
    await this.client.quit();
  }
}
