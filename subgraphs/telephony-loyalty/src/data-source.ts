import { createSubgraphDataSource } from '@appmarket/db';
import { Call } from './calls/call.entity';
import { CreateTelephony1763890000003 } from './migrations/1763890000003-CreateTelephony';

export const TELEPHONY_DB_SCHEMA = 'telephony';

export function createTelephonyDataSource(url: string, poolSize?: number) {
  return createSubgraphDataSource({
    url,
    schema: TELEPHONY_DB_SCHEMA,
    entities: [Call],
    migrations: [CreateTelephony1763890000003],
    poolSize,
    applicationName: 'appmarket-telephony-loyalty',
  });
}
