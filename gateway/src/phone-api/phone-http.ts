import type { Logger } from '@appmarket/core';
import { encodeIdentity, GATEWAY_SIGNER, IDENTITY_HEADER, type Identity } from '@appmarket/federation';
import { observationOf, recordRateLimitRefusal } from '@appmarket/telemetry';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { GraphQLError } from 'graphql';
import { PHONE_TOKEN_HEADER, type Authenticator, type Caller } from '../auth';
import type { PhoneLimits, Refusal, WindowState } from './phone-limits';

/**
 * The Phone API on the gateway's public origin: authentication of the `Lognex-Phone-Auth-Token`,
 * the limits, and the gateway's own refusals in MoySklad's error shape (`{errors: [{error, code}]}`,
 * Phone API 1.0's general.apib), so a provider's client reads one shape whoever answered.
 */
export function sendMoySkladError(res: Response, status: number, code: number | undefined, error: string): void {
  res.status(status).json({ errors: [{ error, ...(code === undefined ? {} : { code }) }] });
}

/** For useRestRoute's own refusals (413 body too large, 502 gone, 504 silent). */
export function refuseAsMoySklad(res: Response, status: number, code: string, message: string): void {
  const codes: Record<string, number> = { BODY_TOO_LARGE: 1044 };
  sendMoySkladError(res, status, codes[code], status === 413 ? 'Превышен максимальный размер запроса' : message);
}

/** Who calls the REST route: resolved like GraphQL's callers (auth.ts); none or bad credentials is 401 (1056). */
export function authenticatePhoneCaller(authenticator: Authenticator, logger: Logger): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    authenticator.authenticate(req.headers).then(
      (caller) => {
        if (caller.identity.kind === 'anonymous') {
          return sendMoySkladError(res, 401, 1056, 'Ошибка аутентификации: нет заголовка Lognex-Phone-Auth-Token');
        }
        res.locals.phoneCaller = caller;
        observationOf(res).callerKind = caller.identity.kind;
        next();
      },
      (error: unknown) => {
        if (error instanceof GraphQLError) {
          const status = Number((error.extensions.http as { status?: number } | undefined)?.status ?? 401);
          return sendMoySkladError(res, status, status === 401 ? 1056 : undefined, `Ошибка аутентификации: ${error.message}`);
        }
        logger.error('install token resolution failed', { requestId: res.locals.requestId, error: error instanceof Error ? error.message : String(error) });
        sendMoySkladError(res, 503, undefined, 'Сервис временно недоступен');
      },
    );
  };
}

export const phoneCallerOf = (res: Response): Caller => res.locals.phoneCaller as Caller;

/** The subgraph that serves the Phone API, by its name in the supergraph (the identity's audience). */
const PHONE_API_SUBGRAPH = 'telephony-loyalty';

/** The signed identity for the subgraph, and where the client reached us (for the `href`s it answers). */
export async function phoneHeadersFor(req: Request, res: Response): Promise<Record<string, string>> {
  return {
    [IDENTITY_HEADER]: await encodeIdentity(phoneCallerOf(res).identity, { as: GATEWAY_SIGNER, audience: PHONE_API_SUBGRAPH }),
    'x-forwarded-host': req.headers.host ?? '',
    'x-forwarded-proto': req.protocol,
  };
}

/** Whose counters a request uses: the install's for a key (MoySklad's "user"), the identity's otherwise. */
export function limitKeyOf(identity: Identity): string {
  switch (identity.kind) {
    case 'app':
      return `install:${identity.installId}`;
    case 'webhook':
      return `webhook:${identity.webhookId}`;
    case 'user':
      return `user:${identity.userId}`;
    default:
      return identity.kind;
  }
}

