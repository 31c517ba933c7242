import { recordRateLimitRefusal } from '@appmarket/telemetry';
import type { NextFunction, Request, Response } from 'express';
import { sendError } from '../http-errors';
import { graphqlRequestsOf } from '../graphql-requests';
import { JudgedSources, LimitExceededError, type OperationLimits } from '../limits';
import { GRAPHQL_PATH, type GatewayPlugin } from '../plugin';

/**
 * Why: no document may make the gateway work more than a bounded amount (issue 14): it is judged
 * in time linear in its size (limits/) before Apollo Server parses, validates (graphql-js's field
 * merging check is quadratic in repeated fields) or plans it, and before any other plugin walks it.
 * Tokens, fragments, directives per field, fields as executed, depth, aliases, repeated fields
 * and cost (variables and their defaults included) are each refused with their own code, the
 * measured value and the limit (400).
 *
 * The HTTP stage judges every request that carries query text (POST, GET, batches). An APQ
 * request that sends only the hash was judged when its text was registered; its cost (variables
 * change) and anything else not judged yet is judged again before planning. Apollo Server's own
 * parse is bounded by `maxTokens` as well, and its validation stops after MAX_VALIDATION_ERRORS
 * errors: each error costs a stack trace (Apollo Server wraps it once more), and a document under
 * every limit can still be wrong in a hundred places.
 */
export const MAX_VALIDATION_ERRORS = 10;

export function useLimits(limits: OperationLimits): GatewayPlugin {
  // What a query text's structure measured is remembered per text (judged-sources.ts): a client sends the same few documents.
  const judge = new JudgedSources(limits);
  const judgeHttp = (req: Request, res: Response, next: NextFunction) => {
    const judged: string[] = [];
    for (const request of graphqlRequestsOf(req)) {
      if (request.query === undefined) continue; // APQ by hash: judged before planning
      try {
        if (judge.judgeSource(request.query, request)) judged.push(request.query);
      } catch (error) {
        if (!(error instanceof LimitExceededError)) throw error;
        const { code, http, ...measured } = error.extensions as { code: string; http: { status: number } };
        recordRateLimitRefusal('operation-limits', code);
        return sendError(res, http.status, code, error.message, measured);
      }
    }
    res.locals.judgedSources = judged;
    next();
  };
  return {
    name: 'limits',
    http: { graphql: (app) => app.use(GRAPHQL_PATH, judgeHttp) },
    context: ({ res }) => ({ judgedSources: new Set<string>((res.locals.judgedSources as string[] | undefined) ?? []) }),
    apolloOptions: { parseOptions: { maxTokens: limits.maxTokens }, validationOptions: { maxErrors: MAX_VALIDATION_ERRORS } },
    apollo: {
      async requestDidStart() {
        return {
          async didResolveOperation({ contextValue, document, request, source }) {
            if (contextValue.judgedSources?.has(source)) return;
            try {
              judge.judgeDocument(source, document, { operationName: request.operationName, variables: request.variables });
            } catch (error) {
              if (error instanceof LimitExceededError) recordRateLimitRefusal('operation-limits', String(error.extensions.code));
              throw error;
            }
          },
        };
      },
    },
  };
}
