import type { EgressError } from '@appmarket/egress';
import type { VendorCallCause } from './vendor-call.entity';

/**
 * vendor-api.md retries: activation and deactivation every 10 s for 3 minutes; TariffChanged,
 * Autoprolongation and additional events every 5 minutes for 24 hours.
 */
export function retryScheduleOf(cause: VendorCallCause): { intervalMs: number; windowMs: number } {
  switch (cause) {
    case 'Install':
    case 'Resume':
    case 'Uninstall':
    case 'Suspend':
      return { intervalMs: 10_000, windowMs: 3 * 60_000 };
    default:
      return { intervalMs: 5 * 60_000, windowMs: 24 * 60 * 60_000 };
  }
}

export type VendorOutcome =
  | { kind: 'ok'; httpStatus: number; status?: string }
  | { kind: 'refused'; reason: string }
  | { kind: 'retry'; reason: string };

/**
 * 200/204 succeed; 4xx and the custom 551 refuse; a redirect refuses too (it is never followed, so
 * it cannot lead a call inward); any other 5xx, a time-out or no answer retry.
 */
export function classifyResponse(httpStatus: number, body: unknown): VendorOutcome {
  if (httpStatus === 200 || httpStatus === 204) {
    const status = (body as { status?: unknown } | null)?.status;
    return { kind: 'ok', httpStatus, status: typeof status === 'string' ? status : undefined };
  }
  if (httpStatus >= 300 && httpStatus < 400) return { kind: 'refused', reason: `HTTP ${httpStatus}: redirect not followed` };
  if ((httpStatus >= 400 && httpStatus < 500) || httpStatus === 551) return { kind: 'refused', reason: `HTTP ${httpStatus}` };
  return { kind: 'retry', reason: `HTTP ${httpStatus}` };
}

/**
 * A call the egress guard stopped: a forbidden destination (by URL or by the address resolved)
 * will not become allowed by waiting, so it fails at once and nothing was sent; a time-out or an
 * unreachable server is retried like any outage.
 */
export function classifyEgressFailure(error: EgressError): VendorOutcome {
  const reason = `${error.code}: ${error.message}`.slice(0, 190);
  if (error.code === 'OUTBOUND_TIMEOUT') return { kind: 'retry', reason: `timeout: ${error.message}`.slice(0, 190) };
  if (error.code === 'OUTBOUND_UNREACHABLE') return { kind: 'retry', reason };
  return { kind: 'refused', reason };
}
