import { defineSubgraph } from '@appmarket/federation';
import { createBillingContext, createBillingServices } from './context';
import { BILLING_DB_SCHEMA, createBillingDataSource } from './data-source';
import { buildBillingSchema } from './schema';
import { seedBilling } from './seed';

/** The billing subgraph: paid-app options, trials, suspension, vendor revenue. */
export const billingSubgraph = defineSubgraph({
  name: 'billing',
  dbSchema: BILLING_DB_SCHEMA,
  portEnv: 'BILLING_PORT',
  defaultPort: 4003,
  buildSchema: buildBillingSchema,
  createDataSource: createBillingDataSource,
  createContextFactory: ({ dataSource, clock }) => createBillingContext(createBillingServices(dataSource, clock)),
  seedDemoData: seedBilling,
});
