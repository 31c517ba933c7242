import type { Logger } from '@appmarket/core';
import type { ErrorRequestHandler, RequestHandler, Response } from 'express';

/**
 * The JSON answers of a subgraph's HTTP server outside GraphQL's own error format: an unknown
 * route, a body that cannot be read, an unexpected failure. Every answer carries the request id;
 * none shows a stack, a file path or Express's HTML page (the stack goes to the log only).
 */
export interface HttpErrorBody {
  code: string;
  message: string;
  requestId: string | undefined;
}

/** The request id the request-id middleware gave this request (subgraph-server.ts). */
export function requestIdOfResponse(res: Response): string | undefined {
  return (res.locals as { requestId?: string }).requestId;
}

function send(res: Response, status: number, code: string, message: string): void {
  const body: HttpErrorBody = { code, message, requestId: requestIdOfResponse(res) };
  res.status(status).json(body);
}

/** After every route: what nothing answered is NOT_FOUND. */
export const notFoundHandler: RequestHandler = (_req, res) => {
  send(res, 404, 'NOT_FOUND', 'no such route');
};

/** body-parser's own failures (they carry `type` and a 4xx `status`): the client's fault, said plainly. */
const BODY_ERRORS: Record<string, { status: number; code: string; message: string }> = {
  'entity.parse.failed': { status: 400, code: 'BAD_REQUEST', message: 'the request body is not valid JSON' },
  'entity.too.large': { status: 413, code: 'BODY_TOO_LARGE', message: 'the request body is too large' },
  'encoding.unsupported': { status: 415, code: 'BAD_REQUEST', message: 'unsupported content encoding' },
  'charset.unsupported': { status: 415, code: 'BAD_REQUEST', message: 'unsupported charset' },
  'request.aborted': { status: 400, code: 'BAD_REQUEST', message: 'the request was aborted while its body was read' },
  'request.size.invalid': { status: 400, code: 'BAD_REQUEST', message: 'the body does not match its content-length' },
};

/** The last middleware: maps what reached Express's error path to a JSON answer. */
export function jsonErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const requestId = requestIdOfResponse(res);
    const known = BODY_ERRORS[(error as { type?: string } | null)?.type ?? ''];
    if (known && !res.headersSent) {
      logger.debug('bad request', { requestId, method: req.method, path: req.path, reason: known.message });
      return send(res, known.status, known.code, known.message);
    }
    logger.error('unexpected error', {
      requestId,
      method: req.method,
      path: req.path,
      error: error instanceof Error ? error.message : String(error),
      stack: error instanceof Error ? error.stack : undefined,
    });
    // A response already under way (a stream) cannot change its status: end it.
    if (res.headersSent) return void res.end();
    send(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
  };
}
