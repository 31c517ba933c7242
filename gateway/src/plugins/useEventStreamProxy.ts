import type { Logger } from '@appmarket/core';
import type { Authenticator } from '../auth';
import { besideGraphql, CALL_CARD_EVENTS_PATH, mountEventStreamProxy } from '../event-stream-proxy';
import type { GatewayPlugin } from '../plugin';
import { requestIdOf } from './useRequestId';

/**
 * Why: front ends talk only to the gateway, so telephony-loyalty's call-card events (TL-1,
 * server-sent) are proxied under the same path, the caller authenticated here as for GraphQL
 * (event-stream-proxy.ts). Without a telephony-loyalty URL the route is not mounted. Open streams
 * end when the gateway drains (browsers reconnect with Last-Event-ID), so they never hold it up.
 */
export function useEventStreamProxy(options: { telephonyUrl: string; authenticator: Authenticator; logger: Logger }): GatewayPlugin {
  if (!options.telephonyUrl) return { name: 'event-stream-proxy' };
  let closeStreams: () => void = () => undefined;
  return {
    name: 'event-stream-proxy',
    http: {
      routes(app) {
        closeStreams = mountEventStreamProxy(app, {
          path: CALL_CARD_EVENTS_PATH,
          upstream: besideGraphql(options.telephonyUrl, CALL_CARD_EVENTS_PATH),
          subgraph: 'telephony-loyalty',
          authenticator: options.authenticator,
          logger: options.logger,
          requestIdOf,
        });
      },
    },
    apollo: {
      async serverWillStart() {
        return { drainServer: async () => closeStreams() };
      },
    },
  };
}
