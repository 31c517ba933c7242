import { STATUS_CODES } from 'node:http';
import type { Logger } from '@appmarket/core';
import type { NextFunction, Request, Response } from 'express';
import { sendError } from '../http-errors';
import type { GatewayPlugin } from '../plugin';
import { requestIdOf } from './useRequestId';

/**
 * Why: no HTTP response of the gateway shows a stack trace, Express's HTML error page or a server
 * path. Whatever no route answered is a JSON 404 (NOT_FOUND); an error no plugin handled is a JSON
 * 500 (INTERNAL_SERVER_ERROR) with the request id, its stack logged under the same id; a client
 * error raised by Express itself (4xx, e.g. an unsupported charset) keeps its status with
 * BAD_REQUEST. Messages are ours, never the error's (they can name files). Keep it the last plugin.
 */
export function useJsonErrors(logger: Logger): GatewayPlugin {
  const notFound = (req: Request, res: Response) => sendError(res, 404, 'NOT_FOUND', `No route for ${req.method} ${req.path}.`);
  const onError = (error: unknown, req: Request, res: Response, _next: NextFunction) => {
    const status = httpStatusOf(error);
    const requestId = requestIdOf(res);
    if (status >= 500) {
      logger.error('unexpected error', { requestId, method: req.method, path: req.path, error: String(error), stack: (error as Error | undefined)?.stack });
    }
    if (res.headersSent) return void res.destroy(); // mid-response: nothing sane can follow
    if (status === 404) return sendError(res, 404, 'NOT_FOUND', 'Not found.');
    if (status >= 400 && status < 500) return sendError(res, status, 'BAD_REQUEST', `${STATUS_CODES[status] ?? 'Bad request'}.`);
    sendError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
  };
  return { name: 'json-errors', http: { last: (app) => app.use(notFound, onError) } };
}

/** The status an Express-raised error asks for (http-errors' `status`), 500 for anything else. */
function httpStatusOf(error: unknown): number {
  const status = (error as { status?: unknown; statusCode?: unknown } | null)?.status ?? (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 600 ? status : 500;
}
