import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Logger } from '@appmarket/core';
import { IDENTITY_HEADER, REQUEST_ID_HEADER } from '@appmarket/federation';
import type { NextFunction, Request, Response } from 'express';
import { Agent, request, type Dispatcher } from 'undici';

/**
 * A REST protocol of a subgraph (Vendor API, Phone API) served on the gateway's public origin, so
 * a vendor or a provider configures one base URL. The request goes to the same path on the
 * subgraph's HTTP server (`http://accounts:4002/api/vendor/1.0/…`), bytes unchanged (gzip bodies
 * included); status, headers and body come back unchanged, so the protocol's own answers (codes,
 * bodies) are the subgraph's. The gateway adds the request id, X-Forwarded-For and — when the route
 * authenticates here — the signed identity header; a client's own identity header never passes.
 */
export interface RestProxyOptions {
  /** Origin and base path of the subgraph's server, e.g. `http://127.0.0.1:4002` (no trailing slash). */
  upstreamOrigin: string;
  /** Largest request body passed on; larger ones are refused with 413 before the subgraph sees them. */
  maxBodyBytes: number;
  /** Bound on the subgraph's answer (headers, then body). */
  timeoutMs: number;
  logger: Logger;
  /**
   * Extra headers for the subgraph, computed per request after earlier middleware ran (e.g. the
   * signed identity of a caller authenticated by the route). Runs last, so it wins.
   */
  headersFor?(req: Request, res: Response): Record<string, string> | Promise<Record<string, string>>;
  /** How the gateway's own refusals (413, 502, 504) are written, in the protocol's error shape. */
  refuse(res: Response, status: number, code: string, message: string): void;
}

// Describe one connection, not the message: never forwarded either way.
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'proxy-connection', 'te', 'trailer', 'host']);

export interface RestProxy {
  /** Express handler: mount it under the route's prefix with `app.use(prefix, …)`-free paths (it uses `req.originalUrl`). */
  handle(req: Request, res: Response, next: NextFunction): void;
  close(): Promise<void>;
}

export function createRestProxy(options: RestProxyOptions): RestProxy {
  const agent = new Agent({ keepAliveTimeout: 30_000, headersTimeout: options.timeoutMs, bodyTimeout: options.timeoutMs });
  const handle = (req: Request, res: Response, next: NextFunction) => {
    forward(req, res, options, agent).catch(next);
  };
  return { handle, close: () => agent.close() };
}

async function forward(req: Request, res: Response, options: RestProxyOptions, agent: Dispatcher): Promise<void> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > options.maxBodyBytes) {
    return options.refuse(res, 413, 'BODY_TOO_LARGE', `The request body is larger than ${options.maxBodyBytes} bytes.`);
  }
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || HOP_BY_HOP.has(name) || name === IDENTITY_HEADER) continue;
    headers[name] = value;
  }
  const requestId = String(res.locals.requestId ?? '');
  if (requestId) headers[REQUEST_ID_HEADER] = requestId;
  const forwardedFor = [req.headers['x-forwarded-for'], req.socket.remoteAddress].flat().filter(Boolean).join(', ');
  if (forwardedFor) headers['x-forwarded-for'] = forwardedFor;
  Object.assign(headers, await options.headersFor?.(req, res));

  const hasBody = !['GET', 'HEAD'].includes(req.method);
  const limiter = hasBody ? new ByteLimit(options.maxBodyBytes) : undefined;
  let answer: Dispatcher.ResponseData;
  try {
    answer = await request(`${options.upstreamOrigin}${req.originalUrl}`, {
      method: req.method as Dispatcher.HttpMethod,
      headers,
      body: limiter ? req.pipe(limiter) : undefined,
      dispatcher: agent,
    });
  } catch (error) {
    if (limiter?.exceeded) return options.refuse(res, 413, 'BODY_TOO_LARGE', `The request body is larger than ${options.maxBodyBytes} bytes.`);
    const timedOut = /Timeout/.test((error as Error).name ?? '');
    options.logger.warn('REST upstream unavailable', { requestId, path: req.path, error: (error as Error).message });
    return timedOut
      ? options.refuse(res, 504, 'UPSTREAM_TIMEOUT', 'The service behind this route did not answer in time.')
      : options.refuse(res, 502, 'UPSTREAM_UNAVAILABLE', 'The service behind this route is unavailable.');
  }
  res.status(answer.statusCode);
  for (const [name, value] of Object.entries(answer.headers)) {
    if (value !== undefined && !HOP_BY_HOP.has(name)) res.setHeader(name, value);
  }
  if (requestId) res.setHeader(REQUEST_ID_HEADER, requestId);
  try {
    await pipeline(answer.body, res);
  } catch (error) {
    options.logger.warn('REST upstream answer cut short', { requestId, path: req.path, error: (error as Error).message });
    res.destroy();
  }
}

/** Passes bytes until `limit`, then fails the stream (the upstream request is aborted with it). */
class ByteLimit extends Transform {
  exceeded = false;
  private seen = 0;
  constructor(private readonly limit: number) {
    super();
  }
  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.seen += chunk.length;
    if (this.seen > this.limit) {
      this.exceeded = true;
      return callback(new Error('request body too large'));
    }
    callback(null, chunk);
  }
}
