import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hostname } from 'node:os';
import { PERMISSIVE_EGRESS, STRICT_EGRESS, type EgressPolicy } from '../address-policy';
import { createEgressDispatcher, type LookupFunction } from '../dispatcher';
import { egressRequest } from '../egress-request';
import { EgressError } from '../errors';

/** A local server that records every request it receives, so a test can assert nothing was sent. */
async function recordingServer(handler: (url: string, res: import('node:http').ServerResponse) => void) {
  const received: string[] = [];
  const server: Server = createServer((req, res) => {
    received.push(`${req.method} ${req.url}`);
    handler(req.url ?? '', res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return { received, port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** A resolver that answers 127.0.0.1 for every name: what a rebinding or hostile DNS answer looks like. */
const resolvesToLoopback: LookupFunction = (_host, options, callback) =>
  options.all ? callback(null, [{ address: '127.0.0.1', family: 4 }]) : callback(null, '127.0.0.1', 4);

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    return error instanceof EgressError ? String(error.code) : `not an EgressError: ${String(error)}`;
  }
}

describe('egressRequest', () => {
  let server: Awaited<ReturnType<typeof recordingServer>>;
  beforeEach(async () => {
    server = await recordingServer((url, res) => {
      if (url === '/redirect') {
        res.writeHead(302, { location: `http://127.0.0.1:${server.port}/inner` }).end();
      } else if (url === '/big') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ padding: 'x'.repeat(5000) }));
      } else if (url === '/slow') {
        setTimeout(() => res.end('{}'), 500);
      } else {
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
      }
    });
  });
  afterEach(() => server.close());

  const call = (url: string, policy: EgressPolicy, extra: { lookup?: LookupFunction; timeoutMs?: number; max?: number } = {}) =>
    egressRequest(url, {
      method: 'PUT',
      body: '{"secret":"do-not-send"}',
      headers: { 'content-type': 'application/json' },
      timeoutMs: extra.timeoutMs ?? 2000,
      maxResponseBytes: extra.max,
      policy,
      dispatcher: createEgressDispatcher({ policy, lookup: extra.lookup }),
    });

  it('reaches a local server only where the policy allows private networks (development, tests)', async () => {
    const response = await call(`http://127.0.0.1:${server.port}/ok`, PERMISSIVE_EGRESS);
    expect(response.status).toBe(200);
    expect(response.json()).toEqual({ ok: true });
  });

  it.each([
    ['literal IPv4', (p: number) => `https://127.0.0.1:${p}/ok`],
    ['decimal IPv4', (p: number) => `https://2130706433:${p}/ok`],
    ['octal IPv4', (p: number) => `https://0177.0.0.1:${p}/ok`],
    ['hex IPv4', (p: number) => `https://0x7f000001:${p}/ok`],
    ['IPv6 loopback', (p: number) => `https://[::1]:${p}/ok`],
    ['IPv4-mapped IPv6', (p: number) => `https://[::ffff:127.0.0.1]:${p}/ok`],
    ['localhost', (p: number) => `https://localhost:${p}/ok`],
  ])('refuses %s under the default policy, and sends nothing', async (_name, urlOf) => {
    expect(await codeOf(call(urlOf(server.port), STRICT_EGRESS))).toMatch(/^OUTBOUND_(URL_FORBIDDEN_HOST|ADDRESS_FORBIDDEN)$/);
    expect(server.received).toEqual([]);
  });

  it('refuses a public-looking name that resolves to loopback, checked on the address actually connected to', async () => {
    const policy = { allowHttp: true, allowPrivateNetworks: false };
    const code = await codeOf(call(`http://vendor.example.com:${server.port}/ok`, policy, { lookup: resolvesToLoopback }));
    expect(code).toBe('OUTBOUND_ADDRESS_FORBIDDEN');
    expect(server.received).toEqual([]);
  });

  it("refuses this machine's own host name, which resolves to a local address", async () => {
    const policy = { allowHttp: true, allowPrivateNetworks: false };
    const code = await codeOf(call(`http://${hostname()}.:${server.port}/ok`, policy));
    expect(code).toMatch(/^OUTBOUND_(URL_FORBIDDEN_HOST|ADDRESS_FORBIDDEN|UNREACHABLE)$/);
    expect(server.received).toEqual([]);
  });

  it('never follows a redirect: the 3xx is the answer and its target gets nothing', async () => {
    const response = await call(`http://127.0.0.1:${server.port}/redirect`, PERMISSIVE_EGRESS);
    expect(response.status).toBe(302);
    expect(server.received).toEqual(['PUT /redirect']);
  });

  it('bounds the size of the answer', async () => {
    expect(await codeOf(call(`http://127.0.0.1:${server.port}/big`, PERMISSIVE_EGRESS, { max: 1000 }))).toBe('OUTBOUND_RESPONSE_TOO_LARGE');
  });

  it('bounds the time of the exchange', async () => {
    expect(await codeOf(call(`http://127.0.0.1:${server.port}/slow`, PERMISSIVE_EGRESS, { timeoutMs: 100 }))).toBe('OUTBOUND_TIMEOUT');
  });

  it('answers OUTBOUND_UNREACHABLE for a closed port', async () => {
    const closed = server.port;
    await server.close();
    expect(await codeOf(call(`http://127.0.0.1:${closed}/ok`, PERMISSIVE_EGRESS))).toBe('OUTBOUND_UNREACHABLE');
    server = await recordingServer((_u, res) => res.end());
  });
});
