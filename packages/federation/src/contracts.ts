/**
 * The shapes of internal calls between subgraphs that both sides write in TypeScript (the
 * operations themselves: docs/CONTRACTS.md). The owner's GraphQL input class implements the
 * shape, the caller's port sends it, so the two cannot drift apart unnoticed.
 */

/** Accounts asks billing how a new install is paid for (`decideInstallBilling`, idempotent by installId). */
export interface DecideInstallBillingInput {
  installId: string;
  accountId: string;
  appId: string;
  /** TY-1 (a String in the SDL). */
  appType: string;
  /** TR-2: whether the account ever installed this app before (accounts knows); a reinstall gets no new trial. */
  everInstalledBefore: boolean;
}

/**
 * BX-8: every incoming-webhook token starts with this, so the gateway asks accounts'
 * `webhookByAccessToken` for these and `installByAccessToken` for the rest (no dot occurs in an
 * install token, and a JWT has two).
 */
export const WEBHOOK_TOKEN_PREFIX = 'whk.';
