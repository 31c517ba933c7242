import { createSubgraphDataSource } from '@appmarket/db';
import { Account } from './accounts/account.entity';
import { Install } from './installs/install.entity';
import { CreateAccounts1763890000001 } from './migrations/1763890000001-CreateAccounts';
import { User } from './users/user.entity';

export const ACCOUNTS_DB_SCHEMA = 'accounts';

export function createAccountsDataSource(url: string, poolSize?: number) {
  return createSubgraphDataSource({
    url,
    schema: ACCOUNTS_DB_SCHEMA,
    entities: [Account, User, Install],
    migrations: [CreateAccounts1763890000001],
    poolSize,
    applicationName: 'appmarket-accounts',
  });
}
