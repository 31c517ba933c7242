import { registerEnumType } from 'type-graphql';

/**
 * Why an install's billing state changed (InstallBillingChange.cause): an enum in the API (issue
 * 19, item 8), stored as its name. Every cause the services record is here; a cause missing from
 * it would fail to serialise, so a new one is added here first.
 */
export const BillingChangeCause = {
  INSTALLED: 'INSTALLED',
  TRIAL_ENDED: 'TRIAL_ENDED',
  SUBSCRIPTION_ENDED: 'SUBSCRIPTION_ENDED',
  PAYMENT: 'PAYMENT',
  TRIAL_EXTENDED: 'TRIAL_EXTENDED',
  PRICE_CHANGED: 'PRICE_CHANGED',
  REMOVED: 'REMOVED',
  RELEASED: 'RELEASED',
} as const;

registerEnumType(BillingChangeCause, {
  name: 'BillingChangeCause',
  description: 'Why an install’s billing state changed.',
  valuesConfig: {
    INSTALLED: { description: 'The app was installed (PR-1, PR-3, TR-2: free, paid or trial).' },
    TRIAL_ENDED: { description: 'TR-3: the trial ended; the install is paid from an option or suspended.' },
    SUBSCRIPTION_ENDED: { description: 'The subscription period that paid for it ended (BX-7: suspended).' },
    PAYMENT: { description: 'A purchase of paid-app options resumed it.' },
    TRIAL_EXTENDED: { description: 'TX-1: the vendor extended the trial.' },
    PRICE_CHANGED: { description: 'PC-4, PC-5: the app’s price changed and took effect for this install.' },
    REMOVED: { description: 'The app was uninstalled; its option is free again.' },
    RELEASED: { description: 'An install that did not complete gave back what its billing decision held.' },
  },
});
