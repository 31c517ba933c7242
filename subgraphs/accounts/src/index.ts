import { defineSubgraph } from '@appmarket/federation';
import { createAccountsContext, createAccountsServices } from './context';
import { ACCOUNTS_DB_SCHEMA, createAccountsDataSource } from './data-source';
import { buildAccountsSchema } from './schema';
import { seedAccounts } from './seed';

/** The accounts subgraph: accounts, users, installs, app tokens, Vendor API. */
export const accountsSubgraph = defineSubgraph({
  name: 'accounts',
  dbSchema: ACCOUNTS_DB_SCHEMA,
  portEnv: 'ACCOUNTS_PORT',
  defaultPort: 4002,
  buildSchema: buildAccountsSchema,
  createDataSource: createAccountsDataSource,
  createContextFactory: ({ dataSource, clock }) => createAccountsContext(createAccountsServices(dataSource, clock)),
  seedDemoData: seedAccounts,
});
