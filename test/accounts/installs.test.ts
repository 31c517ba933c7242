import { Install } from '@appmarket/accounts/src/installs/install.entity';
import { Queues } from '@appmarket/accounts/src/jobs/job-queue';
import { UserRole } from '@appmarket/accounts/src/accounts/account.enums';
import { makeAccount, makeUser } from '../support/factories';
import { refusalCode, userErrorsOf } from '../support/refusals';
import { customAccess, fakeApp, startAccountsHarness, userIdentity, type AccountsHarness } from '../support/accounts-factories';

const ERRORS = 'userErrors { field message code }';
const INSTALL = `mutation($appId: ID!) { installApp(appId: $appId) { install { id status appType
  permissions { descriptorVersion scope permissions { entity operations } } } ${ERRORS} } }`;
const UNINSTALL = `mutation($installId: ID!) { uninstallApp(installId: $installId) { install { id status uninstalledAt } ${ERRORS} } }`;
const REINSTALL = `mutation($installId: ID!) { reinstallApp(installId: $installId) { install { id permissions { descriptorVersion } } ${ERRORS} } }`;

let h: AccountsHarness;
beforeAll(async () => {
  h = await startAccountsHarness({ ACCOUNTS_FREE_APP_LIMITS: { by: { FREE: 2 } } });
});
afterAll(() => h.stop());

async function admin(over: Parameters<typeof makeAccount>[1] = {}) {
  const account = await makeAccount(h.dataSource, over);
  const user = await makeUser(h.dataSource, account, { role: UserRole.ADMIN });
  return { account, user, as: userIdentity(user) };
}

type InstallData = { installApp: { install: { id: string; status: string; permissions: { descriptorVersion: number } | null } } };
/** The refusal's code, top-level or a user error (issue 19, item 2); undefined when the mutation did it. */
const codeOf = (r: { body: unknown }) => refusalCode(r.body as Parameters<typeof refusalCode>[0]);
const installsOf = (accountId: string) => h.dataSource.getRepository(Install).findBy({ accountId });

describe('install rights', () => {
  it('BX-3: an employee may not install until an admin lets every employee install', async () => {
    const { account, as } = await admin();
    const employee = await makeUser(h.dataSource, account, { role: UserRole.EMPLOYEE });
    const app = h.peers.add(fakeApp());
    const refused = await h.query(INSTALL, { appId: app.id }, userIdentity(employee));
    // A right, not a field: it stays a top-level error (issue 19, item 2).
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('INSTALL_NOT_ALLOWED');
    expect(await installsOf(account.id)).toHaveLength(0);

    const employeeTries = await h.query('mutation { setEmployeesMayInstall(allowed: true) { account { employeesMayInstall } } }', {}, userIdentity(employee));
    expect(codeOf(employeeTries)).toBe('FORBIDDEN');
    const allowed = await h.query<{ setEmployeesMayInstall: { account: { employeesMayInstall: boolean } } }>(
      'mutation { setEmployeesMayInstall(allowed: true) { account { employeesMayInstall } } }', {}, as);
    expect(allowed.body.data?.setEmployeesMayInstall.account.employeesMayInstall).toBe(true);
    const installed = await h.query<InstallData>(INSTALL, { appId: app.id }, userIdentity(employee));
    expect(installed.body.data?.installApp.install.status).toBe('ACTIVE');
  });
});

