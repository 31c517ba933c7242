import { DomainError, throwAll } from '@appmarket/core';
import type { Identity } from '@appmarket/federation';
import type { ProvisionAccountInput, ProvisionUserInput } from './provisioning.types';

export type HostIdentity = Extract<Identity, { kind: 'host' }>;

/** Provisioning answers host platforms only (their API keys, gateway/src/host-credentials.ts). */
export function requireHost(identity: Identity): HostIdentity {
  if (identity.kind !== 'host') throw new DomainError('FORBIDDEN', 'provisioning is for host platforms (a host API key)');
  return identity;
}

const TARIFF = /^[A-Z0-9_]{1,64}$/;
const EXTENSION = /^[0-9]{1,16}$/;
// Printable, no control characters: ids and names end up in logs, payloads and vendor bodies.
const PRINTABLE = /^[^\p{Cc}]+$/u;
const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,255}$/;

const invalid = (field: string, reason: string) => new DomainError('PROVISIONING_INPUT_INVALID', `${field}: ${reason}`, { field });

function textProblems(field: string, value: string, max: number): DomainError[] {
  const trimmed = value.trim();
  return trimmed.length === 0 || trimmed.length > max || !PRINTABLE.test(trimmed) ? [invalid(field, `1 to ${max} printable characters`)] : [];
}

const EXTERNAL_ID_MAX = 200;

/** A checked external id (trimmed), or PROVISIONING_INPUT_INVALID at `field`. */
export function externalIdOf(field: string, value: string): string {
  throwAll(textProblems(field, value, EXTERNAL_ID_MAX));
  return value.trim();
}

/** Checked external ids by argument name (trimmed); every one out of bounds is refused at once. */
export function externalIdsOf<K extends string>(ids: Record<K, string>): Record<K, string> {
  const entries = Object.entries(ids) as [K, string][];
  throwAll(entries.flatMap(([field, value]) => textProblems(field, value, EXTERNAL_ID_MAX)));
  return Object.fromEntries(entries.map(([field, value]) => [field, value.trim()])) as Record<K, string>;
}

/** Every field out of bounds at once (issue 19, item 2: a host's form or log shows them together). */
export function checkAccountInput(input: ProvisionAccountInput): ProvisionAccountInput {
  throwAll([
    ...textProblems('externalId', input.externalId, EXTERNAL_ID_MAX),
    ...textProblems('name', input.name, 200),
    ...(TARIFF.test(input.tariff) ? [] : [invalid('tariff', 'capital latin letters, digits and underscores, at most 64')]),
  ]);
  return { ...input, externalId: input.externalId.trim(), name: input.name.trim() };
}

export function checkUserInput(input: ProvisionUserInput): ProvisionUserInput {
  const email = input.email.trim();
  throwAll([
    ...textProblems('accountExternalId', input.accountExternalId, EXTERNAL_ID_MAX),
    ...textProblems('externalId', input.externalId, EXTERNAL_ID_MAX),
    ...textProblems('fullName', input.fullName, 200),
    ...(email.length > 320 || !EMAIL.test(email) ? [invalid('email', 'an e-mail address of at most 320 characters')] : []),
    ...(input.extension != null && !EXTENSION.test(input.extension) ? [invalid('extension', '1 to 16 digits')] : []),
  ]);
  return {
    ...input,
    accountExternalId: input.accountExternalId.trim(),
    externalId: input.externalId.trim(),
    fullName: input.fullName.trim(),
    email,
    extension: input.extension ?? null,
  };
}
