import { callPeer, type DecideInstallBillingInput, type PeerDirectory } from '@appmarket/federation';

export interface InstallBillingDecision {
  installId: string;
  state: 'FREE' | 'TRIAL' | 'PAID';
  trialEndsAt: string | null;
}

export interface InstallBillingFacts {
  billing: { state: string; trialEndsAt: string | null; priceKopecks: number } | null;
  periods: { startsAt: string; endsAt: string }[];
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
  /**
   * What the Vendor API's `subscription` block says, read in one call: `Install.billing` (state,
   * trial end, the monthly price the install is billed at) and the account's
   * `subscriptionPeriods` (a PAID install is paid until the periods it runs in end).
   */
  installBilling(installId: string, accountId: string): Promise<InstallBillingFacts>;
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
    async installBilling(installId, accountId) {
      type Entity = { billing?: InstallBillingFacts['billing']; subscriptionPeriods?: InstallBillingFacts['periods'] } | null;
      const data = await callPeer<{ _entities: Entity[] }>(peers, 'billing',
        `query Billing($reps: [_Any!]!) { _entities(representations: $reps) {
          ... on Install { billing { state trialEndsAt priceKopecks } }
          ... on Account { subscriptionPeriods { startsAt endsAt } }
        } }`,
        { reps: [{ __typename: 'Install', id: installId }, { __typename: 'Account', id: accountId }] });
      return { billing: data._entities[0]?.billing ?? null, periods: data._entities[1]?.subscriptionPeriods ?? [] };
    },
    async marketplaceSubscription(accountId) {
      const data = await callPeer<{ _entities: ({ marketplaceSubscription?: { active: boolean } } | null)[] }>(peers, 'billing',
        'query Sub($reps: [_Any!]!) { _entities(representations: $reps) { ... on Account { marketplaceSubscription { active } } } }',
        { reps: [{ __typename: 'Account', id: accountId }] });
      return { active: data._entities[0]?.marketplaceSubscription?.active ?? false };
    },
  };
}
