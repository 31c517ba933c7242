import { GRAPHQL_PATH, type GatewayPlugin } from '../plugin';
import type { Authenticator } from '../auth';
import { admitPhoneGraphql } from '../phone-api/phone-http';
import type { LimitStore } from '../phone-api/limit-store';
import type { PhoneLimits } from '../phone-api/phone-limits';

/**
 * Why: the Phone API's limits (100 requests per 5 s and 5 at once per key, 100 at once per IP)
 * are the API's, not an operation's: they hold at the public edge for the REST route (useRestRoute
 * `phone-api`, whose `before` admits each request) and for the TELEPHONY key's GraphQL requests
 * (here, before the body is read), across replicas through Redis (phone-api/limit-store.ts).
 */
export function usePhoneLimits(options: { limits: PhoneLimits; store: LimitStore; authenticator: Authenticator }): GatewayPlugin {
  return {
    name: 'phone-limits',
    http: {
      graphql(app) {
        app.use(GRAPHQL_PATH, admitPhoneGraphql(options.limits, options.authenticator));
      },
    },
    stop: () => options.store.close(),
  };
}
