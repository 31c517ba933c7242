import type { GatewayPlugin } from '../plugin';
import type { RedisConnection } from '../redis/redis-connection';

/**
 * Why: APQ and the Phone API limits share one Redis client (redis/redis-connection.ts); it is
 * closed once, after the plugins that use it stopped (listed before them: plugins stop in reverse),
 * and its state at start-up goes into the "gateway ready" line.
 */
export function useRedis(connection: RedisConnection): GatewayPlugin {
  return {
    name: 'redis',
    started: () => ({ redis: connection.state }),
    stop: () => connection.close(),
  };
}
