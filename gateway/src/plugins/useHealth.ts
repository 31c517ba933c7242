import type { GatewayPlugin } from '../plugin';
import type { RedisStatus } from '../redis/redis-connection';

/**
 * Why: load balancers and `npm start` need a plain GET that answers 200; Apollo Server's own path
 * refuses plain GETs (CSRF guard). It says the process serves, not that every subgraph is up.
 * A Redis outage degrades the gateway without stopping it (docs/gateway.md, "Redis"): still 200,
 * with `redis: "degraded"` for whoever watches (`ok`, or `not configured` without REDIS_URL).
 */
export function useHealth(options: { redis?: RedisStatus } = {}): GatewayPlugin {
  const redis = () => (!options.redis ? 'not configured' : options.redis.state === 'up' ? 'ok' : 'degraded');
  return {
    name: 'health',
    http: {
      routes: (app) => app.get('/health', (_req, res) => void res.json({ status: 'ok', service: 'gateway', redis: redis() })),
    },
  };
}
