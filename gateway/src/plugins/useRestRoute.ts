import type { Logger } from '@appmarket/core';
import type { Request, RequestHandler, Response } from 'express';
import { sendError } from '../http-errors';
import type { GatewayPlugin } from '../plugin';
import { createRestProxy, type RestProxy } from '../rest-proxy';

export interface RestRouteOptions {
  name: string;
  /** Public path prefix on the gateway, also the path on the subgraph (e.g. `/api/vendor/1.0`). */
  prefix: string;
  /** The subgraph's GraphQL URL (its REST routes live beside `/graphql`); '' mounts nothing. */
  subgraphUrl: string;
  maxBodyBytes: number;
  timeoutMs: number;
  logger: Logger;
  /** Middleware run before the proxy (authentication, rate limits), in order. */
  before?: RequestHandler[];
  headersFor?(req: Request, res: Response): Record<string, string> | Promise<Record<string, string>>;
  /** The protocol's error shape for the gateway's own refusals; the GraphQL-like shape by default. */
  refuse?(res: Response, status: number, code: string, message: string): void;
}

/**
 * Why: vendors and providers configure one base URL, the gateway's public origin; the protocols
 * themselves (Vendor API, Phone API) are served by the subgraph that owns them (rest-proxy.ts).
 */
export function useRestRoute(options: RestRouteOptions): GatewayPlugin {
  if (!options.subgraphUrl) return { name: options.name };
  let proxy: RestProxy | undefined;
  return {
    name: options.name,
    http: {
      routes(app) {
        proxy = createRestProxy({
          upstreamOrigin: originBesideGraphql(options.subgraphUrl),
          maxBodyBytes: options.maxBodyBytes,
          timeoutMs: options.timeoutMs,
          logger: options.logger,
          headersFor: options.headersFor,
          refuse: options.refuse ?? sendError,
        });
        app.use(options.prefix, ...(options.before ?? []), proxy.handle);
      },
    },
    stop: () => proxy?.close(),
  };
}

/** `http://host:4002/graphql` → `http://host:4002` (a path prefix before `/graphql` is kept). */
export function originBesideGraphql(subgraphUrl: string): string {
  const url = new URL(subgraphUrl);
  return `${url.origin}${url.pathname.replace(/\/graphql\/?$/, '').replace(/\/$/, '')}`;
}
