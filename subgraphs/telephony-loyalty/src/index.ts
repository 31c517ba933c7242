import { databaseUrlOf, defineSubgraph, type SubgraphModule } from '@appmarket/federation';
import { loadTelephonyRuntimeConfig, telephonyOptionsOf } from './config';
import { createTelephonyContext, createTelephonyServices, type TelephonyOptions } from './context';
import { createTelephonyDataSource, TELEPHONY_DB_SCHEMA } from './data-source';
import { mountCardEventStream } from './events/card-event-stream';
import { startTelephonyQueue } from './jobs/telephony-jobs';
import { mountPhoneApi } from './phone/rest/phone-routes';
import { buildTelephonySchema } from './schema';
import { seedTelephony } from './seed';

/**
 * The telephony-loyalty subgraph: Phone API calls, call cards over server-sent events and Loyalty
 * API discounts. Its options come from the environment (TELEPHONY_*, LOYALTY_*), read once at
 * start; a test may pass its own (short timeouts, small limits, workers off).
 */
export function createTelephonySubgraph(options?: TelephonyOptions) {
  return defineSubgraph({
    name: 'telephony-loyalty',
    dbSchema: TELEPHONY_DB_SCHEMA,
    portEnv: 'TELEPHONY_PORT',
    defaultPort: 4004,
    buildSchema: buildTelephonySchema,
    createDataSource: createTelephonyDataSource,
    seedDemoData: seedTelephony,
    config: () => options ?? telephonyOptionsOf(loadTelephonyRuntimeConfig()),
    services: (deps, config) => createTelephonyServices(deps, config),
    context: ({ services }) => createTelephonyContext(services),
    // MoySklad's Phone API 1.0 under /api/phone/1.0 (the gateway serves it on the public origin),
    // and GET /events/call-cards, whose streams end before the server drains.
    routes: (app, { services }) => {
      mountPhoneApi(app, { phone: services.phone, providerCalls: services.providerCalls, employees: services.employees });
      return mountCardEventStream(app, services.hub, services.cards);
    },
    // Retention of the call-card event log, on telephony's own pg-boss queue (a cron tick, once
    // across replicas); TELEPHONY_JOB_WORKERS=off leaves the work to another replica.
    background: ({ deps, config, services }) =>
      startTelephonyQueue({
        connectionString: databaseUrlOf(deps.dataSource),
        logger: deps.logger,
        work: config.cardEvents.workers,
        pruneCardEvents: async () => void (await services.cardEventRetention.prune()),
        expireIdempotencyKeys: async () => void (await services.idempotency.expire()),
      }),
    // The hub's LISTEN connection, opened by the first stream.
    onShutdown: async ({ services }) => {
      await services.hub.peek()?.close();
      await services.loyaltyClient.close();
    },
  });
}

export const telephonySubgraph: SubgraphModule = createTelephonySubgraph();
