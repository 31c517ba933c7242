import { request as httpRequest, Agent as HttpAgent, type ClientRequest, type IncomingHttpHeaders, type OutgoingHttpHeaders } from 'node:http';
import { request as httpsRequest, Agent as HttpsAgent } from 'node:https';
import type { Logger } from '@appmarket/core';
import { encodeIdentity, GATEWAY_SIGNER, IDENTITY_HEADER } from '@appmarket/federation';
import type { Express, Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import type { Authenticator, Caller } from './auth';

/** The call-card stream of telephony-loyalty (its `CARD_EVENTS_PATH`), served under the same path here. */
export const CALL_CARD_EVENTS_PATH = '/events/call-cards';

/**
 * Where a subgraph serves a route beside its `/graphql`: `http://host:4004/graphql` →
 * `http://host:4004/events/call-cards` (a path prefix before `/graphql` is kept).
 */
export function besideGraphql(subgraphUrl: string, path: string): string {
  const url = new URL(subgraphUrl);
  url.pathname = url.pathname.replace(/\/graphql\/?$/, '').replace(/\/$/, '') + path;
  url.search = '';
  url.hash = '';
  return url.toString();
}

export interface EventStreamProxyOptions {
  path: string;
  /** The upstream URL of the stream, and the subgraph serving it (the identity header's audience). */
  upstream: string;
  subgraph: string;
  authenticator: Authenticator;
  logger: Logger;
  /** The request id of this request (the gateway sets it before the route runs). */
  requestIdOf(res: Response): string;
}

// Not forwarded either way: they describe one connection, not the stream.
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'proxy-connection', 'te', 'trailer']);

/**
 * GET `path`: a server-sent event stream of a subgraph, proxied. The gateway authenticates the
 * caller as for GraphQL (auth.ts) and signs the internal identity header; the subgraph decides who
 * may have the stream (its refusals — status and body — pass through). The identity header is
 * checked once, when the subgraph accepts the connection, so its 15 s validity does not bound the
 * stream. Events are piped as they come (nothing buffered); when the client goes away the upstream
 * request is destroyed, so the subgraph unsubscribes and its socket closes. Returns the function
 * that ends every open stream (gateway stop; browsers reconnect with Last-Event-ID).
 */
export function mountEventStreamProxy(app: Express, options: EventStreamProxyOptions): () => void {
  const upstreamUrl = new URL(options.upstream);
  const request = upstreamUrl.protocol === 'https:' ? httpsRequest : httpRequest;
  // One connection per stream, closed with it: a stream would hold a pooled socket for hours anyway.
  const agent = upstreamUrl.protocol === 'https:' ? new HttpsAgent({ keepAlive: false }) : new HttpAgent({ keepAlive: false });
  // Open streams: each client response with its upstream request.
  const open = new Map<Response, ClientRequest>();
  let stopped = false;

  app.get(options.path, async (req: Request, res: Response) => {
    const requestId = options.requestIdOf(res);
    let gone = false;
    // The client went away (or the response ended): drop the upstream request with it, so the
    // subgraph unsubscribes the stream and no socket is left behind.
    res.on('close', () => {
      gone = true;
      const upstream = open.get(res);
      open.delete(res);
      if (upstream && !upstream.destroyed) upstream.destroy();
    });
    let caller: Caller;
    try {
      caller = await options.authenticator.authenticate(req.headers);
    } catch (error) {
      if (error instanceof GraphQLError && error.extensions.code === 'UNAUTHENTICATED') {
        return refuse(res, 401, 'UNAUTHENTICATED', error.message, requestId);
      }
      options.logger.error('install token resolution failed', { requestId, error: error instanceof Error ? error.message : String(error) });
      return refuse(res, 503, 'UPSTREAM_UNAVAILABLE', 'Credentials could not be checked right now.', requestId);
    }
    // No stream is anyone's without credentials; the subgraph would say the same, one hop later.
    if (caller.identity.kind === 'anonymous') return refuse(res, 401, 'UNAUTHENTICATED', 'the stream needs credentials', requestId);
    // A client's own identity header is never passed on: only the one signed here, for this subgraph.
    const identityHeader = await encodeIdentity(caller.identity, { as: GATEWAY_SIGNER, audience: options.subgraph });
    if (gone) return; // left while the credentials were checked
    if (stopped) return refuse(res, 503, 'UPSTREAM_UNAVAILABLE', 'the gateway is stopping', requestId);

    const headers: OutgoingHttpHeaders = {
      accept: 'text/event-stream',
      [IDENTITY_HEADER]: identityHeader,
      'x-request-id': requestId,
    };
    const lastEventId = req.headers['last-event-id'];
    if (typeof lastEventId === 'string' && lastEventId !== '') headers['last-event-id'] = lastEventId;

    const upstream = request(upstreamUrl, { method: 'GET', headers, agent });
    open.set(res, upstream);
    upstream.on('response', (answer) => {
      res.status(answer.statusCode ?? 502);
      for (const [name, value] of Object.entries(answer.headers as IncomingHttpHeaders)) {
        if (value !== undefined && !HOP_BY_HOP.has(name)) res.setHeader(name, value);
      }
      res.setHeader('x-request-id', requestId);
      // Tells a buffering reverse proxy (nginx) in front of the gateway to pass events on at once.
      if (String(answer.headers['content-type'] ?? '').startsWith('text/event-stream')) res.setHeader('x-accel-buffering', 'no');
      res.flushHeaders();
      answer.on('error', () => res.destroy());
      // The subgraph ending the stream (e.g. it lost its LISTEN connection) ends ours: the browser resumes.
      answer.pipe(res);
    });
    upstream.on('error', (error) => {
      if (gone) return; // our own destroy after the client left
      if (res.headersSent) {
        res.destroy(); // mid-stream: cut it, the browser reconnects with Last-Event-ID
        return;
      }
      options.logger.warn('event stream upstream unavailable', { requestId, upstream: options.upstream, error: error.message });
      refuse(res, 502, 'UPSTREAM_UNAVAILABLE', 'event stream unavailable', requestId);
    });
    upstream.end();
  });

  return () => {
    stopped = true;
    // Each 'close' handler above then destroys its upstream request.
    for (const res of [...open.keys()]) res.destroy();
    agent.destroy();
  };
}

/** Same body shape as the subgraph's own refusals of the stream, so clients read one shape. */
function refuse(res: Response, status: number, code: string, message: string, requestId: string): void {
  res.status(status).json({ code, message, requestId });
}
