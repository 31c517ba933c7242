import 'reflect-metadata';
import { UserRole } from '@appmarket/accounts/src/accounts/account.enums';
import { startGateway } from '@appmarket/gateway';
import { exportedMetricNames } from '@appmarket/telemetry';
import { composeSupergraph } from '../../scripts/contracts';
import { makeAccount, makeUser } from '../support/factories';
import { gatewayHeadersFor, jwtFor, testGatewayAuth } from '../support/identity';
import { capturedLogs } from '../support/log-capture';
import { startTestStack, type TestStack } from '../support/stack';

/**
 * Issue 16, item 4 (observability) on the real stack: every service serves /metrics with the
 * metrics docs/observability.md lists, /health/live and /health/ready; every request ends in one
 * log line with its request id, operation, caller kind, subgraph and duration; no credential a
 * client sends reaches a log line.
 */
const OPERATION = 'query ObservedAccount($id: ID!) { account(id: $id) { id name } }';
const SECRET_IN_VARIABLES = 'eyJhbGciOiJIUzI1NiJ9.eyJzZWNyZXQiOiJ2YXJpYWJsZSJ9.c2VjcmV0LXNpZ25hdHVyZQ';
const SECRET_PHONE_KEY = 'phone-key-3f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c';

describe('observability on the real stack', () => {
  let stack: TestStack;
  const logs = capturedLogs('debug');
  let adminJwt: string;
  let accountId: string;

  beforeAll(async () => {
    stack = await startTestStack({ logger: logs.logger('test'), gateway: { logger: logs.logger('gateway') } });
    const account = await makeAccount(stack.dataSources.accounts!, { name: 'Наблюдаемая' });
    const admin = await makeUser(stack.dataSources.accounts!, account, { role: UserRole.ADMIN });
    accountId = account.id;
    adminJwt = jwtFor({ kind: 'user', userId: admin.id, accountId: account.id, role: 'ADMIN' });
  });
  afterAll(() => stack?.stop());

  const origins = () => ({
    gateway: new URL(stack.gateway.url).origin,
    ...Object.fromEntries(Object.entries(stack.subgraphs).map(([name, server]) => [name, new URL(server.url).origin])),
  });

  it('logs one line per request with request id, operation, caller kind, subgraph and duration, and no credential', async () => {
    const answer = await stack.query(OPERATION, { id: accountId, note: SECRET_IN_VARIABLES }, {
      authorization: `Bearer ${adminJwt}`,
      'lognex-phone-auth-token-note': SECRET_PHONE_KEY,
      'x-request-id': 'observed-request-1',
    });
    expect(answer.body.errors).toBeUndefined();
    const lines = logs.parsed().filter((line) => line.msg === 'request' && line.requestId === 'observed-request-1');
    const gatewayLine = lines.find((line) => line.service === 'gateway');
    expect(gatewayLine).toMatchObject({ level: 'info', route: '/graphql', status: 200, operationName: 'ObservedAccount', callerKind: 'user', subgraphs: ['accounts'] });
    expect(typeof gatewayLine!.durationMs).toBe('number');
    // The subgraph's line: the same request id, its own name, the caller the gateway signed for it.
    expect(lines.find((line) => line.subgraph === 'accounts')).toMatchObject({ route: '/graphql', status: 200, callerKind: 'user', operationName: expect.stringMatching(/^ObservedAccount/) });

    // A token in the Phone API's header and in a header a client made up, on a refused request too.
    await stack.query(OPERATION, { id: accountId }, { 'lognex-phone-auth-token': SECRET_PHONE_KEY });
    await stack.query(OPERATION, { id: accountId }, { authorization: `Bearer ${SECRET_IN_VARIABLES}` });
    const output = logs.lines.join('\n');
    for (const secret of [adminJwt, SECRET_IN_VARIABLES, SECRET_PHONE_KEY]) expect(output).not.toContain(secret);
  });

  it('serves /metrics on every service with the metrics of its requests, pools, queues and the process', async () => {
    await stack.query(OPERATION, { id: accountId }, gatewayHeadersFor({ kind: 'moderator', moderatorId: 'metrics-moderator' }));
    for (const [service, origin] of Object.entries(origins())) {
      const response = await fetch(`${origin}/metrics`);
      expect({ service, status: response.status }).toEqual({ service, status: 200 });
      expect(response.headers.get('content-type')).toContain('text/plain');
      const text = await response.text();
      for (const name of ['appmarket_http_requests_total', 'appmarket_graphql_operations_total', 'process_cpu_seconds_total', 'nodejs_eventloop_lag_seconds']) {
        expect(text).toContain(`# TYPE ${name} `);
      }
    }
    const text = await (await fetch(`${origins().gateway}/metrics`)).text();
    expect(text).toMatch(/appmarket_graphql_operations_total\{service="gateway",operation="ObservedAccount",type="query",outcome="ok"\} \d+/);
    expect(text).toMatch(/appmarket_graphql_operations_total\{service="accounts",operation="ObservedAccount",type="query",outcome="ok"\} \d+/);
    expect(text).toMatch(/appmarket_subgraph_fetch_duration_seconds_count\{subgraph="accounts",outcome="ok"\} \d+/);
    expect(text).toMatch(/appmarket_http_requests_total\{service="gateway",route="\/graphql",method="POST",status="200"\} \d+/);
    for (const pool of ['catalog', 'accounts', 'billing', 'telephony-loyalty']) {
      expect(text).toMatch(new RegExp(`appmarket_db_pool_connections\\{pool="${pool}",state="total"\\} [1-9]`));
      expect(text).toContain(`appmarket_db_pool_connections{pool="${pool}",state="waiting"}`);
    }
    expect(await exportedMetricNames()).toEqual(expect.arrayContaining([
      'appmarket_job_queue_jobs', 'appmarket_job_pickup_latency_seconds', 'appmarket_rate_limit_refusals_total', 'appmarket_vendor_calls_total',
      'appmarket_graphql_errors_total', 'appmarket_graphql_operation_duration_seconds', 'appmarket_http_request_duration_seconds',
    ]));
  });

  it('counts an operation refused by the operation limits', async () => {
    const deep = `query TooDeep { ${'account(id: "x") { installs { app { vendor { apps(first: 1) { edges { node { '.repeat(4)}id${' } } } } } } }'.repeat(4)} }`;
    await stack.query(deep, undefined, { authorization: `Bearer ${adminJwt}` });
    const text = await (await fetch(`${origins().gateway}/metrics`)).text();
    expect(text).toMatch(/appmarket_rate_limit_refusals_total\{limiter="operation-limits",reason="[A-Z_]+"\} [1-9]/);
  });

  it('answers /health/live and /health/ready on every service, and /health as before', async () => {
    for (const [service, origin] of Object.entries(origins())) {
      for (const path of ['/health/live', '/health/ready', '/health']) {
        const response = await fetch(`${origin}${path}`);
        expect({ service, path, status: response.status, body: await response.json() }).toEqual({ service, path, status: 200, body: { status: "ok", service, ...(service === "gateway" ? { redis: "not configured" } : {}) } });
      }
    }
  });

  it('gateway /metrics: with METRICS_TOKEN only for its Bearer; in production without one, not at all', async () => {
    const token = 'metrics-token-0123456789abcdef';
    const base = { logger: logs.logger('gateway-metrics'), port: 0, host: '127.0.0.1', ...testGatewayAuth() };
    const supergraphSdl = composeSupergraph();
    const guarded = await startGateway({ ...base, supergraphSdl, metrics: { token, openWithoutToken: true } });
    const closed = await startGateway({ ...base, supergraphSdl, metrics: { openWithoutToken: false } });
    try {
      const origin = new URL(guarded.url).origin;
      expect((await fetch(`${origin}/metrics`)).status).toBe(401);
      expect((await fetch(`${origin}/metrics`, { headers: { authorization: 'Bearer wrong-token-0123456789abcdef' } })).status).toBe(401);
      const scraped = await fetch(`${origin}/metrics`, { headers: { authorization: `Bearer ${token}` } });
      expect(scraped.status).toBe(200);
      expect(await scraped.text()).toContain('# TYPE appmarket_http_requests_total counter');
      expect((await fetch(`${new URL(closed.url).origin}/metrics`)).status).toBe(404);
    } finally {
      await guarded.stop();
      await closed.stop();
    }
  });

  it('is not ready once stopping, and not ready while a subgraph does not answer', async () => {
    const supergraphSdl = composeSupergraph();
    // Subgraph URLs where nothing listens: the supergraph is loaded, the subgraphs do not answer.
    const nowhere = Object.fromEntries(['CATALOG', 'ACCOUNTS', 'BILLING', 'TELEPHONY_LOYALTY'].map((name) => [name, 'http://127.0.0.1:9/graphql']));
    const lonely = await startGateway({ supergraphSdl, subgraphUrlOverrides: nowhere, logger: logs.logger('gateway-lonely'), port: 0, host: '127.0.0.1', ...testGatewayAuth() });
    try {
      const origin = new URL(lonely.url).origin;
      expect((await fetch(`${origin}/health/live`)).status).toBe(200);
      const ready = await fetch(`${origin}/health/ready`);
      expect(ready.status).toBe(503);
      expect(((await ready.json()) as { reason: string }).reason).toContain('accounts does not answer');
    } finally {
      await lonely.stop();
    }
    const accounts = stack.subgraphs.accounts!;
    const origin = new URL(accounts.url).origin;
    expect((await fetch(`${origin}/health/ready`)).status).toBe(200);
    accounts.readiness.drain();
    const draining = await fetch(`${origin}/health/ready`);
    expect(draining.status).toBe(503);
    expect(await draining.json()).toMatchObject({ reason: 'Error: shutting down' });
    expect((await fetch(`${origin}/health/live`)).status).toBe(200);
  });
});
