import type { Dispatcher } from 'undici';
import { request } from 'undici';
import type { EgressPolicy } from './address-policy';
import { EgressError } from './errors';
import { checkOutboundUrl } from './url-check';

export interface EgressRequestOptions {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Whole exchange: connect, headers and body. */
  timeoutMs: number;
  /** Answers longer than this fail with OUTBOUND_RESPONSE_TOO_LARGE (default 1 MiB). */
  maxResponseBytes?: number;
  /** A dispatcher from createEgressDispatcher (the address check lives there). */
  dispatcher: Dispatcher;
  policy: EgressPolicy;
}

export interface EgressResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  text(): string;
  /** The body as JSON, or undefined when it is not JSON. */
  json(): unknown;
}

export const DEFAULT_MAX_RESPONSE_BYTES = 1024 * 1024;

/**
 * One outbound HTTP exchange with a server a vendor or an admin named. Redirects are never
 * followed (a 3xx comes back as the answer, so a redirect to 127.0.0.1 reaches nothing); the
 * scheme and literal hosts are checked here, resolved addresses by the dispatcher; time and
 * response size are bounded. Failures are EgressErrors with their own codes.
 */
export async function egressRequest(url: string, options: EgressRequestOptions): Promise<EgressResponse> {
  checkOutboundUrl(url, options.policy);
  const limit = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  const signal = AbortSignal.timeout(options.timeoutMs);
  let response: Dispatcher.ResponseData;
  try {
    response = await request(url, {
      method: options.method,
      headers: options.headers,
      body: options.body,
      dispatcher: options.dispatcher,
      signal,
      headersTimeout: options.timeoutMs,
      bodyTimeout: options.timeoutMs,
    });
  } catch (error) {
    throw mapFailure(error, url, options.timeoutMs);
  }
  const declared = Number(response.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    response.body.destroy();
    throw tooLarge(url, limit);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of response.body) {
      size += (chunk as Buffer).length;
      if (size > limit) {
        response.body.destroy();
        throw tooLarge(url, limit);
      }
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    throw mapFailure(error, url, options.timeoutMs);
  }
  const body = Buffer.concat(chunks);
  return {
    status: response.statusCode,
    headers: response.headers,
    body,
    text: () => body.toString('utf8'),
    json: () => {
      try {
        return JSON.parse(body.toString('utf8')) as unknown;
      } catch {
        return undefined;
      }
    },
  };
}

function tooLarge(url: string, limit: number): EgressError {
  return new EgressError('OUTBOUND_RESPONSE_TOO_LARGE', `the answer of ${origin(url)} is larger than ${limit} bytes`, { limit });
}

function mapFailure(error: unknown, url: string, timeoutMs: number): EgressError {
  if (error instanceof EgressError) return error;
  const cause = (error as { cause?: unknown }).cause;
  if (cause instanceof EgressError) return cause;
  const name = (error as { name?: string }).name ?? '';
  const code = (error as { code?: string }).code ?? '';
  if (/Timeout|Abort/.test(name) || /TIMEOUT/.test(code)) {
    return new EgressError('OUTBOUND_TIMEOUT', `${origin(url)} did not answer within ${timeoutMs} ms`, { timeoutMs });
  }
  return new EgressError('OUTBOUND_UNREACHABLE', `${origin(url)} could not be reached`, {
    reason: code || name || 'connection failed',
  });
}

/** Only the origin goes into messages: paths and queries may carry tokens. */
function origin(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return 'the server';
  }
}
