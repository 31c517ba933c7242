import { UserRole } from '@appmarket/accounts/src/accounts/account.enums';
import { Install } from '@appmarket/accounts/src/installs/install.entity';
import { makeAccount, makeUser } from '../support/factories';
import { customAccess, fakeApp, FakeVendor, startAccountsHarness, userIdentity, type AccountsHarness } from '../support/accounts-factories';
import { eventually } from '../support/eventually';

/** With its pg-boss workers on (as deployed), the subgraph runs its queued work by itself. */
let h: AccountsHarness;
const vendor = new FakeVendor();
beforeAll(async () => {
  h = await startAccountsHarness({ ACCOUNTS_JOB_WORKERS: 'on' });
  await vendor.start();
});
afterAll(async () => {
  await h.stop();
  await vendor.stop();
});

it('the workers activate a SERVER install and tell the catalog, without the test running the jobs', async () => {
  const app = h.peers.add(fakeApp({
    type: 'SERVER', access: customAccess(1, { demand: ['VIEW'] }), vendorApi: { endpointBase: vendor.url, additionalEvents: [] },
  }));
  const account = await makeAccount(h.dataSource);
  const admin = await makeUser(h.dataSource, account, { role: UserRole.ADMIN });
  const activated = new Promise<void>((resolve) => vendor.onRequest = () => resolve());
  const result = await h.query<{ installApp: { install: { id: string } } }>('mutation($a: ID!) { installApp(appId: $a) { install { id } userErrors { field message code } } }', { a: app.id }, userIdentity(admin));
  await activated;
  const installId = result.body.data!.installApp.install.id;
  // The state is written right after the vendor answers: wait for it through the database.
  await eventually(async () => (await h.dataSource.getRepository(Install).findOneByOrFail({ id: installId })).activationState === 'Activated',
    { timeout: 15_000, message: 'the install becomes Activated after the vendor answers' });
  await eventually(() => h.peers.installStates.some((s) => s.appId === app.id), { timeout: 15_000, message: 'the catalog hears of the install state' });
  expect(vendor.requests[0]!.body).toMatchObject({ cause: 'Install', appUid: app.appUid });
});