describe('visibility and installability', () => {
  it('LC-3: a HIDDEN app cannot be installed, not even by an account that removed it; one that has it keeps it', async () => {
    const { account, as } = await admin();
    const app = h.peers.add(fakeApp());
    const first = await h.query<InstallData>(INSTALL, { appId: app.id }, as);
    app.status = 'HIDDEN';
    const other = await admin();
    expect(codeOf(await h.query(INSTALL, { appId: app.id }, other.as))).toBe('APP_NOT_FOUND');
    // The account that has it installed still uses it: a reinstall (consent) works.
    expect(codeOf(await h.query(REINSTALL, { installId: first.body.data!.installApp.install.id }, as))).toBeUndefined();
    await h.query(UNINSTALL, { installId: first.body.data!.installApp.install.id }, as);
    expect(codeOf(await h.query(INSTALL, { appId: app.id }, as))).toBe('APP_NOT_FOUND');
    expect((await installsOf(account.id)).map((i) => i.status)).toEqual(['UNINSTALLED']);
  });

  it('TY-3: a developer account installs its vendor’s DRAFT and READY apps, but not LOYALTY ones; others see nothing', async () => {
    const vendorId = crypto.randomUUID();
    const dev = await admin({ developerVendorId: vendorId });
    const draft = h.peers.add(fakeApp({ vendorId, status: 'DRAFT' }));
    const ready = h.peers.add(fakeApp({ vendorId, status: 'READY', type: 'SERVER' }));
    const loyalty = h.peers.add(fakeApp({ vendorId, status: 'DRAFT', type: 'LOYALTY' }));
    const foreign = h.peers.add(fakeApp({ status: 'DRAFT' }));
    expect(codeOf(await h.query(INSTALL, { appId: draft.id }, dev.as))).toBeUndefined();
    expect(codeOf(await h.query(INSTALL, { appId: ready.id }, dev.as))).toBeUndefined();
    expect(codeOf(await h.query(INSTALL, { appId: loyalty.id }, dev.as))).toBe('DEBUG_NOT_SUPPORTED_FOR_TYPE');
    expect(codeOf(await h.query(INSTALL, { appId: foreign.id }, dev.as))).toBe('APP_NOT_FOUND');
    const customer = await admin();
    expect(codeOf(await h.query(INSTALL, { appId: draft.id }, customer.as))).toBe('APP_NOT_FOUND');
  });

  it('TY-3: only a moderator makes an account a developer account', async () => {
    const { account, as } = await admin();
    const vendorId = crypto.randomUUID();
    const draft = h.peers.add(fakeApp({ vendorId, status: 'DRAFT' }));
    const LINK = 'mutation($a: ID!, $v: ID) { setDeveloperVendor(accountId: $a, vendorId: $v) { account { developerVendorId } userErrors { field code } } }';
    expect(codeOf(await h.query(LINK, { a: account.id, v: vendorId }, as))).toBe('FORBIDDEN');
    expect(codeOf(await h.query(INSTALL, { appId: draft.id }, as))).toBe('APP_NOT_FOUND');
    const linked = await h.query<{ setDeveloperVendor: { account: { developerVendorId: string } } }>(
      LINK, { a: account.id, v: vendorId }, { kind: 'moderator', moderatorId: 'm-1' });
    expect(linked.body.data?.setDeveloperVendor.account.developerVendorId).toBe(vendorId);
    expect(codeOf(await h.query(INSTALL, { appId: draft.id }, as))).toBeUndefined();
  });

  it('issue 14: a vendor the catalog does not have is refused (VENDOR_NOT_FOUND) and the link stays as it was', async () => {
    const { account } = await admin();
    const LINK = 'mutation($a: ID!, $v: ID) { setDeveloperVendor(accountId: $a, vendorId: $v) { account { developerVendorId } userErrors { field code } } }';
    const refused = await h.query(LINK, { a: account.id, v: crypto.randomUUID() }, { kind: 'moderator', moderatorId: 'm-1' });
    expect(refused.body.errors).toBeUndefined();
    expect(refused.body.data).toEqual({ setDeveloperVendor: { account: null, userErrors: [{ field: ['vendorId'], code: 'VENDOR_NOT_FOUND' }] } });
    const [row] = await h.dataSource.query('SELECT developer_vendor_id FROM accounts WHERE id = $1', [account.id]);
    expect(row.developer_vendor_id).toBeNull();
  });

  it('DL-3: an unknown app and an invisible one get the same answer', async () => {
    const { as } = await admin();
    const draft = h.peers.add(fakeApp({ status: 'DRAFT' }));
    const unknown = await h.query(INSTALL, { appId: crypto.randomUUID() }, as);
    const invisible = await h.query(INSTALL, { appId: draft.id }, as);
    expect(unknown.body.errors).toBeUndefined();
    expect(userErrorsOf(unknown.body as Parameters<typeof userErrorsOf>[0])).toEqual([{ field: ['appId'], code: 'APP_NOT_FOUND', message: expect.any(String) }]);
    expect(invisible.body).toEqual(unknown.body);
  });
});

