import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { createLogger } from '@appmarket/core';
import { useRestRoute } from '@appmarket/gateway/src/plugins/useRestRoute';
import { startFakeGraph, type FakeGraph } from '../support/gateway-factories';

/**
 * A subgraph's REST protocol on the gateway's public origin (rest-proxy.ts): bytes, status,
 * headers and body pass unchanged both ways; the gateway adds the request id and X-Forwarded-For,
 * drops a client's own identity header, bounds the body and answers JSON when the subgraph is gone.
 */
interface Received {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: Buffer;
}

describe('REST routes proxied to a subgraph (useRestRoute)', () => {
  let upstream: Server;
  let received: Received[];
  let graph: FakeGraph;
  let base: string;

  beforeAll(async () => {
    received = [];
    upstream = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        received.push({ method: req.method!, url: req.url!, headers: req.headers, body: Buffer.concat(chunks) });
        if (req.url?.endsWith('/conflict')) return void res.writeHead(409, { 'content-type': 'application/json', 'x-vendor': 'v' }).end('{"error":"invalid transition"}');
        res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'identity' }).end('{"status":"Activated"}');
      });
    });
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    const port = (upstream.address() as AddressInfo).port;
    const logger = createLogger('rest-proxy-test', 'error');
    graph = await startFakeGraph({
      plugins: [
        useRestRoute({ name: 'echo', prefix: '/api/echo/1.0', subgraphUrl: `http://127.0.0.1:${port}/graphql`, maxBodyBytes: 1024, timeoutMs: 2000, logger }),
        useRestRoute({ name: 'gone', prefix: '/api/gone/1.0', subgraphUrl: 'http://127.0.0.1:1/graphql', maxBodyBytes: 1024, timeoutMs: 2000, logger }),
      ],
    });
    base = graph.gateway.url.replace(/\/graphql$/, '');
  });
  afterAll(async () => {
    await graph?.stop();
    await new Promise<void>((resolve) => upstream.close(() => resolve()));
  });
  beforeEach(() => received.splice(0));

  it('passes method, path, query and body bytes (gzip included) unchanged, and the answer back', async () => {
    const body = gzipSync(JSON.stringify({ status: 'Activated' }));
    const response = await fetch(`${base}/api/echo/1.0/apps/a/b/status?x=1`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip', authorization: 'Bearer vendor.jwt.here', 'x-request-id': 'req-rest-1' },
      body,
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'Activated' });
    expect(response.headers.get('x-request-id')).toBe('req-rest-1');
    expect(received).toHaveLength(1);
    const [call] = received;
    expect(call!.method).toBe('PUT');
    expect(call!.url).toBe('/api/echo/1.0/apps/a/b/status?x=1');
    expect(call!.body.equals(body)).toBe(true);
    expect(call!.headers['content-encoding']).toBe('gzip');
    expect(call!.headers.authorization).toBe('Bearer vendor.jwt.here');
    expect(call!.headers['x-request-id']).toBe('req-rest-1');
    expect(call!.headers['x-forwarded-for']).toMatch(/127\.0\.0\.1/);
  });

  it("never passes a client's own identity header", async () => {
    await fetch(`${base}/api/echo/1.0/ping`, { headers: { 'x-appmarket-identity': 'forged.signature' } });
    expect(received).toHaveLength(1);
    expect(received[0]!.headers['x-appmarket-identity']).toBeUndefined();
  });

  it("keeps the subgraph's refusals as they are: status, headers and body", async () => {
    const response = await fetch(`${base}/api/echo/1.0/conflict`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(response.status).toBe(409);
    expect(response.headers.get('x-vendor')).toBe('v');
    expect(await response.json()).toEqual({ error: 'invalid transition' });
  });

  it('refuses a body over the limit with 413 before the subgraph sees it, declared or streamed', async () => {
    const declared = await fetch(`${base}/api/echo/1.0/big`, { method: 'POST', body: 'x'.repeat(5000) });
    expect(declared.status).toBe(413);
    expect(((await declared.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('BODY_TOO_LARGE');
    const chunks = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 10; i++) controller.enqueue(new TextEncoder().encode('y'.repeat(500)));
        controller.close();
      },
    });
    const streamed = await fetch(`${base}/api/echo/1.0/big`, { method: 'POST', body: chunks, duplex: 'half' } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(received.filter((r) => r.body.length > 1024)).toEqual([]);
  });

  it('answers 502 UPSTREAM_UNAVAILABLE as JSON when the subgraph cannot be reached', async () => {
    const response = await fetch(`${base}/api/gone/1.0/apps/a/b/status`, { method: 'PUT', body: '{}', headers: { 'content-type': 'application/json' } });
    expect(response.status).toBe(502);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('UPSTREAM_UNAVAILABLE');
  });
});
