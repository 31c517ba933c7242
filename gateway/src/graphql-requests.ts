import type { Request } from 'express';

/**
 * The GraphQL requests an HTTP request carries, as Apollo Server will read them: a POST body (one
 * object, or a batch), or a GET's query string (`variables` and `extensions` as JSON). For plugins
 * that must look at a request before Apollo Server does (limits, APQ checks); what cannot be read
 * here is left for Apollo Server to refuse.
 */
export interface GraphQLHttpRequest {
  query?: string;
  operationName?: string;
  variables?: Record<string, unknown>;
  extensions?: Record<string, unknown>;
}

export function graphqlRequestsOf(req: Request): GraphQLHttpRequest[] {
  const raw: unknown[] = req.method === 'GET' ? [fromQueryString(req.query as Record<string, unknown>)] : Array.isArray(req.body) ? req.body : [req.body];
  return raw.flatMap((r) => {
    if (!isPlainObject(r)) return [];
    return [{
      query: typeof r.query === 'string' ? r.query : undefined,
      operationName: typeof r.operationName === 'string' ? r.operationName : undefined,
      variables: isPlainObject(r.variables) ? r.variables : undefined,
      extensions: isPlainObject(r.extensions) ? r.extensions : undefined,
    }];
  });
}

function fromQueryString(query: Record<string, unknown>): Record<string, unknown> {
  return { query: query.query, operationName: query.operationName, variables: json(query.variables), extensions: json(query.extensions) };
}

function json(value: unknown): unknown {
  if (typeof value !== 'string') return undefined;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return undefined; // Apollo Server refuses it
  }
}

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
