import { callPeer, type PeerDirectory } from '@appmarket/federation';

/** Accounts, asked whether installs exist (the install saga's sweep: docs/billing.md, "Pending decisions"). */
export interface InstallsPort {
  /** The ids among `installIds` that accounts has (any status); throws when accounts cannot answer. */
  existing(installIds: string[]): Promise<Set<string>>;
}

const EXISTING = `
  query BillingInstallsExist($representations: [_Any!]!) {
    _entities(representations: $representations) { ... on Install { id } }
  }`;

export class PeerInstallsPort implements InstallsPort {
  constructor(private readonly peers: PeerDirectory) {}

  async existing(installIds: string[]): Promise<Set<string>> {
    if (installIds.length === 0) return new Set();
    const data = await callPeer<{ _entities: ({ id: string } | null)[] }>(this.peers, 'accounts', EXISTING, {
      representations: installIds.map((id) => ({ __typename: 'Install', id })),
    });
    return new Set(data._entities.filter((e): e is { id: string } => e !== null).map((e) => e.id));
  }
}
