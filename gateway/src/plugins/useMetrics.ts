import type { Logger } from '@appmarket/core';
import { metricsHandler } from '@appmarket/telemetry';
import type { GatewayPlugin } from '../plugin';

export interface MetricsExposure {
  /** METRICS_TOKEN: /metrics answers only `Authorization: Bearer <token>`. */
  token?: string;
  /** Without a token: serve /metrics openly (development, tests) or not at all (production). */
  openWithoutToken: boolean;
}

/**
 * Why: Prometheus scrapes GET /metrics (packages/telemetry). The gateway's origin is public, so
 * there it needs METRICS_TOKEN as a Bearer token; without one it is served openly only outside
 * production (NODE_ENV=production without a token: no /metrics, and a warning at start-up).
 * docs/observability.md, "Metrics".
 */
export function useMetrics(exposure: MetricsExposure, logger: Logger): GatewayPlugin {
  if (!exposure.token && !exposure.openWithoutToken) {
    logger.warn('GET /metrics is off: set METRICS_TOKEN to let Prometheus scrape the gateway in production');
    return { name: 'metrics' };
  }
  return {
    name: 'metrics',
    http: { routes: (app) => app.get('/metrics', metricsHandler({ token: exposure.token })) },
  };
}
