import { callPeer, type PeerDirectory } from '@appmarket/federation';

const INSTALL_FACTS = `query InstallFacts($reps: [_Any!]!) {
  _entities(representations: $reps) { ... on Install { id status appType account { id } } }
}`;

export interface InstallFacts {
  status: string;
  appType: string;
  accountId: string;
}

/** Asks accounts (the owner of installs) what an install is: its state, type and account; null when unknown. */
export async function installFacts(peers: PeerDirectory, installId: string): Promise<InstallFacts | null> {
  const data = await callPeer<{ _entities: ({ status: string; appType: string; account: { id: string } } | null)[] }>(peers, 'accounts', INSTALL_FACTS, {
    reps: [{ __typename: 'Install', id: installId }],
  });
  const found = data._entities[0];
  return found ? { status: found.status, appType: found.appType, accountId: found.account.id } : null;
}

/** TY-2 re-binding: whether an install is still live. */
export async function isInstallLive(peers: PeerDirectory, installId: string): Promise<boolean> {
  return (await installFacts(peers, installId))?.status === 'ACTIVE';
}
