import { callPeer, type PeerDirectory } from '@appmarket/federation';
import type { VendorEventCause } from '../history/install-billing-history.entity';

/** Accounts' Vendor API channel: `sendVendorEvent` enqueues the durable call to the vendor. */
export interface VendorEventsPort {
  send(installId: string, cause: VendorEventCause, idempotencyKey: string): Promise<void>;
}

const SEND = `
  mutation BillingSendVendorEvent($installId: ID!, $cause: VendorEventCause!, $idempotencyKey: String!) {
    sendVendorEvent(installId: $installId, cause: $cause, idempotencyKey: $idempotencyKey)SELECTION
  }`;

export class PeerVendorEventsPort implements VendorEventsPort {
  constructor(private readonly peers: PeerDirectory) {}

  async send(installId: string, cause: VendorEventCause, idempotencyKey: string): Promise<void> {
    const variables = { installId, cause, idempotencyKey };
    try {
      await callPeer(this.peers, 'accounts', SEND.replace('SELECTION', ''), variables);
    } catch (error) {
      // The contract leaves the result type open: a scalar, or an object that needs a selection.
      if (!(error instanceof Error) || !/must have a selection of subfields/.test(error.message)) throw error;
      await callPeer(this.peers, 'accounts', SEND.replace('SELECTION', ' { __typename }'), variables);
    }
  }
}
