import { DomainError } from '@appmarket/core';
import type { Identity } from '@appmarket/federation';

export type AppIdentity = Extract<Identity, { kind: 'app' }>;
export type UserIdentity = Extract<Identity, { kind: 'user' }>;

/**
 * TL-1, TY-3: the Phone API is a TELEPHONY capability; TL-2, TY-3: the Loyalty API a LOYALTY one.
 * An app of any other type is refused with the capability's own code.
 */
export function requireAppOfType(identity: Identity, type: 'TELEPHONY' | 'LOYALTY'): AppIdentity {
  if (identity.kind === 'anonymous') throw new DomainError('UNAUTHENTICATED', 'an install token is required');
  if (identity.kind !== 'app') throw new DomainError('FORBIDDEN', `only a ${type} app may call this`);
  if (identity.appType !== type) {
    const code = type === 'TELEPHONY' ? 'PHONE_API_REQUIRES_TELEPHONY_APP' : 'LOYALTY_API_REQUIRES_LOYALTY_APP';
    throw new DomainError(code, `${identity.appType} apps have no ${type === 'TELEPHONY' ? 'Phone' : 'Loyalty'} API (TY-3)`, {
      appType: identity.appType,
    });
  }
  return identity;
}

/** An employee of an account (the point-of-sale front end, the call-card stream). */
export function requireUser(identity: Identity): UserIdentity {
  if (identity.kind === 'anonymous') throw new DomainError('UNAUTHENTICATED', 'a signed-in user is required');
  if (identity.kind !== 'user') throw new DomainError('FORBIDDEN', 'only an employee of the account may call this');
  return identity;
}
