import type { Response } from 'express';

/**
 * The gateway's HTTP-level refusals, in the shape of a GraphQL error response so a client reads
 * one shape whatever refused it: `{ errors: [{ message, extensions: { code, requestId } }] }`.
 */
export function sendError(res: Response, status: number, code: string, message: string, extensions: Record<string, unknown> = {}): void {
  res.status(status).json({ errors: [{ message, extensions: { ...extensions, code, requestId: res.locals.requestId } }] });
}
