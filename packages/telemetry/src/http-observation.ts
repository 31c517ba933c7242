import type { Logger } from '@appmarket/core';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { httpDuration, httpRequests } from './metrics';

/**
 * What is learnt about a request while it is served, for its one log line: the GraphQL layer
 * fills in the operation and the caller, the gateway the subgraphs it fetched from. Kept in
 * `res.locals.observation` (GraphQL contexts hold the same object).
 */
export interface RequestObservation {
  operationName?: string;
  callerKind?: string;
  /** Gateway: the subgraphs this request fetched from. */
  subgraphs?: Set<string>;
}

export function observationOf(res: Response): RequestObservation {
  return (res.locals.observation ??= {}) as RequestObservation;
}

/** Path prefixes that are their own `route` label; any other path is `other` (the raw path is client text). */
const ROUTES = ['/graphql', '/health', '/metrics', '/api/vendor/1.0', '/api/phone/1.0', '/events/call-cards'];

export function routeOf(path: string): string {
  return ROUTES.find((route) => path === route || path.startsWith(`${route}/`)) ?? 'other';
}

/**
 * After the request id (it reads `res.locals.requestId`): when the answer ends, one log line
 * (`request`: requestId, method, route, status, durationMs, operationName, callerKind, subgraphs,
 * service) and the HTTP metrics. Health checks and scrapes are counted but logged at debug only.
 * The line names the route and never the query string (a GET may carry variables). A subgraph's
 * lines say `subgraph` too (`service`, from the logger, is the process's name).
 */
export function observeHttp(service: string, logger: Logger, lineFields: Record<string, string> = {}): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const started = process.hrtime.bigint();
    const observation = observationOf(res);
    res.once('close', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      // The original URL: a router mounted on a prefix rewrites req.path while it runs.
      const route = routeOf(req.originalUrl.split('?', 1)[0]!);
      const status = res.headersSent ? res.statusCode : 499; // closed before any answer: the client left
      httpRequests.inc({ service, route, method: req.method, status: String(status) });
      httpDuration.observe({ service, route }, seconds);
      const quiet = route === '/health' || route === '/metrics';
      (quiet ? logger.debug : logger.info)('request', {
        ...lineFields,
        requestId: res.locals.requestId,
        method: req.method,
        route,
        status,
        durationMs: Math.round(seconds * 1e4) / 10,
        operationName: observation.operationName,
        callerKind: observation.callerKind,
        ...(observation.subgraphs?.size ? { subgraphs: [...observation.subgraphs].sort() } : {}),
      });
    });
    next();
  };
}