describe('limits', () => {
  it('TY-2: a second TELEPHONY app is refused; IFRAME and SERVER apps are unlimited (SV-4)', async () => {
    const { account, as } = await admin();
    const t1 = h.peers.add(fakeApp({ type: 'TELEPHONY' }));
    const t2 = h.peers.add(fakeApp({ type: 'TELEPHONY' }));
    expect(codeOf(await h.query(INSTALL, { appId: t1.id }, as))).toBeUndefined();
    expect(codeOf(await h.query(INSTALL, { appId: t2.id }, as))).toBe('APP_TYPE_LIMIT_REACHED');
    for (let i = 0; i < 3; i++) {
      expect(codeOf(await h.query(INSTALL, { appId: h.peers.add(fakeApp({ type: 'IFRAME' })).id }, as))).toBeUndefined();
    }
    expect((await installsOf(account.id)).filter((i) => i.appType === 'TELEPHONY')).toHaveLength(1);
  });

  it('TY-2: 20 concurrent installs of TELEPHONY apps on one account leave exactly one install', async () => {
    const { account, as } = await admin();
    const apps = Array.from({ length: 20 }, () => h.peers.add(fakeApp({ type: 'TELEPHONY' })));
    const results = await Promise.all(apps.map((app) => h.query(INSTALL, { appId: app.id }, as)));
    expect(results.filter((r) => !codeOf(r))).toHaveLength(1);
    expect(new Set(results.filter((r) => codeOf(r)).map(codeOf))).toEqual(new Set(['APP_TYPE_LIMIT_REACHED']));
    expect(await installsOf(account.id)).toHaveLength(1);
  });

  it('BX-9: the free-app limit of the zone and tariff holds; paid apps and other zones are not limited by it', async () => {
    const by = await admin({ zone: 'by' as never, tariff: 'FREE' });
    for (let i = 0; i < 2; i++) {
      expect(codeOf(await h.query(INSTALL, { appId: h.peers.add(fakeApp()).id }, by.as))).toBeUndefined();
    }
    // BX-9 is a limit of the domain the storefront shows: a user error of the request as a whole.
    const over = await h.query(INSTALL, { appId: h.peers.add(fakeApp()).id }, by.as);
    expect(over.body.errors).toBeUndefined();
    expect(userErrorsOf(over.body as Parameters<typeof userErrorsOf>[0])).toEqual([{ field: null, code: 'FREE_APP_LIMIT_REACHED', message: expect.any(String) }]);
    expect(codeOf(await h.query(INSTALL, { appId: h.peers.add(fakeApp({ isFree: false })).id }, by.as))).toBeUndefined();
    const ru = await admin({ zone: 'ru' as never, tariff: 'FREE' });
    for (let i = 0; i < 3; i++) {
      expect(codeOf(await h.query(INSTALL, { appId: h.peers.add(fakeApp()).id }, ru.as))).toBeUndefined();
    }
  });

  it('BX-4: the marketplace subscription lifts the free-app limit (an unlimited number of apps); it comes back when the subscription ends', async () => {
    const by = await admin({ zone: 'by' as never, tariff: 'FREE' });
    for (let i = 0; i < 2; i++) expect(codeOf(await h.query(INSTALL, { appId: h.peers.add(fakeApp()).id }, by.as))).toBeUndefined();
    expect(codeOf(await h.query(INSTALL, { appId: h.peers.add(fakeApp()).id }, by.as))).toBe('FREE_APP_LIMIT_REACHED');
    h.peers.subscribed.add(by.account.id);
    try {
      for (let i = 0; i < 3; i++) expect(codeOf(await h.query(INSTALL, { appId: h.peers.add(fakeApp()).id }, by.as))).toBeUndefined();
      expect((await installsOf(by.account.id)).filter((i) => i.status !== 'UNINSTALLED')).toHaveLength(5);
    } finally {
      h.peers.subscribed.delete(by.account.id);
    }
    // Without it, the limit applies again to new installs (the ones made are kept).
    expect(codeOf(await h.query(INSTALL, { appId: h.peers.add(fakeApp()).id }, by.as))).toBe('FREE_APP_LIMIT_REACHED');
  });
});

