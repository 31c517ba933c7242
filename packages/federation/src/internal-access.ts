import { DomainError } from '@appmarket/core';
import type { Identity } from './identity';

/**
 * Internal fields and operations (`@inaccessible`, docs/CONTRACTS.md) answer other subgraphs
 * only: the identity kind `service` that callPeer signs (peers.ts). Every subgraph checks with this.
 */
export function requireService(identity: Identity): void {
  if (identity.kind !== 'service') throw new DomainError('FORBIDDEN', 'internal operation: other subgraphs only');
}
