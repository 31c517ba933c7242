import { registerEnumType } from 'type-graphql';
import { DomainError } from '@appmarket/core';
import type { Identity } from '@appmarket/federation';

/**
 * The one place the catalog decides who the caller is and what it may do. The identity comes
 * from the internal request context the gateway sets (packages/federation/src/identity.ts).
 */
export type Actor = { kind: 'vendor'; vendorId: string; id: string } | { kind: 'moderator'; id: string } | { kind: 'service'; id: string };

export function forbidden(message: string): DomainError {
  return new DomainError('FORBIDDEN', message);
}

/** Vendor cabinet callers: a vendor (its own apps only) or a moderator (every app). */
export function requireCabinetActor(identity: Identity): Actor {
  if (identity.kind === 'vendor') return { kind: 'vendor', vendorId: identity.vendorId, id: identity.userId ?? identity.vendorId };
  if (identity.kind === 'moderator') return { kind: 'moderator', id: identity.moderatorId };
  if (identity.kind === 'anonymous') throw new DomainError('UNAUTHENTICATED', 'the vendor cabinet needs a vendor or moderator');
  throw forbidden('the vendor cabinet is open to vendors and moderators only');
}

export function requireVendor(identity: Identity): Actor & { kind: 'vendor' } {
  const actor = requireCabinetActor(identity);
  if (actor.kind !== 'vendor') throw forbidden('only a vendor does this');
  return actor;
}

export function requireModerator(identity: Identity): Actor & { kind: 'moderator' } {
  const actor = requireCabinetActor(identity);
  if (actor.kind !== 'moderator') throw forbidden('only a moderator does this');
  return actor;
}

/** DL-5: the storefront, and so every card, is open to account admins only (DL-2: log in first). */
export function requireStorefrontAdmin(identity: Identity): { accountId: string } {
  if (identity.kind === 'anonymous') throw new DomainError('UNAUTHENTICATED', 'log in to see the storefront');
  if (identity.kind !== 'user' || identity.role !== 'ADMIN') throw forbidden('the storefront is open to account admins only (DL-5)');
  return { accountId: identity.accountId };
}

/** Whether a cabinet actor may see and edit this vendor's app (a vendor sees only its own). */
export function ownsOrModerates(actor: Actor, vendorId: string): boolean {
  return actor.kind === 'moderator' || actor.kind === 'service' || (actor.kind === 'vendor' && actor.vendorId === vendorId);
}

/**
 * Owner-only fields (OWNER_ONLY, nullable): the owning vendor, a moderator, or another subgraph;
 * anyone else gets null with FORBIDDEN at the field's path, and the rest of the page stays.
 */
export function requireOwnerView(identity: Identity, vendorId: string): void {
  if (identity.kind === 'service') return;
  if (identity.kind === 'anonymous' || !ownsOrModerates(requireCabinetActor(identity), vendorId)) {
    throw forbidden('only the app’s vendor or a moderator sees this');
  }
}

/** Who made a recorded change (AppTransition, AppPricingChange), as GraphQL names it; stored lower-case as Actor['kind']. */
export enum ActorKind {
  VENDOR = 'vendor',
  MODERATOR = 'moderator',
  SERVICE = 'service',
}

registerEnumType(ActorKind, {
  name: 'ActorKind',
  description: 'Who made a recorded change.',
  valuesConfig: {
    VENDOR: { description: 'The app’s vendor, in the vendor cabinet (before publication: PC-2, TR-6).' },
    MODERATOR: { description: 'A marketplace moderator (publication, returns, price changes after publication).' },
    SERVICE: { description: 'The platform itself (another subgraph or a job).' },
  },
});
