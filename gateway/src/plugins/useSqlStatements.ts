import { SQL_STATEMENTS_HEADER } from '@appmarket/federation';
import type { GatewayPlugin } from '../plugin';

/**
 * Why: "no N+1" is checked from outside. Each subgraph reports the SQL statements a request cost
 * it (x-sql-statements); the gateway sums them per client request and answers the total in the
 * same header, so a test or the bench can see that the count does not grow with the page size.
 */
export function useSqlStatements(): GatewayPlugin {
  return {
    name: 'sql-statements',
    context: () => ({ sqlStatements: { count: 0 } }),
    subgraphs: {
      didReceiveResponse(response, context) {
        const count = Number(response.http?.headers.get(SQL_STATEMENTS_HEADER));
        if (context.sqlStatements && Number.isFinite(count)) context.sqlStatements.count += count;
      },
    },
    apollo: {
      async requestDidStart() {
        return {
          async willSendResponse({ response, contextValue }) {
            response.http.headers.set(SQL_STATEMENTS_HEADER, String(contextValue.sqlStatements?.count ?? 0));
          },
        };
      },
    },
  };
}
