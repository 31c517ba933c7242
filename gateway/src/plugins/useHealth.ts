import { mountHealthRoutes, Readiness } from '@appmarket/telemetry';
import type { GatewayPlugin } from '../plugin';
import type { RedisStatus } from '../redis/redis-connection';
import { subgraphsAnswer } from '../subgraph-readiness';

/**
 * Why: load balancers and Kubernetes need plain GETs (Apollo Server's own path refuses plain GETs:
 * CSRF guard). GET /health/live: the process answers. GET /health/ready: the supergraph is loaded
 * (Apollo Server started) and every subgraph answers (subgraph-readiness.ts); 503 with the reason
 * otherwise, and from the first moment of a shutdown. GET /health stays as it was: live.
 * A Redis outage degrades the gateway without stopping it (docs/gateway.md, "Redis"): still
 * ready, with `redis: "degraded"` for whoever watches (`ok`, or `not configured` without REDIS_URL).
 */
export function useHealth(subgraphUrls: Record<string, string>, options: { redis?: RedisStatus } = {}): GatewayPlugin {
  const redis = () => (!options.redis ? 'not configured' : options.redis.state === 'up' ? 'ok' : 'degraded');
  let loaded = false;
  const subgraphs = subgraphsAnswer(subgraphUrls);
  const readiness = new Readiness(async () => {
    if (!loaded) throw new Error('the supergraph is not loaded yet');
    await subgraphs();
  });
  return {
    name: 'health',
    http: { routes: (app) => mountHealthRoutes(app, { service: 'gateway', readiness, legacyHealth: 'live', details: () => ({ redis: redis() }) }) },
    apollo: {
      // Not ready from the first moment of stop(), before the server stops accepting and drains.
      async serverWillStart() {
        return { drainServer: async () => readiness.drain() };
      },
    },
    started() {
      loaded = true;
    },
    stop: () => subgraphs.close(),
  };
}
