import { registerEnumType } from 'type-graphql';

/** How an install is paid for (TR-5, BX-7). */
export enum BillingState {
  FREE = 'FREE',
  TRIAL = 'TRIAL',
  PAID = 'PAID',
  SUSPENDED = 'SUSPENDED',
}

registerEnumType(BillingState, { name: 'BillingState', description: 'How an install is paid for.' });
