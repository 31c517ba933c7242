import { randomUUID } from 'node:crypto';
import { DomainError, type Clock } from '@appmarket/core';
import { createEgressDispatcher, egressRequest, EgressError, STRICT_EGRESS, type EgressPolicy } from '@appmarket/egress';
import type { DataSource } from 'typeorm';
import { CircuitBreaker, type BreakerOptions } from './circuit-breaker';
import type { LoyaltySettings } from './loyalty-settings.entity';
import { argumentOfParameter } from './vendor-parameters';

export const LOYALTY_TOKEN_HEADER = 'Lognex-Discount-API-Auth-Token';

export interface LoyaltyClientOptions {
  timeoutMs: number;
  breaker: BreakerOptions;
  /** Where loyalty servers may be (packages/egress): public https only unless widened (tests, local development). */
  egress: EgressPolicy;
}

export const DEFAULT_LOYALTY_OPTIONS: LoyaltyClientOptions = { timeoutMs: 5000, breaker: { failureThreshold: 5, openMs: 30_000 }, egress: STRICT_EGRESS };

export interface LoyaltyCall {
  operation: string;
  method: 'GET' | 'POST';
  /** Path under the registered base URL, with its query string. */
  path: string;
  body?: unknown;
  userId: string | null;
}

/** Failures that say the app is unwell (they count against the breaker); refusals do not. */
const BREAKING = new Set(['LOYALTY_TIMEOUT', 'LOYALTY_UNREACHABLE', 'LOYALTY_BAD_RESPONSE', 'LOYALTY_APP_FAILED']);

/**
 * Calls the account's loyalty server (vendor-api.md, Loyalty API 1.0) with the token its vendor
 * issued, through packages/egress (every connection's address checked, redirects not followed,
 * answers bounded), with a timeout and a circuit breaker per install; maps its answers to domain
 * errors and records every exchange, successful or not, in `loyalty_exchanges`.
 */