/** REST: admits the authenticated caller or answers 429 as MoySklad (1049 window, 1073 concurrency). */
export function admitPhoneRequest(limits: PhoneLimits): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    limits.admit(limitKeyOf(phoneCallerOf(res).identity), clientAddress(req)).then((admission) => {
      if (!admission.admitted) {
        recordRateLimitRefusal('phone-api', admission.refusal.kind);
        setWindowHeaders(res, admission.refusal.window, admission.refusal.kind === 'rate');
        return admission.refusal.kind === 'rate'
          ? sendMoySkladError(res, 429, 1049, 'Превышено ограничение на количество запросов в единицу времени')
          : sendMoySkladError(res, 429, 1073, 'Превышено ограничение на одновременное количество запросов');
      }
      setWindowHeaders(res, admission.window, false);
      res.once('close', admission.leave);
      next();
    }, next);
  };
}

/**
 * GraphQL: a TELEPHONY key's request to /graphql counts against the same limits; other callers
 * pass untouched. Runs before the body is read, so a refused flood costs no parsing.
 */
export function admitPhoneGraphql(limits: PhoneLimits, authenticator: Authenticator): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!presentsAppToken(req)) return next();
    authenticator.authenticate(req.headers).then(async (caller) => {
      if (caller.identity.kind !== 'app' || caller.identity.appType !== 'TELEPHONY') return next();
      const admission = await limits.admit(limitKeyOf(caller.identity), clientAddress(req));
      if (!admission.admitted) {
        recordRateLimitRefusal('phone-api', admission.refusal.kind);
        setWindowHeaders(res, admission.refusal.window, admission.refusal.kind === 'rate');
        return void res.status(429).json({ errors: [graphqlRefusal(admission.refusal, res)] });
      }
      setWindowHeaders(res, admission.window, false);
      res.once('close', admission.leave);
      next();
    }, () => next()); // bad credentials: useAuth answers them as it does for everyone
  };
}

function graphqlRefusal(refusal: Refusal, res: Response) {
  const requestId = res.locals.requestId;
  if (refusal.kind === 'rate') {
    const { limit, windowMs, resetMs } = refusal.window;
    return {
      message: `More than ${limit} Phone API requests in ${windowMs / 1000} s with this key.`,
      extensions: { code: 'RATE_LIMITED', limit, windowSeconds: windowMs / 1000, retryAfterSeconds: Math.max(1, Math.ceil(resetMs / 1000)), requestId },
    };
  }
  const per = refusal.kind === 'caller-concurrency' ? 'with this key' : 'from this address';
  return {
    message: `More than ${refusal.limit} Phone API requests at once ${per}.`,
    extensions: { code: 'TOO_MANY_CONCURRENT_REQUESTS', limit: refusal.limit, retryAfterSeconds: 1, requestId },
  };
}

/** MoySklad's limit headers: on every answer, and X-Lognex-Retry-After (ms) on a window refusal. */
function setWindowHeaders(res: Response, window: WindowState, refusedByWindow: boolean): void {
  res.setHeader('X-RateLimit-Limit', String(window.limit));
  res.setHeader('X-RateLimit-Remaining', String(window.remaining));
  res.setHeader('X-Lognex-Retry-TimeInterval', String(window.windowMs));
  res.setHeader('X-Lognex-Reset', String(refusedByWindow ? window.resetMs : 0));
  if (refusedByWindow) res.setHeader('X-Lognex-Retry-After', String(window.resetMs));
}

/** A key in its own header, or an opaque Bearer token (a JWT has three dot-separated parts). */
function presentsAppToken(req: Request): boolean {
  if (req.headers[PHONE_TOKEN_HEADER]) return true;
  const bearer = /^Bearer\s+(\S+)$/i.exec(String(req.headers.authorization ?? ''))?.[1];
  return bearer !== undefined && bearer.split('.').length !== 3;
}

/** The connection's own address: X-Forwarded-For is the client's to write, so it is not trusted here. */
function clientAddress(req: Request): string {
  return req.socket.remoteAddress ?? 'unknown';
}
