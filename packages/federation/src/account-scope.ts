import { DomainError } from '@appmarket/core';
import type { Identity } from './identity';

/**
 * Whose account data a caller may read — the one rule every subgraph applies to account-owned
 * data (accounts, installs, billing, calls): no caller sees another account's data, whatever ids
 * it sends. An account's users, its installed apps (install tokens) and its webhooks (BX-8) see
 * that account only;
 * moderators and other subgraphs see every account; vendors and anonymous callers see none (a
 * vendor reads counts and revenue, never a customer's records).
 */
export type AccountScope = { readonly all: true } | { readonly all: false; readonly accountId: string };

export const EVERY_ACCOUNT: AccountScope = Object.freeze({ all: true });

/** The caller's scope; refused outright for callers that may read no account at all. */
export function accountScopeOf(identity: Identity): AccountScope {
  switch (identity.kind) {
    case 'moderator':
    case 'service':
      return EVERY_ACCOUNT;
    case 'user':
    case 'app':
    case 'webhook':
      return { all: false, accountId: identity.accountId };
    case 'host':
      // A host reaches its own customers through the provisioning API only (accounts scopes it by host).
      throw new DomainError('FORBIDDEN', 'a host manages its accounts through the provisioning API');
    case 'anonymous':
      throw new DomainError('UNAUTHENTICATED', 'account data needs a signed-in user, an install token or a moderator');
    default:
      throw new DomainError('FORBIDDEN', `a ${identity.kind} caller sees no account's data`);
  }
}

export function scopeIncludes(scope: AccountScope, accountId: string): boolean {
  return scope.all || scope.accountId === accountId;
}

/** Refuses (FORBIDDEN) unless the caller may read this account's data. */
export function assertMayReadAccount(identity: Identity, accountId: string): void {
  if (!scopeIncludes(accountScopeOf(identity), accountId)) {
    throw new DomainError('FORBIDDEN', "another account's data is not visible to this caller", { accountId });
  }
}
