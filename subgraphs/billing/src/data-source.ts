import { createSubgraphDataSource } from '@appmarket/db';
import { InstallBillingHistory } from './history/install-billing-history.entity';
import { InstallBilling } from './installs/install-billing.entity';
import { CreateBilling1763890000002 } from './migrations/1763890000002-CreateBilling';
import { BillingDomain1763920000005 } from './migrations/1763920000005-BillingDomain';
import { PendingInstallDecisions1763990000006 } from './migrations/1763990000006-PendingInstallDecisions';
import { VendorShareSetting1764100000007 } from './migrations/1764100000007-VendorShareSetting';
import { IdempotencyKeys1764300000007 } from './migrations/1764300000007-IdempotencyKeys';
import { Subscription } from './subscriptions/subscription.entity';

export const BILLING_DB_SCHEMA = 'billing';

export function createBillingDataSource(url: string, poolSize?: number) {
  return createSubgraphDataSource({
    url,
    schema: BILLING_DB_SCHEMA,
    entities: [InstallBilling, InstallBillingHistory, Subscription],
    migrations: [CreateBilling1763890000002, BillingDomain1763920000005, PendingInstallDecisions1763990000006, VendorShareSetting1764100000007, IdempotencyKeys1764300000007],
    poolSize,
    applicationName: 'appmarket-billing',
  });
}
