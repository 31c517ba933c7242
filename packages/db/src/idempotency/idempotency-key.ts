import { createHash } from 'node:crypto';
import { DomainError } from '@appmarket/core';

/**
 * What a client may send as `idempotencyKey`: 1 to 128 characters of letters, digits and `-_.:`
 * (a UUID, a ULID, `order-42:attempt`), so a key is safe to log, to store and to show back.
 */
export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9_.:-]{1,128}$/;

/** Refuses a key outside IDEMPOTENCY_KEY_PATTERN (INVALID_IDEMPOTENCY_KEY); null/undefined: no key. */
export function checkedIdempotencyKey(key: string | null | undefined): string | null {
  if (key === null || key === undefined) return null;
  if (!IDEMPOTENCY_KEY_PATTERN.test(key)) {
    throw new DomainError('INVALID_IDEMPOTENCY_KEY', 'idempotencyKey must be 1 to 128 characters of letters, digits and - _ . :', {
      field: 'idempotencyKey',
      length: key.length,
    });
  }
  return key;
}

/**
 * The fingerprint of a request: the operation and its input, as JSON with the keys of every
 * object sorted (so `{a, b}` and `{b, a}` are one request) and undefined members left out (an
 * omitted nullable argument). Two requests with one key are "the same" when these are equal.
 */
export function requestFingerprint(operation: string, input: unknown): string {
  return createHash('sha256').update(operation).update('\n').update(canonicalJson(input)).digest('hex');
}

export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  ) ?? 'null';
}

/** The description of every mutation's `idempotencyKey` argument (one wording in the schema). */
export const IDEMPOTENCY_KEY_DESCRIPTION =
  'Optional: a key of your choosing (1–128 of A–Z a–z 0–9 - _ . :, e.g. a UUID) that makes a retry safe. A repeat with the same key and input returns the first result instead of acting again; with other input it is refused (IDEMPOTENCY_KEY_REUSED). Kept 24 h by default (docs/API.md, "Retries and idempotency").';