export class LoyaltyClient {
  private readonly breakers = new Map<string, CircuitBreaker>();
  private readonly dispatcher: ReturnType<typeof createEgressDispatcher>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly options: LoyaltyClientOptions = DEFAULT_LOYALTY_OPTIONS,
  ) {
    this.dispatcher = createEgressDispatcher({ policy: options.egress, connectTimeoutMs: options.timeoutMs });
  }

  /** Closes the pooled connections (subgraph shutdown). */
  close(): Promise<void> {
    return this.dispatcher.close();
  }

  async send<T>(settings: LoyaltySettings, call: LoyaltyCall): Promise<T> {
    const startedAt = this.clock.now();
    const began = performance.now();
    const audit = { status: null as number | null, body: null as unknown, outcome: 'OK', errorCode: null as string | null };
    try {
      return await this.breakerOf(settings.installId).run(
        async () => {
          const { status, body } = await this.exchange(settings, call);
          audit.status = status;
          audit.body = body;
          return checkAnswer<T>(status, body);
        },
        (error) => error instanceof DomainError && BREAKING.has(error.code),
      );
    } catch (error) {
      audit.outcome = error instanceof DomainError ? error.code : 'INTERNAL_ERROR';
      audit.errorCode = error instanceof DomainError ? error.code : null;
      throw error;
    } finally {
      await this.record(settings, call, audit, startedAt, Math.round(performance.now() - began));
    }
  }

  private breakerOf(installId: string): CircuitBreaker {
    let breaker = this.breakers.get(installId);
    if (!breaker) this.breakers.set(installId, (breaker = new CircuitBreaker(this.clock, this.options.breaker)));
    return breaker;
  }

  private async exchange(settings: LoyaltySettings, call: LoyaltyCall): Promise<{ status: number; body: unknown }> {
    try {
      const answer = await egressRequest(`${settings.baseUrl}${call.path}`, {
        method: call.method,
        headers: { [LOYALTY_TOKEN_HEADER]: settings.token, accept: 'application/json', 'content-type': 'application/json' },
        body: call.body === undefined ? undefined : JSON.stringify(call.body),
        timeoutMs: this.options.timeoutMs,
        dispatcher: this.dispatcher,
        policy: this.options.egress,
      });
      const text = answer.text();
      // Kept as text when it is not JSON: checkAnswer refuses it as off-protocol.
      return { status: answer.status, body: text ? answer.json() ?? text : null };
    } catch (error) {
      throw loyaltyFailure(error, this.options.timeoutMs);
    }
  }

  private async record(settings: LoyaltySettings, call: LoyaltyCall, audit: { status: number | null; body: unknown; outcome: string; errorCode: string | null }, startedAt: Date, durationMs: number) {
    await this.dataSource.query(
      `INSERT INTO loyalty_exchanges (id, account_id, install_id, user_id, operation, method, path, request_body,
         response_status, response_body, outcome, error_code, duration_ms, started_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
      [
        randomUUID(), settings.accountId, settings.installId, call.userId, call.operation, call.method, call.path,
        call.body === undefined ? null : JSON.stringify(call.body), audit.status,
        audit.body === null ? null : JSON.stringify(audit.body), audit.outcome, audit.errorCode, durationMs, startedAt,
      ],
    );
  }
}

interface VendorError {
  error?: string;
  code?: number | string;
  parameter?: string;
}

/**
 * How much of a loyalty app's `{errors:[…]}` we relay: its answer is up to 1 MiB, which could hold
 * tens of thousands of errors or one huge message; a form needs the first few, each a sentence.
 */
export const MAX_RELAYED_VENDOR_ERRORS = 20;
export const MAX_VENDOR_TEXT = 500;

/** One of the app's errors as we relay it: bounded text, a scalar code, a string parameter. */
function relayedError(e: VendorError) {
  const text = (value: unknown) => (typeof value === 'string' ? value.slice(0, MAX_VENDOR_TEXT) : null);
  const code = typeof e?.code === 'number' ? e.code : text(e?.code);
  return { error: text(e?.error) ?? '', code, parameter: text(e?.parameter) };
}

/** A 2xx JSON answer is the result; `{errors:[…]}` is the app's refusal; anything else is off-protocol. */
export function checkAnswer<T>(status: number, body: unknown): T {
  const errors = (body as { errors?: VendorError[] } | null)?.errors;
  if (Array.isArray(errors) && errors.length > 0) {
    const vendorErrors = errors.slice(0, MAX_RELAYED_VENDOR_ERRORS).map(relayedError);
    if (status >= 500) {
      throw new DomainError('LOYALTY_APP_FAILED', vendorErrors[0]!.error || `HTTP ${status}`, { status, vendorErrors });
    }
    // Each of the app's errors is also a user error of the mutation, at the argument it names.
    const problems = vendorErrors.map((e) => ({
      code: 'LOYALTY_REQUEST_REJECTED', message: e.error || 'the loyalty app refused the request', field: argumentOfParameter(e.parameter),
    }));
    throw new DomainError('LOYALTY_REQUEST_REJECTED', problems[0]!.message, { status, vendorErrors, field: problems[0]!.field, errors: problems });
  }
  if (status >= 500) throw new DomainError('LOYALTY_APP_FAILED', `the loyalty app failed with HTTP ${status}`, { status, vendorErrors: [] });
  if (status < 200 || status >= 300 || typeof body !== 'object' || body === null) {
    throw new DomainError('LOYALTY_BAD_RESPONSE', `the loyalty app answered HTTP ${status} without the protocol's body`, { status });
  }
  return body as T;
}

/** An egress failure as the Loyalty API's own code (the address refusal keeps its reason). */
function loyaltyFailure(error: unknown, timeoutMs: number): DomainError {
  if (!(error instanceof EgressError)) return new DomainError('LOYALTY_UNREACHABLE', 'the loyalty app could not be reached', { reason: String(error) });
  switch (error.code) {
    case 'OUTBOUND_TIMEOUT':
      return new DomainError('LOYALTY_TIMEOUT', `the loyalty app did not answer in ${timeoutMs} ms`, { timeoutMs });
    case 'OUTBOUND_RESPONSE_TOO_LARGE':
      return new DomainError('LOYALTY_BAD_RESPONSE', 'the loyalty app answered with more than the protocol allows', { reason: error.code });
    default:
      return new DomainError('LOYALTY_UNREACHABLE', 'the loyalty app could not be reached', { reason: error.code, ...error.details });
  }
}
