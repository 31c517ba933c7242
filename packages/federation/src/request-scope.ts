import { randomUUID } from 'node:crypto';
import { RequestSlot, type Logger } from '@appmarket/core';
import type { Request, RequestHandler } from 'express';

export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * The id of the request being served, reachable from anywhere in its async call chain (logs, errors).
 * A slot of the one request store (packages/core, request-context.ts) the SQL statement scope shares.
 */
const requestIdSlot = new RequestSlot<string>('requestId');

export function runWithRequestId<T>(requestId: string, fn: () => T): T {
  return requestIdSlot.run(requestId, fn);
}

export function currentRequestId(): string | undefined {
  return requestIdSlot.get();
}

/**
 * Runs `fn` outside any request: for long-lived things a request happens to create (a LISTEN
 * connection opened by the first stream), whose later callbacks must not carry that request's id.
 */
export function runOutsideRequest<T>(fn: () => T): T {
  return requestIdSlot.run(undefined, fn);
}

/**
 * The logger every subgraph's code gets (defineSubgraph): a line written while a request is being
 * served carries its `requestId`, whichever route or service writes it.
 */
export function requestScopedLogger(logger: Logger): Logger {
  const withId = (write: Logger['info']): Logger['info'] => (msg, fields) => {
    const requestId = currentRequestId();
    write(msg, requestId && fields?.requestId === undefined ? { requestId, ...fields } : fields);
  };
  return { debug: withId(logger.debug), info: withId(logger.info), warn: withId(logger.warn), error: withId(logger.error) };
}

/** First of all middleware: the request's id, in the response header and around everything that follows. */
export const requestIdMiddleware: RequestHandler = (req, res, next) => {
  const requestId = requestIdOf(req);
  res.setHeader(REQUEST_ID_HEADER, requestId);
  res.locals.requestId = requestId;
  runWithRequestId(requestId, next);
};

/** The caller's `x-request-id` when it is well-formed (a gateway's, a peer's), else a new one. */
export function requestIdOf(req: Request): string {
  const given = req.headers[REQUEST_ID_HEADER];
  const id = Array.isArray(given) ? given[0] : given;
  return id && /^[\w-]{1,100}$/.test(id) ? id : randomUUID();
}
