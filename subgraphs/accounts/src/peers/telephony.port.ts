import { callPeer, type PeerDirectory } from '@appmarket/federation';

/** Telephony-loyalty as accounts uses it (docs/CONTRACTS.md, "Telephony-loyalty provides"). */
export interface TelephonyPort {
  /**
   * TL-1, TL-2: the install was removed; telephony-loyalty forgets its loyalty connection and its
   * Phone API binding. Idempotent (a retry or a removal it never knew of answers true).
   */
  installRemoved(installId: string): Promise<void>;
}

export function telephonyOverGraphQL(peers: PeerDirectory): TelephonyPort {
  return {
    async installRemoved(installId) {
      await callPeer(peers, 'telephony-loyalty', 'mutation Removed($installId: ID!) { installRemoved(installId: $installId) }', { installId });
    },
  };
}
