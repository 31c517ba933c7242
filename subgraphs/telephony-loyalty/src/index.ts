import { defineSubgraph } from '@appmarket/federation';
import { createTelephonyContext, createTelephonyServices } from './context';
import { createTelephonyDataSource, TELEPHONY_DB_SCHEMA } from './data-source';
import { buildTelephonySchema } from './schema';
import { seedTelephony } from './seed';

/** The telephony-loyalty subgraph: Phone API calls and Loyalty API discounts. */
export const telephonySubgraph = defineSubgraph({
  name: 'telephony-loyalty',
  dbSchema: TELEPHONY_DB_SCHEMA,
  portEnv: 'TELEPHONY_PORT',
  defaultPort: 4004,
  buildSchema: buildTelephonySchema,
  createDataSource: createTelephonyDataSource,
  createContextFactory: ({ dataSource, clock }) => createTelephonyContext(createTelephonyServices(dataSource, clock)),
  seedDemoData: seedTelephony,
});
