import { createSubgraphDataSource } from '@appmarket/db';
import { CallCard } from './cards/call-card.entity';
import { Call } from './calls/call.entity';
import { LoyaltySettings } from './loyalty/loyalty-settings.entity';
import { CreateTelephony1763890000003 } from './migrations/1763890000003-CreateTelephony';
import { PhoneAndLoyalty1763900000040 } from './migrations/1763900000040-PhoneAndLoyalty';
import { CardEventRetention1763990000041 } from './migrations/1763990000041-CardEventRetention';
import { ProviderCalls1764100000042 } from './migrations/1764100000042-ProviderCalls';
import { IdempotencyKeys1764300000043 } from './migrations/1764300000043-IdempotencyKeys';

export const TELEPHONY_DB_SCHEMA = 'telephony';

export function createTelephonyDataSource(url: string, poolSize?: number) {
  return createSubgraphDataSource({
    url,
    schema: TELEPHONY_DB_SCHEMA,
    entities: [Call, CallCard, LoyaltySettings],
    migrations: [CreateTelephony1763890000003, PhoneAndLoyalty1763900000040, CardEventRetention1763990000041, ProviderCalls1764100000042, IdempotencyKeys1764300000043],
    poolSize,
    applicationName: 'appmarket-telephony-loyalty',
  });
}
