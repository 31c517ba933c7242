import { timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'express';
import { renderMetrics } from './metrics';

/**
 * GET /metrics in Prometheus' text format. With a `token` (METRICS_TOKEN), only a request with
 * `Authorization: Bearer <token>` is answered; any other gets 401, so a scraper's mistake shows.
 */
export function metricsHandler(options: { token?: string } = {}) {
  const expected = options.token ? Buffer.from(`Bearer ${options.token}`) : undefined;
  return async (req: Request, res: Response): Promise<void> => {
    if (expected) {
      const given = Buffer.from(String(req.headers.authorization ?? ''));
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        res.status(401).setHeader('www-authenticate', 'Bearer').json({ errors: [{ message: 'The metrics need the scrape token.', extensions: { code: 'UNAUTHENTICATED' } }] });
        return;
      }
    }
    const { contentType, body } = await renderMetrics();
    res.setHeader('content-type', contentType);
    res.send(body);
  };
}
