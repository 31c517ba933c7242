import { mountHealthRoutes, Readiness } from '@appmarket/telemetry';
import type { GatewayPlugin } from '../plugin';
import { subgraphsAnswer } from '../subgraph-readiness';

/**
 * Why: load balancers and Kubernetes need plain GETs (Apollo Server's own path refuses plain GETs:
 * CSRF guard). GET /health/live: the process answers. GET /health/ready: the supergraph is loaded
 * (Apollo Server started) and every subgraph answers (subgraph-readiness.ts); 503 with the reason
 * otherwise, and from the first moment of a shutdown. GET /health stays as it was: live.
 */
export function useHealth(subgraphUrls: Record<string, string>): GatewayPlugin {
  let loaded = false;
  const subgraphs = subgraphsAnswer(subgraphUrls);
  const readiness = new Readiness(async () => {
    if (!loaded) throw new Error('the supergraph is not loaded yet');
    await subgraphs();
  });
  return {
    name: 'health',
    http: { routes: (app) => mountHealthRoutes(app, { service: 'gateway', readiness, legacyHealth: 'live' }) },
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
