import { callPeer, type DecideInstallBillingInput, type PeerDirectory } from '@appmarket/federation';

export interface InstallBillingDecision {
  installId: string;
  state: 'FREE' | 'TRIAL' | 'PAID';
  trialEndsAt: string | null;
}

/** Billing as accounts uses it (docs/CONTRACTS.md, "Billing provides"). */
export interface BillingPort {
  /** Idempotent by installId; a refusal comes back as a DomainError carrying billing's code. */
  decide(input: DecideInstallBillingInput): Promise<InstallBillingDecision>;
  recordInstallRemoved(installId: string): Promise<void>;
  /** The install committed: its pending decision stands. False when billing released it (or never decided). */
  confirmInstall(installId: string): Promise<boolean>;
  /** The install did not commit: billing frees a decision still pending. False when there was none. */
  releaseInstallDecision(installId: string): Promise<boolean>;
  /** Install.billing: how the install is paid for now (the Vendor API `subscription` block). */
  installBilling(installId: string): Promise<{ state: string; trialEndsAt: string | null } | null>;
  /** BX-8: whether the account has the marketplace subscription now. */
  marketplaceSubscription(accountId: string): Promise<{ active: boolean }>;
}

export function billingOverGraphQL(peers: PeerDirectory): BillingPort {
  return {
    async decide(input) {
      const data = await callPeer<{ decideInstallBilling: InstallBillingDecision }>(peers, 'billing',
        `mutation Decide($input: DecideInstallBillingInput!) {
          decideInstallBilling(input: $input) { installId state trialEndsAt }
        }`, { input });
      return data.decideInstallBilling;
    },
    async recordInstallRemoved(installId) {
      await callPeer(peers, 'billing', 'mutation Removed($installId: ID!) { recordInstallRemoved(installId: $installId) }', { installId });
    },
    async confirmInstall(installId) {
      const data = await callPeer<{ confirmInstall: boolean }>(peers, 'billing',
        'mutation Confirm($installId: ID!) { confirmInstall(installId: $installId) }', { installId });
      return data.confirmInstall;
    },
    async releaseInstallDecision(installId) {
      const data = await callPeer<{ releaseInstallDecision: boolean }>(peers, 'billing',
        'mutation Release($installId: ID!) { releaseInstallDecision(installId: $installId) }', { installId });
      return data.releaseInstallDecision;
    },
    async installBilling(installId) {
      const data = await callPeer<{ _entities: ({ billing?: { state: string; trialEndsAt: string | null } | null } | null)[] }>(peers, 'billing',
        'query Billing($reps: [_Any!]!) { _entities(representations: $reps) { ... on Install { billing { state trialEndsAt } } } }',
        { reps: [{ __typename: 'Install', id: installId }] });
      return data._entities[0]?.billing ?? null;
    },
    async marketplaceSubscription(accountId) {
      const data = await callPeer<{ _entities: ({ marketplaceSubscription?: { active: boolean } } | null)[] }>(peers, 'billing',
        'query Sub($reps: [_Any!]!) { _entities(representations: $reps) { ... on Account { marketplaceSubscription { active } } } }',
        { reps: [{ __typename: 'Account', id: accountId }] });
      return { active: data._entities[0]?.marketplaceSubscription?.active ?? false };
    },
  };
}
