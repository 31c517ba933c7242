import { AccountsErrorCodes } from '@appmarket/accounts/src/error-codes';
import { RelayedBillingCodes } from '@appmarket/accounts/src/peers/billing-refusals';
import { BillingErrorCodes } from '@appmarket/billing/src/error-codes';

/**
 * installApp passes billing's refusals on as user errors (issue 19, item 2; PR-3): their enum
 * values are described in accounts with billing's own words, because a subgraph does not import
 * another's code. This keeps them billing's: the same codes, the same descriptions, none of
 * them declared by accounts as its own.
 */
it('PR-3: the billing codes installApp relays are billing\'s, described in its words', () => {
  for (const [code, description] of Object.entries(RelayedBillingCodes)) {
    expect([code, BillingErrorCodes[code as keyof typeof BillingErrorCodes]]).toEqual([code, description]);
    expect(Object.keys(AccountsErrorCodes)).not.toContain(code);
  }
});
