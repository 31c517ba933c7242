import type { Express } from 'express';

/**
 * Whether a service should get traffic. Live: the process answers. Ready: it is not shutting
 * down, and its checks pass (a subgraph: database and job queue; the gateway: supergraph loaded
 * and every subgraph answering). On shutdown `drain()` turns ready to 503 at once, before the
 * server stops accepting, so load balancers take the instance out first.
 */
export class Readiness {
  private draining = false;

  constructor(private readonly checks: () => Promise<void>) {}

  drain(): void {
    this.draining = true;
  }

  get isDraining(): boolean {
    return this.draining;
  }

  /** Resolves when ready; throws, saying why, when not. */
  async check(): Promise<void> {
    if (this.draining) throw new Error('shutting down');
    await this.checks();
  }
}

/**
 * GET /health/live and /health/ready (200 or 503 with the reason). GET /health stays what it was
 * before these existed: `legacyHealth` says which of the two it answers like.
 */
export function mountHealthRoutes(
  app: Express,
  options: { service: string; readiness: Readiness; legacyHealth: 'live' | 'ready'; details?: () => Record<string, string> },
): void {
  // Degradations that do not make the service unready (the gateway's Redis) are reported beside the status.
  const details = () => options.details?.() ?? {};
  const live = (_req: unknown, res: { json(body: unknown): void }) => res.json({ status: 'ok', service: options.service, ...details() });
  const ready = async (_req: unknown, res: { status(code: number): { json(body: unknown): void }; json(body: unknown): void }) => {
    try {
      await options.readiness.check();
      res.json({ status: 'ok', service: options.service, ...details() });
    } catch (error) {
      res.status(503).json({ status: 'unavailable', service: options.service, reason: String(error), ...details() });
    }
  };
  app.get('/health/live', live);
  app.get('/health/ready', ready);
  app.get('/health', options.legacyHealth === 'live' ? live : ready);
}
