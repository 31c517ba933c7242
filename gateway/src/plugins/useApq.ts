import type { KeyValueCache, KeyValueCacheSetOptions } from '@apollo/utils.keyvaluecache';
import type { NextFunction, Request, Response } from 'express';
import { statusOfCode, type GatewayErrorCode } from '../error-codes';
import { graphqlRequestsOf, isPlainObject, type GraphQLHttpRequest } from '../graphql-requests';
import { sendError } from '../http-errors';
import { sha256Hex, type OperationManifests } from '../persisted-queries';
import { GRAPHQL_PATH, type GatewayPlugin } from '../plugin';
import type { RedisConnection } from '../redis/redis-connection';
import { SharedCache } from '../redis/shared-cache';

const APQ_PREFIX = 'apq:';
const APQ_TTL_SECONDS = 24 * 3600;

/**
 * Why: clients send `extensions.persistedQuery.sha256Hash` instead of the query text (automatic
 * persisted queries). The store is this process's memory over Redis when REDIS_URL is set, so
 * replicas share it; a Redis outage leaves memory alone, so an unknown hash is still "not found"
 * (docs/gateway.md, "Redis"). Every operation of the manifests is always found by its hash (never evicted, never sent first).
 * A request Apollo Server would refuse without a code (a version other than 1, a hash that is not
 * the query's) is refused first, with one (400).
 */
export function useApq(options: { manifests: OperationManifests; redis?: RedisConnection }): GatewayPlugin {
  const store = new SharedCache(options.redis);
  return {
    name: 'apq',
    http: { graphql: (app) => app.use(GRAPHQL_PATH, checkPersistedQueries) },
    apolloOptions: { persistedQueries: { cache: new ManifestBackedCache(store, options.manifests), ttl: APQ_TTL_SECONDS } },
  };
}

function checkPersistedQueries(req: Request, res: Response, next: NextFunction): void {
  for (const request of graphqlRequestsOf(req)) {
    const refusal = persistedQueryRefusal(request);
    if (refusal) return sendError(res, statusOfCode(refusal.code), refusal.code, refusal.message);
  }
  next();
}

/** Why `extensions.persistedQuery` cannot be served (the APQ protocol's version 1), or undefined. */
export function persistedQueryRefusal(request: GraphQLHttpRequest): { code: GatewayErrorCode; message: string } | undefined {
  const persisted = request.extensions?.persistedQuery;
  if (persisted === undefined) return undefined;
  if (!isPlainObject(persisted) || persisted.version !== 1) {
    return { code: 'PERSISTED_QUERY_VERSION_NOT_SUPPORTED', message: 'extensions.persistedQuery.version must be 1, the only version of automatic persisted queries.' };
  }
  const hash = persisted.sha256Hash;
  if (typeof hash !== 'string' || !/^[0-9a-f]{64}$/.test(hash)) {
    return { code: 'PERSISTED_QUERY_HASH_MISMATCH', message: 'extensions.persistedQuery.sha256Hash must be the SHA-256 of the query, as 64 lower-case hex digits.' };
  }
  if (request.query !== undefined && sha256Hex(request.query) !== hash) {
    return { code: 'PERSISTED_QUERY_HASH_MISMATCH', message: 'extensions.persistedQuery.sha256Hash is not the SHA-256 of the query sent with it.' };
  }
  return undefined;
}

/** The APQ store, which also knows every registered operation by its hash. */
export class ManifestBackedCache implements KeyValueCache<string> {
  constructor(private readonly inner: KeyValueCache<string>, private readonly manifests: OperationManifests) {}

  async get(key: string): Promise<string | undefined> {
    const registered = key.startsWith(APQ_PREFIX) ? this.manifests.byHash.get(key.slice(APQ_PREFIX.length)) : undefined;
    return registered?.body ?? (await this.inner.get(key));
  }

  set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    return this.inner.set(key, value, options);
  }

  delete(key: string): Promise<boolean | void> {
    return this.inner.delete(key);
  }
}
