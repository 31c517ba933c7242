import { DomainError } from '@appmarket/core';
import type { BaseContext } from '@appmarket/federation';

/** Who may call what in billing; every check reads ctx.identity and nothing else. */

/** An admin of the account buys for it. */
export function requireAccountAdmin(ctx: BaseContext): { accountId: string; userId: string } {
  const id = ctx.identity;
  if (id.kind !== 'user') throw new DomainError(id.kind === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN', 'an account admin must do this');
  if (id.role !== 'ADMIN') throw new DomainError('FORBIDDEN', 'only an account admin may do this');
  return { accountId: id.accountId, userId: id.userId };
}

export function requireVendor(ctx: BaseContext): string {
  const id = ctx.identity;
  if (id.kind !== 'vendor') throw new DomainError(id.kind === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN', 'a vendor must do this');
  return id.vendorId;
}

export function requireModerator(ctx: BaseContext): void {
  const id = ctx.identity;
  if (id.kind !== 'moderator') throw new DomainError(id.kind === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN', 'a moderator must do this');
}
