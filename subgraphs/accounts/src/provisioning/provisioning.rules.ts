import { DomainError } from '@appmarket/core';
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

function invalid(field: string, reason: string): never {
  throw new DomainError('PROVISIONING_INPUT_INVALID', `${field}: ${reason}`, { field });
}

function text(field: string, value: string, max: number): string {
  const trimmed = value.trim();
  if (trimmed.length === 0 || trimmed.length > max || !PRINTABLE.test(trimmed)) invalid(field, `1 to ${max} printable characters`);
  return trimmed;
}

export const externalIdOf = (field: string, value: string): string => text(field, value, 200);

export function checkAccountInput(input: ProvisionAccountInput): ProvisionAccountInput {
  if (!TARIFF.test(input.tariff)) invalid('tariff', 'capital latin letters, digits and underscores, at most 64');
  return { ...input, externalId: externalIdOf('externalId', input.externalId), name: text('name', input.name, 200) };
}

export function checkUserInput(input: ProvisionUserInput): ProvisionUserInput {
  const email = input.email.trim();
  if (email.length > 320 || !EMAIL.test(email)) invalid('email', 'an e-mail address of at most 320 characters');
  if (input.extension != null && !EXTENSION.test(input.extension)) invalid('extension', '1 to 16 digits');
  return {
    ...input,
    accountExternalId: externalIdOf('accountExternalId', input.accountExternalId),
    externalId: externalIdOf('externalId', input.externalId),
    fullName: text('fullName', input.fullName, 200),
    email,
    extension: input.extension ?? null,
  };
}
