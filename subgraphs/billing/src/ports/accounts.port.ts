import { callPeer, type PeerDirectory } from '@appmarket/federation';

/** Accounts, the owner of accounts, asked whether one exists before billing writes rows for it. */
export interface AccountsPort {
  /** Whether accounts has the account (any state); throws when accounts cannot answer. */
  exists(accountId: string): Promise<boolean>;
}

const EXISTS = `
  query BillingAccountExists($representations: [_Any!]!) {
    _entities(representations: $representations) { ... on Account { id } }
  }`;

export class PeerAccountsPort implements AccountsPort {
  constructor(private readonly peers: PeerDirectory) {}

  async exists(accountId: string): Promise<boolean> {
    const data = await callPeer<{ _entities: ({ id?: string } | null)[] }>(this.peers, 'accounts', EXISTS, {
      representations: [{ __typename: 'Account', id: accountId }],
    });
    return Boolean(data._entities[0]?.id);
  }
}