describe('billing', () => {
  it('PR-3: passes billing’s refusal through as a user error with its code and writes nothing', async () => {
    const { account, as } = await admin();
    const app = h.peers.add(fakeApp({ isFree: false }));
    h.peers.refuse = (input) => (input.appId === app.id ? 'NOT_ENOUGH_PAID_APP_OPTIONS' : null);
    try {
      const refused = await h.query(INSTALL, { appId: app.id }, as);
      expect(refused.body.errors).toBeUndefined();
      expect(refused.body.data).toEqual({ installApp: { install: null, userErrors: [{ field: null, code: 'NOT_ENOUGH_PAID_APP_OPTIONS', message: expect.any(String) }] } });
    } finally {
      h.peers.refuse = () => null;
    }
    expect(await installsOf(account.id)).toHaveLength(0);
    await h.accounts.jobs.drain(Queues.catalogInstallState);
    expect(h.peers.installStates.filter((s) => s.appId === app.id)).toHaveLength(0);
  });

  it('TR-2: billing is told whether the account ever installed the app; removed installs are kept', async () => {
    const { account, as } = await admin();
    const app = h.peers.add(fakeApp({ isFree: false }));
    const first = await h.query<InstallData>(INSTALL, { appId: app.id }, as);
    await h.query(UNINSTALL, { installId: first.body.data!.installApp.install.id }, as);
    await h.query(INSTALL, { appId: app.id }, as);
    const asked = h.peers.decisions.filter((d) => d.appId === app.id);
    expect(asked.map((d) => d.everInstalledBefore)).toEqual([false, true]);
    expect((await installsOf(account.id)).map((i) => i.status).sort()).toEqual(['ACTIVE', 'UNINSTALLED']);
  });

  it('tells billing of a removal and the catalog of every change, through the durable queue', async () => {
    const { account, as } = await admin();
    const app = h.peers.add(fakeApp());
    const installed = await h.query<InstallData>(INSTALL, { appId: app.id }, as);
    const id = installed.body.data!.installApp.install.id;
    await h.query(UNINSTALL, { installId: id }, as);
    h.peers.catalogDown = true;
    await h.accounts.jobs.drain(Queues.catalogInstallState);
    expect(h.peers.installStates.filter((s) => s.appId === app.id)).toHaveLength(0);
    h.peers.catalogDown = false;
    await h.accounts.jobs.drain(Queues.catalogInstallState);
    expect(await h.accounts.jobs.pending(Queues.catalogInstallState)).toBe(0);
    await h.accounts.jobs.drain(Queues.billingInstallRemoved);
    const states = h.peers.installStates.filter((s) => s.appId === app.id && s.accountId === account.id);
    expect(states.map((s) => s.installed).sort()).toEqual([false, true]);
    expect(states.every((s) => s.version.endsWith(`/${id}`))).toBe(true);
    expect(h.peers.removed).toContain(id);
  });
});

describe('frozen permissions', () => {
  it('AR-2: the install keeps the access block it was installed with; AR-3: a reinstall takes the current one', async () => {
    const { as } = await admin();
    const app = h.peers.add(fakeApp({ type: 'SERVER', access: customAccess(1, { customerOrder: ['VIEW'] }) }));
    const first = await h.query<InstallData>(INSTALL, { appId: app.id }, as);
    app.access = customAccess(2, { customerOrder: ['VIEW', 'UPDATE'], counterparty: ['VIEW'] });
    const other = await admin();
    const second = await h.query<InstallData>(INSTALL, { appId: app.id }, other.as);
    const both = await h.dataSource.getRepository(Install).findBy({ appId: app.id });
    expect(both.map((i) => i.permissions?.descriptorVersion).sort()).toEqual([1, 2]);
    expect(first.body.data!.installApp.install.permissions?.descriptorVersion).toBe(1);
    expect(second.body.data!.installApp.install.permissions?.descriptorVersion).toBe(2);
    const re = await h.query<{ reinstallApp: { install: { permissions: { descriptorVersion: number } } } }>(
      REINSTALL, { installId: first.body.data!.installApp.install.id }, as);
    expect(re.body.data?.reinstallApp.install.permissions.descriptorVersion).toBe(2);
  });
});

