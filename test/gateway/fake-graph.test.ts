import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Identity } from '@appmarket/federation';
import { sha256Hex } from '@appmarket/gateway';
import { startFakeGraph, type FakeGraph } from '../support/gateway-factories';
import { gatewayHeadersFor, jwtFor, testAppToken } from '../support/identity';
import { postGraphQL } from '../support/stack';

/**
 * The gateway's own layers over a small graph whose fields carry @requiresPermission: callers,
 * refusals, field-level permissions (AR-2), persisted queries, limits, masked errors.
 */
const REGISTERED = 'query Calls { calls { id number } }';

const app = (): Extract<Identity, { kind: 'app' }> => ({
  kind: 'app', installId: randomUUID(), accountId: randomUUID(), appId: randomUUID(), appType: 'SERVER',
});
const user = (role: 'ADMIN' | 'EMPLOYEE' = 'ADMIN'): Extract<Identity, { kind: 'user' }> => ({
  kind: 'user', userId: randomUUID(), accountId: randomUUID(), role,
});

describe('gateway over a graph with field-level permissions', () => {
  let graph: FakeGraph;
  beforeAll(async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'manifests-'));
    writeFileSync(
      path.join(dir, 'partner-crm.json'),
      JSON.stringify({ format: 'apollo-persisted-query-manifest', version: 1, operations: [{ id: sha256Hex(REGISTERED), name: 'Calls', type: 'query', body: REGISTERED }] }),
    );
    graph = await startFakeGraph({
      persistedQueriesDir: dir,
      // Repeats as high as the body allows, so cost (201 × whoami) is what refuses below.
      limits: { maxDepth: 4, maxAliases: 3, maxCost: 200, maxRepeatedFields: 1000, maxBodyBytes: 2048, maxBatch: 0 },
    });
  });
  afterAll(() => graph?.stop());

  const post = (query: string, headers: Record<string, string> = {}, variables?: Record<string, unknown>) =>
    postGraphQL<Record<string, unknown>>(graph.gateway.url, query, variables, headers);
  const codes = (response: { body: { errors?: { extensions?: Record<string, unknown> }[] } }) =>
    response.body.errors?.map((e) => e.extensions?.code);

  describe('callers', () => {
    it.each([
      ['an account user', user()],
      ['a vendor', { kind: 'vendor', vendorId: randomUUID() } as Identity],
      ['a moderator', { kind: 'moderator', moderatorId: 'mod-1' } as Identity],
      ['an app (install token)', app()],
      ['an anonymous caller', { kind: 'anonymous' } as Identity],
    ])('%s reaches the subgraphs as the verified identity, in the signed header', async (_, identity) => {
      const response = await post('{ whoami }', gatewayHeadersFor(identity));
      expect(response.body.errors).toBeUndefined();
      expect(JSON.parse(response.body.data!.whoami as string)).toEqual(identity);
    });

    it('an install token is accepted in Lognex-Phone-Auth-Token too', async () => {
      const identity = app();
      const response = await post('{ whoami }', { 'Lognex-Phone-Auth-Token': testAppToken(identity) });
      expect(JSON.parse(response.body.data!.whoami as string)).toEqual(identity);
    });

    it('an x-appmarket-identity header sent by a client is ignored: the caller stays who it proved to be', async () => {
      const forged = gatewayHeadersFor(user('ADMIN')); // a JWT for someone; the header claims another
      const response = await post('{ whoami }', { 'x-appmarket-identity': 'eyJraW5kIjoic2VydmljZSJ9.AAAA' });
      expect(JSON.parse(response.body.data!.whoami as string)).toEqual({ kind: 'anonymous' });
      expect(forged.authorization).toMatch(/^Bearer /);
    });

    it.each([
      ['an expired JWT', () => jwtFor(user(), { expiresInSeconds: -60 })],
      ['a JWT for another audience', () => jwtFor(user(), { audience: 'someone-else' })],
      ['a JWT from another issuer', () => jwtFor(user(), { issuer: 'evil' })],
      ['a JWT with a forged signature', () => jwtFor(user(), { secret: 'not-the-secret-0123456789abcdefghijklmn' })],
      ['a tampered test install token', () => `${testAppToken(app())}x`],
    ])('%s is refused with UNAUTHENTICATED', async (_, token) => {
      const response = await post('{ whoami }', { authorization: `Bearer ${token()}` });
      expect(response.status).toBe(401);
      expect(codes(response)).toEqual(['UNAUTHENTICATED']);
      expect(response.body.data).toBeUndefined();
    });

    it('a malformed Authorization header is refused with UNAUTHENTICATED', async () => {
      const response = await post('{ whoami }', { authorization: 'Basic dXNlcjpwYXNz' });
      expect(codes(response)).toEqual(['UNAUTHENTICATED']);
    });
  });

  describe('field-level permissions', () => {
    const QUERY = '{ calls { id number recording install { id settings } } }';

    it('AR-2: two installs of one app with different frozen sets get different fields; each denied one is null with FORBIDDEN naming its path', async () => {
      const appId = randomUUID();
      const viewer = { ...app(), appId };
      const printer = { ...app(), appId };
      const asViewer = await post(QUERY, gatewayHeadersFor(viewer, { permissions: { scope: 'CUSTOM', permissions: [{ entity: 'calls', operations: ['VIEW'] }] } }));
      const asPrinter = await post(QUERY, gatewayHeadersFor(printer, {
        permissions: { scope: 'CUSTOM', permissions: [{ entity: 'calls', operations: ['PRINT'] }, { entity: 'installs', operations: ['UPDATE'] }] },
      }));

      expect(asViewer.body.data).toEqual({
        calls: [
          { id: 'c1', number: '+7 900 000-00-01', recording: null, install: { id: 'i1', settings: null } },
          { id: 'c2', number: '+7 900 000-00-02', recording: null, install: { id: 'i2', settings: null } },
        ],
      });
      expect(asViewer.body.errors?.map((e) => [e.extensions?.code, e.path])).toEqual([
        ['FORBIDDEN', ['calls', 0, 'recording']],
        ['FORBIDDEN', ['calls', 1, 'recording']],
        ['FORBIDDEN', ['calls', 0, 'install', 'settings']],
        ['FORBIDDEN', ['calls', 1, 'install', 'settings']],
      ]);

      expect(asPrinter.body.data).toEqual({
        calls: [
          { id: 'c1', number: null, recording: 'r1', install: { id: 'i1', settings: 's1' } },
          { id: 'c2', number: null, recording: 'r2', install: { id: 'i2', settings: 's2' } },
        ],
      });
      expect(asPrinter.body.errors?.map((e) => [e.extensions?.code, e.path])).toEqual([
        ['FORBIDDEN', ['calls', 0, 'number']],
        ['FORBIDDEN', ['calls', 1, 'number']],
      ]);
    });

    it('AR-1: an install with ADMIN scope sees every field; one without API access sees none of the guarded ones', async () => {
      const admin = await post(QUERY, gatewayHeadersFor(app(), { permissions: { scope: 'ADMIN', permissions: [] } }));
      expect(admin.body.errors).toBeUndefined();
      const none = await post('{ calls { id number } }', gatewayHeadersFor(app(), { permissions: null }));
      expect(none.body.data).toEqual({ calls: [{ id: 'c1', number: null }, { id: 'c2', number: null }] });
      expect(codes(none)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    });

    it('a denied field under an alias, inside fragments, is null under its alias', async () => {
      const response = await post(
        'query { calls { ...C } } fragment C on Call { id phone: number ... on Call { recording } }',
        gatewayHeadersFor(app(), { permissions: { scope: 'CUSTOM', permissions: [{ entity: 'calls', operations: ['PRINT'] }] } }),
      );
      expect(response.body.data).toEqual({ calls: [{ id: 'c1', phone: null, recording: 'r1' }, { id: 'c2', phone: null, recording: 'r2' }] });
      expect(response.body.errors?.map((e) => e.path)).toEqual([['calls', 0, 'phone'], ['calls', 1, 'phone']]);
    });

    it('a user\'s role decides: an employee may VIEW and PRINT but not UPDATE install settings; an admin may', async () => {
      const employee = await post(QUERY, gatewayHeadersFor(user('EMPLOYEE')));
      expect(employee.body.errors?.map((e) => e.path)).toEqual([['calls', 0, 'install', 'settings'], ['calls', 1, 'install', 'settings']]);
      expect((employee.body.data!.calls as { recording: string }[])[0]!.recording).toBe('r1');
      const admin = await post(QUERY, gatewayHeadersFor(user('ADMIN')));
      expect(admin.body.errors).toBeUndefined();
    });

    it('a denied field that takes variables is null; the rest of the operation runs with them', async () => {
      const query = 'query($id: ID!, $lang: String) { call(id: $id) { id transcript(language: $lang) } }';
      const viewer = gatewayHeadersFor(app(), { permissions: { scope: 'CUSTOM', permissions: [{ entity: 'calls', operations: ['VIEW'] }] } });
      const denied = await post(query, viewer, { id: 'c2', lang: 'en' });
      expect(denied.body.data).toEqual({ call: { id: 'c2', transcript: null } });
      expect(denied.body.errors?.map((e) => [e.extensions?.code, e.path])).toEqual([['FORBIDDEN', ['call', 'transcript']]]);
      const printer = gatewayHeadersFor(app(), { permissions: { scope: 'CUSTOM', permissions: [{ entity: 'calls', operations: ['PRINT'] }] } });
      expect((await post(query, printer, { id: 'c2', lang: 'en' })).body).toEqual({ data: { call: { id: 'c2', transcript: 'transcript (en)' } } });
    });

    it('an anonymous caller gets no guarded field', async () => {
      const response = await post('{ calls { id number } }');
      expect(codes(response)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    });

    it('the directive survives composition into the supergraph (via @composeDirective)', () => {
      expect(graph.supergraphSdl).toMatch(/@link\(url: "https:\/\/appmarket\.dev\/permissions\/v1\.0", import: \["@requiresPermission"\]\)/);
      expect(graph.supergraphSdl).toMatch(/number: String @requiresPermission\(entity: "calls", operation: VIEW\)/);
    });
  });

  describe('persisted queries', () => {
    const apq = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });
    const postRaw = async (body: unknown, headers: Record<string, string> = {}) => {
      const response = await fetch(graph.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
      return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: { extensions?: Record<string, unknown> }[] } };
    };

    it('APQ round trip: an unknown hash is PERSISTED_QUERY_NOT_FOUND, hash + query registers it, then the hash alone runs it', async () => {
      const query = `{ calls { id } __typename }  # ${randomUUID()}`;
      const hash = sha256Hex(query);
      const miss = await postRaw({ extensions: apq(hash) });
      expect(miss.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
      const register = await postRaw({ query, extensions: apq(hash) });
      expect(register.body.errors).toBeUndefined();
      const hit = await postRaw({ extensions: apq(hash) });
      expect(hit.body).toEqual({ data: { calls: [{ id: 'c1' }, { id: 'c2' }], __typename: 'Query' } });
    });

    it('an app token (partner integration) runs a registered operation, by hash alone or by text', async () => {
      const token = { authorization: `Bearer ${testAppToken(app(), { registeredOperationsOnly: true })}` };
      const byHash = await postRaw({ extensions: apq(sha256Hex(REGISTERED)) }, token);
      expect(byHash.body).toEqual({ data: { calls: [{ id: 'c1', number: '+7 900 000-00-01' }, { id: 'c2', number: '+7 900 000-00-02' }] } });
      const byText = await postRaw({ query: REGISTERED }, token);
      expect(byText.body.errors).toBeUndefined();
    });

    it('an app token may not run an unregistered operation: OPERATION_NOT_REGISTERED', async () => {
      const token = { authorization: `Bearer ${testAppToken(app(), { registeredOperationsOnly: true })}` };
      const response = await post('{ calls { id number recording } }', token);
      expect(response.status).toBe(403);
      expect(codes(response)).toEqual(['OPERATION_NOT_REGISTERED']);
      expect(response.body.data).toBeUndefined();
    });

    it('registered operations are planned at start-up', () => {
      const ready = graph.logs.find((l) => l.msg === 'gateway ready');
      expect(ready?.fields).toMatchObject({ registeredOperations: 1, plannedAtStart: 1 });
    });
  });

  describe('limits, each with its own code', () => {
    it('depth beyond GATEWAY_MAX_DEPTH is refused with MAX_DEPTH_EXCEEDED', async () => {
      // Depth is counted on the operation as sent; fragments cannot hide it.
      const response = await post('query { calls { ...A } } fragment A on Call { install { ...B } } fragment B on Install { id settings __typename }', gatewayHeadersFor(user()));
      expect(response.body.errors).toBeUndefined();
      const limited = await startFakeGraph({ limits: { maxDepth: 2 } });
      try {
        const refused = await postGraphQL(limited.gateway.url, 'query { calls { ...A } } fragment A on Call { install { id } }');
        expect(refused.status).toBe(400);
        expect(codes(refused)).toEqual(['MAX_DEPTH_EXCEEDED']);
      } finally {
        await limited.stop();
      }
    });

    it('aliases beyond GATEWAY_MAX_ALIASES: MAX_ALIASES_EXCEEDED', async () => {
      const response = await post('{ a: whoami b: whoami c: whoami d: whoami }');
      expect(codes(response)).toEqual(['MAX_ALIASES_EXCEEDED']);
    });

    it('estimated cost beyond GATEWAY_MAX_COST: COST_LIMIT_EXCEEDED', async () => {
      const fields = Array.from({ length: 201 }, () => 'whoami').join(' ');
      const response = await post(`{ ${fields} }`);
      expect(codes(response)).toEqual(['COST_LIMIT_EXCEEDED']);
      expect(response.body.errors?.[0]?.extensions).toMatchObject({ cost: 201, limit: 200 });
      const within = await post(`{ ${fields.slice('whoami '.length)} }`);
      expect(within.body.errors).toBeUndefined();
    });

    it('a body over GATEWAY_MAX_BODY_BYTES: BODY_TOO_LARGE (413)', async () => {
      const response = await post(`{ whoami } # ${'x'.repeat(4096)}`);
      expect(response.status).toBe(413);
      expect(codes(response)).toEqual(['BODY_TOO_LARGE']);
    });

    it('a batch while batching is off: BATCHING_NOT_ALLOWED', async () => {
      const response = await fetch(graph.gateway.url, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify([{ query: '{ whoami }' }, { query: '{ whoami }' }]),
      });
      const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
      expect(response.status).toBe(400);
      expect(body.errors[0]!.extensions.code).toBe('BATCHING_NOT_ALLOWED');
    });
  });

  describe('internal errors', () => {
    it('a subgraph answering 500 with garbage costs its own field: null with UPSTREAM_UNAVAILABLE, its path and serviceName; the body and URL only in the log', async () => {
      const response = await post('{ broken whoami }', { 'x-request-id': 'req-broken-1' });
      expect(response.body.data).toEqual({ broken: null, whoami: expect.any(String) });
      expect(response.body.errors).toEqual([
        { message: expect.stringContaining('broken service is unavailable'), path: ['broken'], extensions: { code: 'UPSTREAM_UNAVAILABLE', serviceName: 'broken' } },
      ]);
      expect(JSON.stringify(response.body)).not.toMatch(/10\.0\.0\.7|127\.0\.0\.1|http:|proxy error/);
      expect(graph.logs.some((l) => l.level === 'error' && l.fields.requestId === 'req-broken-1')).toBe(true);
    });

    it('an unexpected error inside a subgraph is masked with the same request id', async () => {
      const response = await post('{ boom }');
      const requestId = response.headers.get('x-request-id');
      expect(requestId).toBeTruthy();
      expect(response.body.errors?.[0]).toMatchObject({ message: 'Internal server error', path: ['boom'], extensions: { code: 'INTERNAL_SERVER_ERROR', requestId, serviceName: 'records' } });
      expect(JSON.stringify(response.body)).not.toContain('postgres://');
      expect(graph.logs.some((l) => l.level === 'error' && l.fields.requestId === requestId)).toBe(true);
    });
  });
});

describe('explorer', () => {
  it('serves an offline GraphiQL (page and scripts from the gateway itself) when on', async () => {
    const graph = await startFakeGraph({ explorer: true });
    try {
      const page = await fetch(graph.gateway.url, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain('/explorer/assets/graphiql.js');
      expect(html).not.toMatch(/https?:\/\//);
      const script = await fetch(graph.gateway.url.replace(/\/graphql$/, '/explorer/assets/graphiql.js'));
      expect(script.status).toBe(200);
      expect((await script.text()).length).toBeGreaterThan(100_000);
    } finally {
      await graph.stop();
    }
  });

  it('is not served when off (production)', async () => {
    const graph = await startFakeGraph({ explorer: false });
    try {
      const page = await fetch(graph.gateway.url, { headers: { accept: 'text/html' } });
      expect(await page.text()).not.toContain('GraphiQL');
      expect((await fetch(graph.gateway.url.replace(/\/graphql$/, '/explorer/assets/graphiql.js'))).status).toBe(404);
    } finally {
      await graph.stop();
    }
  });
});
