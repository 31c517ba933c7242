import { createSubgraphDataSource } from '@appmarket/db';
import { InstallBilling } from './installs/install-billing.entity';
import { CreateBilling1763890000002 } from './migrations/1763890000002-CreateBilling';
import { Subscription } from './subscriptions/subscription.entity';

export const BILLING_DB_SCHEMA = 'billing';

export function createBillingDataSource(url: string, poolSize?: number) {
  return createSubgraphDataSource({
    url,
    schema: BILLING_DB_SCHEMA,
    entities: [InstallBilling, Subscription],
    migrations: [CreateBilling1763890000002],
    poolSize,
    applicationName: 'appmarket-billing',
  });
}