describe('per-install access', () => {
  it('BX-6: installed apps are listed; each can be updated to the current version, limited to chosen users, and removed', async () => {
    const { account, user, as } = await admin();
    const employee = await makeUser(h.dataSource, account, { role: UserRole.EMPLOYEE });
    const versioned = h.peers.add(fakeApp({ type: 'SERVER', access: customAccess(1, { customerOrder: ['VIEW'] }) }));
    const plain = h.peers.add(fakeApp());
    const one = (await h.query<InstallData>(INSTALL, { appId: versioned.id }, as)).body.data!.installApp.install.id;
    const two = (await h.query<InstallData>(INSTALL, { appId: plain.id }, as)).body.data!.installApp.install.id;
    type Listed = { id: string; status: string; allowedUserIds: string[] | null; permissions: { descriptorVersion: number } | null };
    const list = async () => {
      const r = await h.query<{ account: { installs: Listed[] } }>(
        'query($id: ID!) { account(id: $id) { installs { id status allowedUserIds permissions { descriptorVersion } } } }', { id: account.id }, as);
      expect(r.body.errors).toBeUndefined();
      return new Map(r.body.data!.account.installs.map((i) => [i.id, i]));
    };
    // Listed.
    expect([...(await list()).keys()].sort()).toEqual([one, two].sort());
    // Updated: the vendor publishes version 2; the install keeps 1 until the admin updates it.
    versioned.access = customAccess(2, { customerOrder: ['VIEW', 'UPDATE'] });
    expect((await list()).get(one)?.permissions?.descriptorVersion).toBe(1);
    expect((await h.query(REINSTALL, { installId: one }, userIdentity(employee))).body.errors?.[0]?.extensions?.code).toBe('INSTALL_NOT_ALLOWED');
    expect(codeOf(await h.query(REINSTALL, { installId: one }, as))).toBeUndefined();
    expect((await list()).get(one)?.permissions?.descriptorVersion).toBe(2);
    // Limited to chosen users.
    await h.query('mutation($id: ID!, $u: [ID!]) { setInstallUsers(installId: $id, userIds: $u) { install { id } userErrors { code } } }', { id: two, u: [user.id] }, as);
    expect((await list()).get(two)?.allowedUserIds).toEqual([user.id]);
    // Removed: gone from the list, and the other one untouched.
    expect(codeOf(await h.query(UNINSTALL, { installId: two }, as))).toBeUndefined();
    const after = await list();
    expect([...after.keys()]).toEqual([one]);
    expect(after.get(one)).toMatchObject({ status: 'ACTIVE', permissions: { descriptorVersion: 2 } });
  });

  it('BX-6: an admin limits who may open an app; users of other accounts cannot be named', async () => {
    const { account, as } = await admin();
    const employee = await makeUser(h.dataSource, account, { role: UserRole.EMPLOYEE });
    const stranger = await admin();
    const app = h.peers.add(fakeApp());
    const id = (await h.query<InstallData>(INSTALL, { appId: app.id }, as)).body.data!.installApp.install.id;
    const SET = 'mutation($id: ID!, $u: [ID!]) { setInstallUsers(installId: $id, userIds: $u) { install { allowedUserIds } userErrors { field message code } } }';
    // Each stranger at its place in the list, all at once; nothing is stored.
    const strangers = await h.query(SET, { id, u: [stranger.user.id, employee.id, crypto.randomUUID()] }, as);
    expect(strangers.body.errors).toBeUndefined();
    expect(userErrorsOf(strangers.body as Parameters<typeof userErrorsOf>[0]).map((e) => [e.field, e.code])).toEqual([
      [['userIds', '0'], 'USER_NOT_IN_ACCOUNT'], [['userIds', '2'], 'USER_NOT_IN_ACCOUNT'],
    ]);
    expect((await h.dataSource.getRepository(Install).findOneByOrFail({ id })).allowedUserIds).toBeNull();
    const forbidden = await h.query(SET, { id, u: [employee.id] }, userIdentity(employee));
    expect(forbidden.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const set = await h.query<{ setInstallUsers: { install: { allowedUserIds: string[] } } }>(SET, { id, u: [as.kind === 'user' ? as.userId : ''] }, as);
    expect(set.body.data?.setInstallUsers.install.allowedUserIds).toHaveLength(1);
    const OPEN = 'mutation($id: ID!) { openApp(installId: $id) { launch { contextKey } userErrors { field code } } }';
    // BX-6 decides who may open the app: a right, so a top-level error.
    expect((await h.query(OPEN, { id }, userIdentity(employee))).body.errors?.[0]?.extensions?.code).toBe('APP_ACCESS_DENIED');
    expect(codeOf(await h.query(OPEN, { id }, as))).toBeUndefined();
  });

  it('AR-3: installing a removed app again loses nothing: its access list comes back', async () => {
    const { account, as } = await admin();
    const employee = await makeUser(h.dataSource, account, { role: UserRole.EMPLOYEE });
    const app = h.peers.add(fakeApp());
    const first = (await h.query<InstallData>(INSTALL, { appId: app.id }, as)).body.data!.installApp.install.id;
    await h.query('mutation($id: ID!, $u: [ID!]) { setInstallUsers(installId: $id, userIds: $u) { install { id } userErrors { code } } }', { id: first, u: [employee.id] }, as);
    await h.query(UNINSTALL, { installId: first }, as);
    h.clock.advance(60_000);
    const again = await h.query<{ installApp: { install: { id: string; allowedUserIds: string[] } } }>(
      'mutation($appId: ID!) { installApp(appId: $appId) { install { id allowedUserIds } } }', { appId: app.id }, as);
    expect(again.body.data?.installApp.install.id).not.toBe(first);
    expect(again.body.data?.installApp.install.allowedUserIds).toEqual([employee.id]);
  });
});
