import 'reflect-metadata';
import { UserRole } from '@appmarket/accounts/src/accounts/account.enums';
import { AppType } from '@appmarket/catalog/src/apps/app.enums';
import type { Identity } from '@appmarket/federation';
import { makeAccount, makeApp, makeInstall, makeUser, makeVendor } from '../support/factories';
import { gatewayHeadersFor } from '../support/identity';
import { startTestStack, type TestStack } from '../support/stack';

/** Issue 19, item 5: `viewer` and `currentInstallation`, composed through the gateway. */
const VIEWER = `{ viewer {
  kind role account { id name } user { id fullName }
  rights { canInstallApps canOpenStorefront canManageApps canManageBilling }
  vendor { id name alias }
  currentInstallation { id app { id name } permissions { scope } }
} }`;

type ViewerAnswer = {
  viewer: {
    kind: string; role: string | null; account: { id: string } | null; user: { id: string } | null;
    rights: Record<string, boolean>; vendor: { id: string; name: string } | null;
    currentInstallation: { id: string; app: { id: string; name: string }; permissions: { scope: string } | null } | null;
  };
};

describe('viewer through the gateway', () => {
  let stack: TestStack;
  beforeAll(async () => { stack = await startTestStack(); });
  afterAll(() => stack?.stop());

  it('a user: account, user, role and rights (BX-3: an employee installs only when the account allows it)', async () => {
    const { accounts } = stack.dataSources;
    const account = await makeAccount(accounts!);
    const admin = await makeUser(accounts!, account, { role: UserRole.ADMIN });
    const employee = await makeUser(accounts!, account, { role: UserRole.EMPLOYEE });
    const asAdmin: Identity = { kind: 'user', userId: admin.id, accountId: account.id, role: 'ADMIN' };
    const asEmployee: Identity = { kind: 'user', userId: employee.id, accountId: account.id, role: 'EMPLOYEE' };

    const { body } = await stack.query<ViewerAnswer>(VIEWER, undefined, gatewayHeadersFor(asAdmin));
    expect(body.errors).toBeUndefined();
    expect(body.data!.viewer).toMatchObject({
      kind: 'USER', role: 'ADMIN', account: { id: account.id }, user: { id: admin.id }, vendor: null, currentInstallation: null,
      rights: { canInstallApps: true, canOpenStorefront: true, canManageApps: true, canManageBilling: true },
    });
    const before = await stack.query<ViewerAnswer>(VIEWER, undefined, gatewayHeadersFor(asEmployee));
    expect(before.body.data!.viewer).toMatchObject({
      kind: 'USER', role: 'EMPLOYEE', rights: { canInstallApps: false, canOpenStorefront: false, canManageApps: false, canManageBilling: false },
    });
    const allowed = await stack.query('mutation { setEmployeesMayInstall(allowed: true) { account { id } userErrors { field message code } } }', undefined, gatewayHeadersFor(asAdmin));
    expect(allowed.body.errors).toBeUndefined();
    const after = await stack.query<ViewerAnswer>(VIEWER, undefined, gatewayHeadersFor(asEmployee));
    expect(after.body.data!.viewer.rights).toMatchObject({ canInstallApps: true, canOpenStorefront: false });
  });

  it('a deactivated user keeps its answer but loses its rights', async () => {
    const { accounts } = stack.dataSources;
    const account = await makeAccount(accounts!);
    const admin = await makeUser(accounts!, account, { role: UserRole.ADMIN, deactivatedAt: new Date('2026-10-30T00:00:00Z') });
    const { body } = await stack.query<ViewerAnswer>(VIEWER, undefined, gatewayHeadersFor({ kind: 'user', userId: admin.id, accountId: account.id, role: 'ADMIN' }));
    expect(body.data!.viewer).toMatchObject({ kind: 'USER', user: { id: admin.id }, rights: { canInstallApps: false, canOpenStorefront: false } });
  });

  it('a vendor: its vendor, resolved by the catalog; no account', async () => {
    const vendor = await makeVendor(stack.dataSources.catalog!, { name: 'ООО Вендор' });
    const { body } = await stack.query<ViewerAnswer>(VIEWER, undefined, gatewayHeadersFor({ kind: 'vendor', vendorId: vendor.id }));
    expect(body.errors).toBeUndefined();
    expect(body.data!.viewer).toMatchObject({ kind: 'VENDOR', account: null, user: null, role: null, vendor: { id: vendor.id, name: 'ООО Вендор' } });
  });

  it('an app token: its account and current installation with the app and frozen permissions (AR-2)', async () => {
    const { catalog, accounts } = stack.dataSources;
    const app = await makeApp(catalog!, await makeVendor(catalog!), { type: AppType.SERVER, name: 'Склад+' });
    const account = await makeAccount(accounts!);
    const install = await makeInstall(accounts!, account, app, { permissions: { descriptorVersion: 1, scope: 'CUSTOM', permissions: [], flags: [] } as never });
    const asApp: Identity = { kind: 'app', installId: install.id, accountId: account.id, appId: app.id, appType: 'SERVER' };
    const { body } = await stack.query<ViewerAnswer>(VIEWER, undefined, gatewayHeadersFor(asApp));
    expect(body.errors).toBeUndefined();
    expect(body.data!.viewer).toMatchObject({
      kind: 'APP', account: { id: account.id }, user: null,
      currentInstallation: { id: install.id, app: { id: app.id, name: 'Склад+' }, permissions: { scope: 'CUSTOM' } },
      rights: { canInstallApps: false },
    });
    const mine = await stack.query<{ currentInstallation: { id: string } }>('{ currentInstallation { id app { id } } }', undefined, gatewayHeadersFor(asApp));
    expect(mine.body.data!.currentInstallation).toEqual({ id: install.id, app: { id: app.id } });
  });

  it('a moderator and an anonymous caller: the kind only', async () => {
    const moderator = await stack.query<ViewerAnswer>(VIEWER, undefined, gatewayHeadersFor({ kind: 'moderator', moderatorId: 'm-1' }));
    expect(moderator.body.data!.viewer).toMatchObject({ kind: 'MODERATOR', account: null, vendor: null, currentInstallation: null });
    const nobody = await stack.query<ViewerAnswer>(VIEWER, undefined, {});
    expect(nobody.body.errors).toBeUndefined();
    expect(nobody.body.data!.viewer).toMatchObject({ kind: 'ANONYMOUS', account: null, user: null });
    const none = await stack.query<{ currentInstallation: null }>('{ currentInstallation { id } }', undefined, gatewayHeadersFor({ kind: 'moderator', moderatorId: 'm-1' }));
    expect(none.body).toEqual({ data: { currentInstallation: null } });
  });
});
