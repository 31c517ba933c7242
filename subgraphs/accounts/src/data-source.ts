import { createSubgraphDataSource } from '@appmarket/db';
import { Account } from './accounts/account.entity';
import { Install } from './installs/install.entity';
import { CreateAccounts1763890000001 } from './migrations/1763890000001-CreateAccounts';
import { InstallLifecycle1763890000002 } from './migrations/1763890000002-InstallLifecycle';
import { AppToken } from './tokens/app-token.entity';
import { User } from './users/user.entity';
import { VendorCall } from './vendor-api/vendor-call.entity';

export const ACCOUNTS_DB_SCHEMA = 'accounts';

export function createAccountsDataSource(url: string, poolSize?: number) {
  return createSubgraphDataSource({
    url,
    schema: ACCOUNTS_DB_SCHEMA,
    entities: [Account, User, Install, AppToken, VendorCall],
    migrations: [CreateAccounts1763890000001, InstallLifecycle1763890000002],
    poolSize,
    applicationName: 'appmarket-accounts',
  });
}
