import type { GatewayPlugin } from '@appmarket/gateway';
import { startFakeGraph, type FakeGraph } from '../support/gateway-factories';

/**
 * Issue 18: no HTTP response of the gateway shows a stack trace, Express's HTML error page or a
 * server path; every error path answers JSON `{ errors: [{ message, extensions: { code, requestId } }] }`
 * (useJsonErrors, the last middleware). A route that throws is added through the `plugins` option,
 * as a feature plugin would be.
 */
const SECRET_PATH = '/srv/appmarket/secret-config.ts';

const throwingRoutes: GatewayPlugin = {
  name: 'test-throwing-routes',
  http: {
    routes(app) {
      app.get('/test/throws', () => {
        throw new Error(`ENOENT: no such file or directory, open '${SECRET_PATH}'`);
      });
      app.get('/test/rejects', async () => {
        await Promise.resolve();
        throw new TypeError(`cannot read ${SECRET_PATH}`);
      });
    },
  },
};

interface ErrorBody {
  errors: { message: string; extensions: { code: string; requestId: string } }[];
}

describe('the gateway answers every error path with JSON, never a stack or a path', () => {
  let graph: FakeGraph;
  let base: string;
  beforeAll(async () => {
    graph = await startFakeGraph({ explorer: true, plugins: [throwingRoutes], limits: { maxBodyBytes: 2048 } });
    base = graph.gateway.url.replace(/\/graphql$/, '');
  });
  afterAll(() => graph?.stop());

  /** The response, checked for what must never be in it, as JSON. */
  async function call(path: string, init: RequestInit = {}): Promise<{ status: number; requestId: string | null; body: ErrorBody }> {
    const response = await fetch(base + path, init);
    const text = await response.text();
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(text).not.toMatch(/<html|<pre|<!doctype/i); // Express's HTML error page
    expect(text).not.toMatch(/\n\s+at |\bat [\w.<>]+ \(/); // a stack frame
    expect(text).not.toMatch(/\/srv\/|\/work\/|node_modules|\.ts\b|\.js:\d+/); // a server path
    return { status: response.status, requestId: response.headers.get('x-request-id'), body: JSON.parse(text) as ErrorBody };
  }

  it('a body that is not JSON: 400 BAD_REQUEST with the request id', async () => {
    const response = await call('/graphql', { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'req-bad-json' }, body: '{"query": ' });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST', requestId: 'req-bad-json' } }]);
  });

  it('a body in a charset the parser refuses (an error Express raises itself): 415 with BAD_REQUEST, not the HTML page', async () => {
    const response = await call('/graphql', { method: 'POST', headers: { 'content-type': 'application/json; charset=latin1' }, body: '{"query":"{ whoami }"}' });
    expect(response.status).toBe(415);
    expect(response.body.errors[0]!.extensions).toEqual({ code: 'BAD_REQUEST', requestId: response.requestId });
  });

  it.each([
    ['GET', '/nope'],
    ['POST', '/graphqlx'],
    ['DELETE', '/health'],
    ['GET', '/explorer/assets/missing.js'],
    ['GET', '/explorer/assets/..%2F..%2Fpackage.json'],
  ])('%s %s (no route): 404 NOT_FOUND carrying the request id of the response header', async (method, path) => {
    const response = await call(path, { method });
    expect(response.status).toBe(404);
    expect(response.requestId).toBeTruthy();
    expect(response.body.errors).toEqual([{ message: expect.any(String), extensions: { code: 'NOT_FOUND', requestId: response.requestId } }]);
  });

  it.each([
    ['throws', '/test/throws'],
    ['rejects (async)', '/test/rejects'],
  ])('a route that %s: 500 INTERNAL_SERVER_ERROR with the request id; the stack is logged under the same id', async (_, path) => {
    const response = await call(path, { headers: { 'x-request-id': `req-${path.slice(6)}` } });
    expect(response.status).toBe(500);
    expect(response.body.errors).toEqual([{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: `req-${path.slice(6)}` } }]);
    const logged = graph.logs.find((line) => line.level === 'error' && line.fields.requestId === `req-${path.slice(6)}`);
    expect(logged?.fields.stack).toEqual(expect.stringContaining(SECRET_PATH));
  });

  it('the GraphQL path keeps its own answers: a GET without a query is Apollo Server\'s JSON 400, not the 404', async () => {
    const response = await call('/graphql', { headers: { accept: 'application/json', 'apollo-require-preflight': 'true' } });
    expect(response.status).toBe(400);
  });
});
