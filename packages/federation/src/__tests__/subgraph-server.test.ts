import type { Logger } from '@appmarket/core';
import express from 'express';
import { buildSchema } from 'graphql';
import { REQUEST_ID_HEADER, requestScopedLogger } from '../request-scope';
import { startSubgraphServer, type RunningServer } from '../subgraph-server';

/** What a logger was asked to write, line by line. */
function recordingLogger() {
  const lines: { level: string; msg: string; fields: Record<string, unknown> }[] = [];
  const write = (level: string) => (msg: string, fields: Record<string, unknown> = {}) => void lines.push({ level, msg, fields });
  const logger: Logger = { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
  return { logger, lines };
}

/** Nothing a client sees may show how the server is built. */
function expectNothingInternal(text: string) {
  expect(text).not.toMatch(/<html|<pre|<!DOCTYPE/i);
  expect(text).not.toMatch(/\bat .+:\d+:\d+/); // a stack frame
  expect(text).not.toMatch(/\/(work|home|usr|tmp)\/|node_modules|\.ts\b/); // a file path
}

describe('the subgraph HTTP server answers every error in JSON, with the request id', () => {
  const { logger, lines } = recordingLogger();
  let server: RunningServer;
  let base: string;
  beforeAll(async () => {
    server = await startSubgraphServer(
      {
        name: 'test-subgraph',
        schema: buildSchema('type Query { hello: String }'),
        logger,
        createContext: (ctx) => ctx,
        routes: (app) => {
          const log = requestScopedLogger(logger);
          app.post('/api/echo', express.json({ limit: '1kb' }), (req, res) => {
            log.info('echo route', { size: JSON.stringify(req.body).length });
            res.json({ echoed: req.body });
          });
          app.get('/api/boom', () => {
            throw new Error('secret detail at /work/app/src/boom.ts:12:3');
          });
          app.get('/api/async-boom', async () => {
            await Promise.resolve();
            throw new TypeError('cannot read properties of undefined');
          });
        },
      },
      0,
      '127.0.0.1',
    );
    base = server.url.replace(/\/graphql$/, '');
  });
  afterAll(() => server?.stop());

  const call = async (path: string, init: RequestInit = {}) => {
    const response = await fetch(`${base}${path}`, init);
    const text = await response.text();
    return { response, text, body: JSON.parse(text) as Record<string, unknown> };
  };
  const post = (path: string, body: string, headers: Record<string, string> = {}) =>
    call(path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  it('an unknown route is a JSON 404 NOT_FOUND carrying the request id of its header', async () => {
    for (const [path, method] of [['/nope', 'GET'], ['/api/echo', 'GET'], ['/health', 'POST'], ['/api', 'DELETE']] as const) {
      const { response, text, body } = await call(path, { method });
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(body).toEqual({ code: 'NOT_FOUND', message: 'no such route', requestId: response.headers.get(REQUEST_ID_HEADER) });
      expect(body.requestId).toMatch(/^[0-9a-f-]{36}$/);
      expectNothingInternal(text);
    }
  });

  it('a malformed JSON body is 400 BAD_REQUEST, on /graphql and on a REST route alike', async () => {
    for (const path of ['/graphql', '/api/echo']) {
      const { response, text, body } = await post(path, '{"query": "{ hello }"', { [REQUEST_ID_HEADER]: 'req-malformed-1' });
      expect(response.status).toBe(400);
      expect(body).toEqual({ code: 'BAD_REQUEST', message: 'the request body is not valid JSON', requestId: 'req-malformed-1' });
      expectNothingInternal(text);
    }
  });

  it('a body over the limit is 413 BODY_TOO_LARGE', async () => {
    const { response, text, body } = await post('/api/echo', JSON.stringify({ pad: 'x'.repeat(2000) }));
    expect(response.status).toBe(413);
    expect(body).toMatchObject({ code: 'BODY_TOO_LARGE', requestId: response.headers.get(REQUEST_ID_HEADER) });
    expectNothingInternal(text);
  });

  it('an unexpected error, thrown or rejected, is 500 INTERNAL_SERVER_ERROR with the request id; the stack goes to the log only', async () => {
    for (const path of ['/api/boom', '/api/async-boom']) {
      const { response, text, body } = await call(path, { headers: { [REQUEST_ID_HEADER]: `req-${path.slice(5)}` } });
      expect(response.status).toBe(500);
      expect(body).toEqual({ code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error', requestId: `req-${path.slice(5)}` });
      expect(text).not.toContain('secret');
      expectNothingInternal(text);
      const logged = lines.find((l) => l.msg === 'unexpected error' && l.fields.requestId === `req-${path.slice(5)}`);
      expect(logged?.level).toBe('error');
      expect(String(logged?.fields.stack)).toMatch(/at .+:\d+:\d+/);
    }
  });

  it('every log line of a request carries its id, REST routes included; a bad id from the caller is replaced', async () => {
    const ok = await post('/api/echo', '{"a":1}', { [REQUEST_ID_HEADER]: 'req-echo-7' });
    expect(ok.response.status).toBe(200);
    expect(ok.response.headers.get(REQUEST_ID_HEADER)).toBe('req-echo-7');
    expect(lines.filter((l) => l.msg === 'echo route').map((l) => l.fields.requestId)).toEqual(['req-echo-7']);

    const hostile = await call('/nope', { headers: { [REQUEST_ID_HEADER]: '<script>alert(1)</script>' } });
    expect(hostile.body.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(hostile.response.headers.get(REQUEST_ID_HEADER)).toBe(hostile.body.requestId);
  });

  it('GraphQL keeps its own answers: a query without an identity header is refused as UNAUTHENTICATED, not masked', async () => {
    const { response, body } = await post('/graphql', JSON.stringify({ query: '{ hello }' }));
    expect(response.status).toBe(401);
    expect((body.errors as { extensions: { code: string } }[])[0]!.extensions.code).toBe('UNAUTHENTICATED');
  });
});
