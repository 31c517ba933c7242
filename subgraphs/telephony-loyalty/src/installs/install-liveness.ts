import { callPeer, type PeerDirectory } from '@appmarket/federation';

const INSTALL_STATUS = `query InstallStatus($reps: [_Any!]!) {
  _entities(representations: $reps) { ... on Install { id status } }
}`;

/** Asks accounts (the owner of installs) whether an install is still live (TY-2 re-binding). */
export async function isInstallLive(peers: PeerDirectory, installId: string): Promise<boolean> {
  const data = await callPeer<{ _entities: ({ id: string; status: string } | null)[] }>(peers, 'accounts', INSTALL_STATUS, {
    reps: [{ __typename: 'Install', id: installId }],
  });
  return data._entities[0]?.status === 'ACTIVE';
}
