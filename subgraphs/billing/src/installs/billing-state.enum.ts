import { registerEnumType } from 'type-graphql';

/** How an install is paid for (TR-5, BX-7). */
export enum BillingState {
  FREE = 'FREE',
  TRIAL = 'TRIAL',
  PAID = 'PAID',
  SUSPENDED = 'SUSPENDED',
}

registerEnumType(BillingState, {
  name: 'BillingState',
  description: 'How an install is paid for.',
  valuesConfig: {
    FREE: { description: 'A free app: nothing to pay (PR-1).' },
    TRIAL: { description: 'A paid app on its trial (TR-1 to TR-4) or a trial extension (TX-2); trialEndsAt says until when.' },
    PAID: { description: 'A paid app paid for with the account’s paid-app options (PR-3).' },
    SUSPENDED: { description: 'Kept but not working: the trial or subscription ended without options to cover the price (TR-5, BX-7); a purchase that covers it resumes it.' },
  },
});
