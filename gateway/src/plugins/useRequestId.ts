import { randomUUID } from 'node:crypto';
import { REQUEST_ID_HEADER, runWithRequestId } from '@appmarket/federation';
import type { NextFunction, Request, Response } from 'express';
import type { GatewayPlugin } from '../plugin';

/**
 * Why: one id ties a request's response, its error bodies, every log line (through the request
 * scope) and each subgraph call together. A client's own `x-request-id` is kept when it is a sane
 * token; otherwise a fresh UUID. Runs first, for every route, so even a 404 carries it.
 */
export function useRequestId(): GatewayPlugin {
  return {
    name: 'request-id',
    http: { first: (app) => app.use(withRequestId) },
    context: ({ res }) => ({ requestId: requestIdOf(res) }),
    subgraphs: {
      willSendRequest: (request, context) => request.http?.headers.set(REQUEST_ID_HEADER, context.requestId),
    },
  };
}

/** The id of the request this response answers (set by useRequestId). */
export function requestIdOf(res: Response): string {
  return String(res.locals.requestId);
}

function withRequestId(req: Request, res: Response, next: NextFunction): void {
  const given = req.headers[REQUEST_ID_HEADER];
  const requestId = typeof given === 'string' && /^[\w-]{1,100}$/.test(given) ? given : randomUUID();
  res.setHeader(REQUEST_ID_HEADER, requestId);
  res.locals.requestId = requestId;
  runWithRequestId(requestId, next);
}
