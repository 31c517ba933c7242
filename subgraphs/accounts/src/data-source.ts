import { createSubgraphDataSource } from '@appmarket/db';
import { Account } from './accounts/account.entity';
import { IncomingWebhook } from './developer/incoming-webhook.entity';
import { LocalApp } from './developer/local-app.entity';
import { Install } from './installs/install.entity';
import { CreateAccounts1763890000001 } from './migrations/1763890000001-CreateAccounts';
import { InstallLifecycle1763890000002 } from './migrations/1763890000002-InstallLifecycle';
import { LocalAppsAndWebhooks1763890000003 } from './migrations/1763890000003-LocalAppsAndWebhooks';
import { HostProvisioning1764200000013 } from './migrations/1764200000013-HostProvisioning';
import { IdempotencyKeys1764300000014 } from './migrations/1764300000014-IdempotencyKeys';
import { VendorCallToken1764300000020 } from './migrations/1764300000020-VendorCallToken';
import { LiveInstallsByApp1764300000191 } from './migrations/1764300000191-LiveInstallsByApp';
import { AppToken } from './tokens/app-token.entity';
import { User } from './users/user.entity';
import { VendorCall } from './vendor-api/vendor-call.entity';

export const ACCOUNTS_DB_SCHEMA = 'accounts';

export function createAccountsDataSource(url: string, poolSize?: number) {
  return createSubgraphDataSource({
    url,
    schema: ACCOUNTS_DB_SCHEMA,
    entities: [Account, User, Install, AppToken, VendorCall, LocalApp, IncomingWebhook],
    migrations: [CreateAccounts1763890000001, InstallLifecycle1763890000002, LocalAppsAndWebhooks1763890000003, HostProvisioning1764200000013, IdempotencyKeys1764300000014, VendorCallToken1764300000020, LiveInstallsByApp1764300000191],
    poolSize,
    applicationName: 'appmarket-accounts',
  });
}
