import { recordRateLimitRefusal } from '@appmarket/telemetry';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { GatewayLimits } from '../config';
import { sendError } from '../http-errors';
import { GRAPHQL_PATH, type GatewayPlugin } from '../plugin';

/**
 * Why: a request's size is bounded before anything parses it further — the body
 * (GATEWAY_MAX_BODY_BYTES → BODY_TOO_LARGE 413, bad JSON → BAD_REQUEST 400) and batches
 * (GATEWAY_MAX_BATCH: 0 → BATCHING_NOT_ALLOWED, above it BATCH_TOO_LARGE).
 */
export function useBodyLimits(limits: Pick<GatewayLimits, 'maxBodyBytes' | 'maxBatch'>): GatewayPlugin {
  const batches = (req: Request, res: Response, next: NextFunction) => {
    if (!Array.isArray(req.body)) return next();
    if (limits.maxBatch === 0) return refuse(res, 400, 'BATCHING_NOT_ALLOWED', 'Batched operations are not accepted here.');
    if (req.body.length > limits.maxBatch) return refuse(res, 400, 'BATCH_TOO_LARGE', `A batch may hold at most ${limits.maxBatch} operations.`);
    next();
  };
  const bodyErrors = (error: unknown, _req: Request, res: Response, next: NextFunction) => {
    const type = (error as { type?: string } | null)?.type;
    if (type === 'entity.too.large') return refuse(res, 413, 'BODY_TOO_LARGE', `The request body is larger than ${limits.maxBodyBytes} bytes.`);
    if (type === 'entity.parse.failed') return sendError(res, 400, 'BAD_REQUEST', 'The request body is not valid JSON.');
    next(error);
  };
  return {
    name: 'body-limits',
    http: {
      graphql: (app) => app.use(GRAPHQL_PATH, express.json({ limit: limits.maxBodyBytes }), batches),
      last: (app) => app.use(bodyErrors),
    },
    apolloOptions: { allowBatchedHttpRequests: limits.maxBatch > 0 },
  };
}

/** A refusal by a size limit: answered, and counted in appmarket_rate_limit_refusals_total{limiter="body-limits"}. */
function refuse(res: Response, status: number, code: string, message: string): void {
  recordRateLimitRefusal('body-limits', code);
  sendError(res, status, code, message);
}
