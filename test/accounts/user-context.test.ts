import { UserRole } from '@appmarket/accounts/src/accounts/account.enums';
import { makeAccount, makeUser } from '../support/factories';
import { customAccess, fakeApp, startAccountsHarness, userIdentity, vendorJwt, type AccountsHarness, type FakeApp } from '../support/accounts-factories';

const INSTALL = 'mutation($appId: ID!) { installApp(appId: $appId) { install { id } userErrors { field message code } } }';
const OPEN = 'mutation($id: ID!) { openApp(installId: $id) { launch { contextKey appId installId } userErrors { field message code } } }';

let h: AccountsHarness;
beforeAll(async () => {
  h = await startAccountsHarness();
});
afterAll(() => h.stop());

async function opened(type: FakeApp['type'] = 'IFRAME') {
  const app = h.peers.add(fakeApp({ type, access: customAccess(1, { customerOrder: ['VIEW'] }) }));
  const account = await makeAccount(h.dataSource);
  const admin = await makeUser(h.dataSource, account, { role: UserRole.ADMIN });
  const employee = await makeUser(h.dataSource, account, { role: UserRole.EMPLOYEE, fullName: 'Петров Пётр Петрович' });
  const installId = (await h.query<{ installApp: { install: { id: string } } }>(INSTALL, { appId: app.id }, userIdentity(admin))).body.data!.installApp.install.id;
  const open = await h.query<{ openApp: { launch: { contextKey: string } } }>(OPEN, { id: installId }, userIdentity(employee));
  return { app, account, admin, employee, installId, open };
}

async function exchange(key: string, app: FakeApp) {
  const now = Math.floor(h.clock.now().getTime() / 1000);
  const token = vendorJwt(app.signingSecret, { sub: app.appUid, iat: now, exp: now + 60, jti: crypto.randomUUID() });
  const response = await fetch(new URL(`/api/vendor/1.0/context/${key}`, h.accounts.url), {
    method: 'POST', headers: { authorization: `Bearer ${token}` },
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('user context', () => {
  it('SV-3: opening an IFRAME or SERVER app mints a key the vendor exchanges once for the employee', async () => {
    for (const type of ['IFRAME', 'SERVER'] as const) {
      const { app, account, employee, open } = await opened(type);
      const key = open.body.data!.openApp.launch.contextKey;
      const answer = await exchange(key, app);
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({
        id: employee.id, accountId: account.id, fullName: 'Петров Пётр Петрович', shortFio: 'Петров П. П.', email: employee.email,
        permissions: { customerOrder: { view: 'ALL' } },
      });
      expect((await exchange(key, app)).status).toBe(404);
    }
  });

  it('SV-3: a key expires after 5 minutes and answers 403 to another app', async () => {
    const { app, open } = await opened();
    const other = h.peers.add(fakeApp());
    const key = open.body.data!.openApp.launch.contextKey;
    expect((await exchange(key, other)).status).toBe(403);
    h.clock.advance(5 * 60_000 + 1000);
    expect((await exchange(key, app)).status).toBe(404);
    expect((await exchange('never-minted', app)).status).toBe(404);
  });

  it('TY-3: TELEPHONY and LOYALTY apps have no user context', async () => {
    for (const type of ['TELEPHONY', 'LOYALTY'] as const) {
      const { open } = await opened(type);
      expect(open.body.errors).toBeUndefined();
      expect(open.body.data).toEqual({ openApp: { launch: null, userErrors: [{ field: ['installId'], code: 'CAPABILITY_NOT_SUPPORTED', message: expect.any(String) }] } });
    }
  });
});
