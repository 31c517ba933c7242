import { defineSubgraph, type SubgraphDeps } from '@appmarket/federation';
import { createTelephonyContext, createTelephonyServices, DEFAULT_TELEPHONY_OPTIONS, type TelephonyOptions, type TelephonyServices } from './context';
import { createTelephonyDataSource, TELEPHONY_DB_SCHEMA } from './data-source';
import { mountCardEventStream } from './events/card-event-stream';
import { startTelephonyQueue } from './jobs/telephony-jobs';
import { buildTelephonySchema } from './schema';
import { seedTelephony } from './seed';

/**
 * The telephony-loyalty subgraph: Phone API calls and Loyalty API discounts. `options` lets a test
 * start it with short timeouts and small limits; production uses the defaults.
 */
export function createTelephonySubgraph(options: TelephonyOptions = DEFAULT_TELEPHONY_OPTIONS) {
  // The GraphQL context and the event-stream route share one set of services per started server.
  const servicesOf = new WeakMap<SubgraphDeps, TelephonyServices>();
  const services = (deps: SubgraphDeps) => {
    let s = servicesOf.get(deps);
    if (!s) servicesOf.set(deps, (s = createTelephonyServices(deps, options)));
    return s;
  };
  return defineSubgraph({
    name: 'telephony-loyalty',
    dbSchema: TELEPHONY_DB_SCHEMA,
    portEnv: 'TELEPHONY_PORT',
    defaultPort: 4004,
    buildSchema: buildTelephonySchema,
    createDataSource: createTelephonyDataSource,
    createContextFactory: (deps) => createTelephonyContext(services(deps)),
    routes: (app, deps) => {
      const s = services(deps);
      const closeStreams = mountCardEventStream(app, s.hub, s.cards);
      return async () => {
        await closeStreams();
        await s.hub.peek()?.close();
      };
    },
    // Retention of the call-card event log, on telephony's own pg-boss queue (cron, once per tick
    // across replicas).
    background: async (deps) => {
      const s = services(deps);
      const queue = await startTelephonyQueue({
        connectionString: String((deps.dataSource.options as { url?: string }).url),
        logger: deps.logger,
        work: options.cardEvents.workers,
        pruneCardEvents: async () => void (await s.cardEventRetention.prune()),
      });
      return () => queue.stop();
    },
    seedDemoData: seedTelephony,
  });
}

export const telephonySubgraph = createTelephonySubgraph();
