import type { GatewayPlugin } from '../plugin';

/**
 * Why: load balancers and `npm start` need a plain GET that answers 200; Apollo Server's own path
 * refuses plain GETs (CSRF guard). It says the process serves, not that every subgraph is up.
 */
export function useHealth(): GatewayPlugin {
  return {
    name: 'health',
    http: {
      routes: (app) => app.get('/health', (_req, res) => void res.json({ status: 'ok', service: 'gateway' })),
    },
  };
}
