import { DomainError } from '@appmarket/core';

/**
 * Codes of refused or failed outbound calls. The `*_URL_*` codes refuse a URL when it is uploaded
 * (descriptor, loyalty server, webhook target, icon); the others fail a call at send time.
 */
export const EgressErrorCodes = {
  OUTBOUND_URL_INVALID: 'The URL cannot be parsed, is longer than 2048 characters, or carries credentials.',
  OUTBOUND_URL_NOT_HTTPS: 'Outbound URLs must use https (plain http only where EGRESS_ALLOW_HTTP is on, for local development).',
  OUTBOUND_URL_FORBIDDEN_HOST:
    'The URL names a loopback, private, link-local, multicast, reserved or unspecified address, or a local-only host name (localhost, *.local, *.internal, single-label names).',
  OUTBOUND_ADDRESS_FORBIDDEN:
    'At connect time the host resolved to a loopback, private, link-local, multicast, reserved or unspecified address (DNS rebinding included); nothing was sent.',
  OUTBOUND_TIMEOUT: 'The remote server did not answer in time.',
  OUTBOUND_RESPONSE_TOO_LARGE: 'The remote server answered with more bytes than allowed.',
  OUTBOUND_UNREACHABLE: 'The remote server could not be reached (DNS failure, refused or reset connection, TLS failure).',
} as const satisfies Record<string, string>;

export type EgressErrorCode = keyof typeof EgressErrorCodes;

export class EgressError extends DomainError {
  constructor(code: EgressErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(code, message, details);
    this.name = 'EgressError';
  }
}
