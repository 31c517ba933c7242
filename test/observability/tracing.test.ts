import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createTestDatabase, freePort } from '@appmarket/db/src/testing';
import type { ScratchDatabase } from '@appmarket/db';
import { GATEWAY_SIGNER, generateInternalIdentityKeys } from '@appmarket/federation';
import { ROOT } from '../../scripts/contracts';
import { jwtFor, TEST_JWT } from '../support/identity';

/**
 * Issue 16, item 4 (traces): the gateway and a subgraph run as they are deployed (their own
 * processes, their entry points, OTEL_EXPORTER_OTLP_ENDPOINT set), exporting to a local OTLP/HTTP
 * receiver. One query through the gateway yields spans from both processes in one trace, down to
 * the subgraph's PostgreSQL queries. The instrumentation hooks `require`, which jest replaces:
 * hence real processes here.
 */
interface ReceivedSpan { service: string; traceId: string; name: string; attributes: Record<string, unknown> }

function otlpReceiver(): Promise<{ server: Server; url: string; spans: ReceivedSpan[] }> {
  const spans: ReceivedSpan[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      if (req.url === '/v1/traces') {
        const body = JSON.parse(Buffer.concat(chunks).toString()) as OtlpTraces;
        for (const resourceSpans of body.resourceSpans ?? []) {
          const service = String(attributesOf(resourceSpans.resource?.attributes)['service.name']);
          for (const scope of resourceSpans.scopeSpans ?? []) {
            for (const span of scope.spans ?? []) spans.push({ service, traceId: span.traceId, name: span.name, attributes: attributesOf(span.attributes) });
          }
        }
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, spans, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })));
}

type OtlpAttribute = { key: string; value: Record<string, unknown> };
type OtlpTraces = { resourceSpans?: { resource?: { attributes?: OtlpAttribute[] }; scopeSpans?: { spans?: { traceId: string; name: string; attributes?: OtlpAttribute[] }[] }[] }[] };
const attributesOf = (list: OtlpAttribute[] = []) => Object.fromEntries(list.map(({ key, value }) => [key, Object.values(value)[0]]));

function run(main: string, args: string[], env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', path.join(ROOT, main), ...args], {
    cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(chunk));
  return child;
}

async function until<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await Promise.resolve(probe()).catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** SIGTERM, then how the process ended: its exit code, or the signal that ended it. */
const stopped = (child: ChildProcess) => new Promise<number | string | null>((resolve) => {
  if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode ?? child.signalCode);
  child.once('exit', (code, signal) => resolve(code ?? signal));
  child.kill('SIGTERM');
});

describe('traces: gateway → subgraph → PostgreSQL in one trace', () => {
  jest.setTimeout(120_000);
  let receiver: Awaited<ReturnType<typeof otlpReceiver>>;
  let database: ScratchDatabase;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    receiver = await otlpReceiver();
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await Promise.all(children.map(stopped));
    receiver?.server.close();
    await database?.drop();
  });

  it('one query through the gateway yields gateway and catalog spans sharing its trace id, with the catalog\'s SQL', async () => {
    const keys = generateInternalIdentityKeys([GATEWAY_SIGNER, 'catalog']);
    const [catalogPort, gatewayPort] = [await freePort(), await freePort()];
    const otel = {
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url, OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json', OTEL_BSP_SCHEDULE_DELAY: '100', LOG_LEVEL: 'warn',
    };
    const catalogUrl = `http://127.0.0.1:${catalogPort}/graphql`;
    children.push(run('subgraphs/catalog/src/main.ts', [], {
      ...otel, DATABASE_URL: database.url, CATALOG_PORT: String(catalogPort), CATALOG_JOB_WORKERS: 'off',
      INTERNAL_IDENTITY_PRIVATE_KEY: keys.privateKeys.catalog!, INTERNAL_IDENTITY_PUBLIC_KEYS: keys.publicKeys,
    }));
    await until('the catalog', async () => ((await fetch(`http://127.0.0.1:${catalogPort}/health/live`)).ok ? true : undefined));
    children.push(run('gateway/src/main.ts', ['--port', String(gatewayPort)], {
      ...otel, SUBGRAPH_CATALOG_URL: catalogUrl, INTERNAL_IDENTITY_PRIVATE_KEY: keys.privateKeys[GATEWAY_SIGNER]!, APOLLO_TELEMETRY_DISABLED: '1',
      GATEWAY_JWT_ISSUER: TEST_JWT.issuer, GATEWAY_JWT_AUDIENCE: TEST_JWT.audience, GATEWAY_JWT_HS256_SECRET: TEST_JWT.hs256Secret,
    }));
    await until('the gateway', async () => ((await fetch(`http://127.0.0.1:${gatewayPort}/health/live`)).ok ? true : undefined));

    const response = await fetch(`http://127.0.0.1:${gatewayPort}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${jwtFor({ kind: 'moderator', moderatorId: 'trace-moderator' })}` },
      body: JSON.stringify({ query: 'query TracedApps { apps(first: 1) { edges { cursor } } }' }),
    });
    expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();

    const trace = await until('one trace from both services', () => {
      const gatewayTraces = new Set(receiver.spans.filter((s) => s.service === 'gateway' && s.name.includes('POST')).map((s) => s.traceId));
      const shared = receiver.spans.find((s) => s.service === 'catalog' && gatewayTraces.has(s.traceId) && (s.attributes['db.system'] === 'postgresql' || s.attributes['db.system.name'] === 'postgresql'));
      return shared?.traceId;
    });
    const inTrace = receiver.spans.filter((s) => s.traceId === trace);
    expect(new Set(inTrace.map((s) => s.service))).toEqual(new Set(['gateway', 'catalog']));
    // @apollo/gateway's own spans (plan, fetch) are part of it.
    expect(inTrace.some((s) => s.service === 'gateway' && /^gateway\./.test(s.name))).toBe(true);

    // SIGTERM: each drains, closes its pools and queue, flushes its spans and exits 0 (Apollo
    // Server's own signal handler, off, would re-raise the signal halfway).
    expect(await Promise.all(children.map(stopped))).toEqual([0, 0]);
  });
});
