import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Install } from '@appmarket/accounts/src/installs/install.entity';
import { Queues } from '@appmarket/accounts/src/jobs/job-queue';
import { UserRole } from '@appmarket/accounts/src/accounts/account.enums';
import { VendorCall } from '@appmarket/accounts/src/vendor-api/vendor-call.entity';
import type { LookupFunction } from '@appmarket/egress';
import { makeAccount, makeUser } from '../support/factories';
import { fakeApp, STRICT_EGRESS_CONFIG, startAccountsHarness, userIdentity, type AccountsHarness } from '../support/accounts-factories';

/**
 * Issue 13: a vendor cannot aim our calls inward. Accounts runs with the default (strict) egress
 * policy; a recording server on 127.0.0.1 proves that nothing reached it. Names resolve through an
 * injected lookup (vendor.example.test → 127.0.0.1), as DNS rebinding would make them.
 */
let h: AccountsHarness;
let recorder: Server;
let port = 0;
const hits: string[] = [];
const lookup: LookupFunction = (hostname, options, callback) => {
  if (hostname === 'rebound.example.test') return options.all ? callback(null, [{ address: '127.0.0.1', family: 4 }]) : callback(null, '127.0.0.1', 4);
  callback(Object.assign(new Error(`no such host ${hostname}`), { code: 'ENOTFOUND' }), '', 4);
};

beforeAll(async () => {
  recorder = createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"Activated"}');
  });
  await new Promise<void>((resolve) => recorder.listen(0, '127.0.0.1', resolve));
  port = (recorder.address() as AddressInfo).port;
  h = await startAccountsHarness(STRICT_EGRESS_CONFIG, { egressLookup: lookup });
});
afterAll(async () => {
  await h.stop();
  recorder.closeAllConnections();
  await new Promise((resolve) => recorder.close(resolve));
});

async function activationTo(endpointBase: string) {
  const app = h.peers.add(fakeApp({ type: 'SERVER', vendorApi: { endpointBase, additionalEvents: [] } }));
  const account = await makeAccount(h.dataSource);
  const admin = await makeUser(h.dataSource, account, { role: UserRole.ADMIN });
  const installId = (await h.query<{ installApp: { install: { id: string } } }>('mutation($a: ID!) { installApp(appId: $a) { install { id } userErrors { field message code } } }', { a: app.id }, userIdentity(admin))).body.data!.installApp.install.id;
  await h.accounts.jobs.drain(Queues.vendorCall);
  const [call] = await h.dataSource.getRepository(VendorCall).findBy({ installId });
  const install = await h.dataSource.getRepository(Install).findOneByOrFail({ id: installId });
  return { call: call!, install };
}

describe('outbound calls nobody can aim inward (default policy)', () => {
  it.each([
    ['plain http to loopback', () => `http://127.0.0.1:${port}`, 'OUTBOUND_URL_NOT_HTTPS'],
    ['IPv4 loopback', () => `https://127.0.0.1:${port}`, 'OUTBOUND_URL_FORBIDDEN_HOST'],
    ['IPv6 loopback', () => `https://[::1]:${port}`, 'OUTBOUND_URL_FORBIDDEN_HOST'],
    ['IPv4-mapped IPv6 loopback', () => `https://[::ffff:127.0.0.1]:${port}`, 'OUTBOUND_URL_FORBIDDEN_HOST'],
    ['decimal 127.0.0.1', () => `https://2130706433:${port}`, 'OUTBOUND_URL_FORBIDDEN_HOST'],
    ['octal 127.0.0.1', () => `https://0177.0.0.1:${port}`, 'OUTBOUND_URL_FORBIDDEN_HOST'],
    ['hex 127.0.0.1', () => `https://0x7f.0.0.1:${port}`, 'OUTBOUND_URL_FORBIDDEN_HOST'],
    ['cloud metadata (link-local)', () => 'https://169.254.169.254/latest/meta-data', 'OUTBOUND_URL_FORBIDDEN_HOST'],
    ['a private address over https', () => 'https://10.0.0.7/app', 'OUTBOUND_URL_FORBIDDEN_HOST'],
    ['localhost', () => `https://localhost:${port}`, 'OUTBOUND_URL_FORBIDDEN_HOST'],
    ['a public-looking name resolving to 127.0.0.1', () => `https://rebound.example.test:${port}`, 'OUTBOUND_ADDRESS_FORBIDDEN'],
  ])('refuses %s: the call fails at once, the install is ActivationFailed, nothing is sent', async (_name, url, code) => {
    const before = hits.length;
    const { call, install } = await activationTo(url());
    expect(call.status).toBe('FAILED');
    expect(call.lastResult).toContain(code);
    expect(install.activationState).toBe('ActivationFailed');
    h.clock.advance(10_000);
    await h.accounts.jobs.drain(Queues.vendorCall);
    expect(hits.length).toBe(before);
  });
});

describe('redirects are answers, never followed', () => {
  it('a vendor that redirects to 127.0.0.1 gets no call there, even where egress to loopback is allowed', async () => {
    const permissive = await startAccountsHarness();
    const redirector = createServer((_req, res) => res.writeHead(307, { location: `http://127.0.0.1:${port}/graphql` }).end());
    await new Promise<void>((resolve) => redirector.listen(0, '127.0.0.1', resolve));
    try {
      const before = hits.length;
      const app = permissive.peers.add(fakeApp({ type: 'SERVER', vendorApi: { endpointBase: `http://127.0.0.1:${(redirector.address() as AddressInfo).port}`, additionalEvents: [] } }));
      const account = await makeAccount(permissive.dataSource);
      const admin = await makeUser(permissive.dataSource, account, { role: UserRole.ADMIN });
      await permissive.query('mutation($a: ID!) { installApp(appId: $a) { install { id } userErrors { field message code } } }', { a: app.id }, userIdentity(admin));
      await permissive.accounts.jobs.drain(Queues.vendorCall);
      const [call] = await permissive.dataSource.getRepository(VendorCall).find({ where: {}, order: { createdAt: 'DESC' }, take: 1 });
      expect(call!.lastResult).toMatch(/307: redirect not followed/);
      expect(hits.length).toBe(before);
    } finally {
      redirector.closeAllConnections();
      await new Promise((resolve) => redirector.close(resolve));
      await permissive.stop();
    }
  });
});
