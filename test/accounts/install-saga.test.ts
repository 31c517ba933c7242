import { Install } from '@appmarket/accounts/src/installs/install.entity';
import { Queues } from '@appmarket/accounts/src/jobs/job-queue';
import { UserRole } from '@appmarket/accounts/src/accounts/account.enums';
import type { DataSource } from 'typeorm';
import { makeAccount, makeApp, makeUser, makeVendor } from '../support/factories';
import { gatewayHeadersFor } from '../support/identity';
import { startTestStack, type TestStack } from '../support/stack';
import { fakeApp, startAccountsHarness, userIdentity, type AccountsHarness } from '../support/accounts-factories';
import { eventually } from '../support/eventually';
import { refusalCode } from '../support/refusals';

/**
 * The install saga, accounts' half (docs/accounts.md): billing decides inside accounts' install
 * transaction, so the decision is confirmed by a job enqueued in that transaction (it exists iff
 * the install committed) and released at once when the transaction fails after billing decided.
 */
const INSTALL = 'mutation($appId: ID!) { installApp(appId: $appId) { install { id status } userErrors { field message code } } }';
/** The refusal's code: top-level, else a payload's user error (issue 19, item 2). */
const codeOf = (r: { body: unknown }) => refusalCode(r.body as Parameters<typeof refusalCode>[0]);

/**
 * A failure at COMMIT, after every statement of the install succeeded (billing included): a
 * deferred constraint trigger on the account's install rows.
 */
async function failCommitsOf(db: DataSource, accountId: string): Promise<void> {
  await db.query(`CREATE OR REPLACE FUNCTION saga_test_fail() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN RAISE EXCEPTION 'injected failure at commit'; END $$`);
  await db.query(`CREATE CONSTRAINT TRIGGER "saga_test_fail_${accountId}" AFTER INSERT ON installs DEFERRABLE INITIALLY DEFERRED
                    FOR EACH ROW WHEN (NEW.account_id = '${accountId}') EXECUTE FUNCTION saga_test_fail()`);
}

describe('accounts against billing’s contract (fake peers)', () => {
  let h: AccountsHarness;
  beforeAll(async () => {
    h = await startAccountsHarness();
  });
  afterAll(() => h.stop());

  async function admin() {
    const account = await makeAccount(h.dataSource);
    const user = await makeUser(h.dataSource, account, { role: UserRole.ADMIN });
    return { account, as: userIdentity(user) };
  }

  it('PR-3: a committed install confirms its decision through the durable billing-install-confirmed job', async () => {
    const { as } = await admin();
    const app = h.peers.add(fakeApp({ isFree: false }));
    const installed = await h.query<{ installApp: { install: { id: string } } }>(INSTALL, { appId: app.id }, as);
    const installId = installed.body.data!.installApp.install.id;
    expect(h.peers.confirmed).not.toContain(installId);
    await h.accounts.jobs.drain(Queues.billingInstallConfirmed);
    expect(h.peers.confirmed).toContain(installId);
    expect(h.peers.released).not.toContain(installId);
  });

  it('PR-3: a transaction that fails after billing decided releases the decision at once and sends no confirmation', async () => {
    const { account, as } = await admin();
    await failCommitsOf(h.dataSource, account.id);
    const app = h.peers.add(fakeApp({ isFree: false }));
    const failed = await h.query(INSTALL, { appId: app.id }, as);
    expect(failed.body.errors).toBeDefined();
    const decided = h.peers.decisions.find((d) => d.accountId === account.id)!;
    expect(decided).toBeDefined();
    expect(h.peers.released).toContain(decided.installId);
    expect(await h.dataSource.getRepository(Install).countBy({ accountId: account.id })).toBe(0);
    await h.accounts.jobs.drain(Queues.billingInstallConfirmed);
    expect(h.peers.confirmed).not.toContain(decided.installId);
  });

  it('a refusal by billing decided nothing: nothing to release', async () => {
    const { account, as } = await admin();
    const app = h.peers.add(fakeApp({ isFree: false }));
    const releasedBefore = h.peers.released.length;
    h.peers.refuse = (input) => (input.accountId === account.id ? 'NOT_ENOUGH_PAID_APP_OPTIONS' : null);
    try {
      expect(codeOf(await h.query(INSTALL, { appId: app.id }, as))).toBe('NOT_ENOUGH_PAID_APP_OPTIONS');
    } finally {
      h.peers.refuse = () => null;
    }
    expect(h.peers.released).toHaveLength(releasedBefore);
  });
});

describe('accounts and the real billing', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(() => stack.stop());

  /** An account with the marketplace subscription and `options` paid-app options, and its admin. */
  async function payingAdmin(options: number) {
    const account = await makeAccount(stack.dataSources.accounts!);
    const user = await makeUser(stack.dataSources.accounts!, account, { role: UserRole.ADMIN });
    const headers = gatewayHeadersFor(userIdentity(user));
    const bought = [
      await stack.query('mutation { buyMarketplaceSubscription(periodMonths: 12) { marketplaceSubscription { active } userErrors { code } } }', {}, headers),
      await stack.query('mutation($i: BuyPaidAppOptionsInput!) { buyPaidAppOptions(input: $i) { subscription { id } userErrors { code } } }',
        { i: { paidAppOptions: options, periodMonths: 1, startImmediately: true } }, headers),
    ];
    for (const r of bought) expect(refusalCode(r.body as Parameters<typeof refusalCode>[0])).toBeUndefined();
    return { account, headers };
  }
  const billingRows = (accountId: string) =>
    stack.dataSources.billing!.query(
      'SELECT install_id, paid_app_options_used AS used, removed_at IS NOT NULL AS removed, pending_since IS NOT NULL AS pending FROM install_billings WHERE account_id = $1',
      [accountId],
    ) as Promise<{ install_id: string; used: number; removed: boolean; pending: boolean }[]>;

  it('PR-3: an install that fails at commit after billing decided PAID leaves billing holding no options', async () => {
    const vendor = await makeVendor(stack.dataSources.catalog!);
    const app = await makeApp(stack.dataSources.catalog!, vendor, { type: 'IFRAME' as never, priceKopecks: 100_000 });
    const { account, headers } = await payingAdmin(2);
    await failCommitsOf(stack.dataSources.accounts!, account.id);
    const failed = await stack.query(INSTALL, { appId: app.id }, headers);
    expect(failed.body.errors).toBeDefined();
    expect(await stack.dataSources.accounts!.getRepository(Install).countBy({ accountId: account.id })).toBe(0);
    // Billing did decide (the row is there), and was told to release it: no options held.
    expect(await billingRows(account.id)).toEqual([{ install_id: expect.any(String), used: 0, removed: true, pending: true }]);
  });

  it('PR-3: a normal install ends confirmed once the job ran (accounts works its queue in the stack)', async () => {
    const vendor = await makeVendor(stack.dataSources.catalog!);
    const app = await makeApp(stack.dataSources.catalog!, vendor, { type: 'IFRAME' as never, priceKopecks: 100_000 });
    const { account, headers } = await payingAdmin(2);
    const installed = await stack.query<{ installApp: { install: { id: string } } }>(INSTALL, { appId: app.id }, headers);
    expect(installed.body.errors).toBeUndefined();
    const installId = installed.body.data!.installApp.install.id;
    await eventually(async () => (await billingRows(account.id))[0]?.pending === false, { timeout: 15_000, message: 'billing-install-confirmed confirms the decision' });
    expect(await billingRows(account.id)).toEqual([{ install_id: installId, used: 2, removed: false, pending: false }]);
  });
});

