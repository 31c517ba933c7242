import { randomUUID } from 'node:crypto';
import { ManualClock } from '@appmarket/core';
import { loadBillingSettings } from '@appmarket/billing/src/config';
import {
  billingOf, decideInstall, optionsOf, payingAccount, SERVICE, startBillingHarness, type BillingHarness,
} from '../support/billing-factories';

/**
 * The install saga, billing's half (docs/billing.md, "Pending decisions"): a decision at install is
 * pending until accounts confirms its install committed; the sweep releases what stays pending
 * past BILLING_PENDING_DECISION_TTL_MS (default 10 minutes), freeing its PR-3 options.
 */
describe('billing: pending decisions at install', () => {
  const clock = new ManualClock('2026-09-01T10:00:00Z');
  const MINUTE = 60_000;
  let h: BillingHarness;

  beforeAll(async () => {
    h = await startBillingHarness(clock);
  });
  afterAll(() => h.stop());

  const confirm = async (installId: string) =>
    (await h.billingQuery<{ confirmInstall: boolean }>(SERVICE, 'mutation($id: ID!) { confirmInstall(installId: $id) }', { id: installId }))
      .body.data?.confirmInstall;
  const release = async (installId: string) =>
    (await h.billingQuery<{ releaseInstallDecision: boolean }>(SERVICE, 'mutation($id: ID!) { releaseInstallDecision(installId: $id) }', { id: installId }))
      .body.data?.releaseInstallDecision;
  const sweep = () => h.billing.services.pendingDecisions.releaseExpired();
  const revenueRows = async (installId: string) =>
    Number((await h.stack.dataSources.billing!.query('SELECT count(*) AS n FROM vendor_revenue_accruals WHERE install_id = $1', [installId]))[0].n);

  it('the TTL defaults to 10 minutes and is configurable', () => {
    expect(loadBillingSettings({}).BILLING_PENDING_DECISION_TTL_MS).toBe(10 * MINUTE);
    expect(loadBillingSettings({ BILLING_PENDING_DECISION_TTL_MS: '30000' }).BILLING_PENDING_DECISION_TTL_MS).toBe(30_000);
  });

  it('PR-3: a PAID decision never confirmed frees its options after the TTL, not before (and its PR-4 revenue goes)', async () => {
    const app = h.fake.addApp({ priceKopecks: 100_000 });
    const accountId = await payingAccount(h, 3);
    const decision = await decideInstall(h, accountId, app.id);
    expect(decision.state).toBe('PAID');
    expect(await optionsOf(h, accountId)).toEqual({ total: 3, used: 2, free: 1 });
    expect(await revenueRows(decision.installId)).toBeGreaterThan(0);

    clock.advance(10 * MINUTE - 1000);
    await sweep();
    expect(await optionsOf(h, accountId)).toEqual({ total: 3, used: 2, free: 1 });

    clock.advance(2000);
    expect(await sweep()).toBeGreaterThanOrEqual(1);
    expect(await optionsOf(h, accountId)).toEqual({ total: 3, used: 0, free: 3 });
    expect(await revenueRows(decision.installId)).toBe(0);
    // Release and confirm are one or the other: a late confirmation answers false and changes nothing.
    expect(await confirm(decision.installId)).toBe(false);
    expect(await optionsOf(h, accountId)).toEqual({ total: 3, used: 0, free: 3 });
    expect(await release(decision.installId)).toBe(false);
  });

  it('PR-3: the sweep confirms, not releases, a decision whose install accounts has (its confirm job is only late)', async () => {
    const app = h.fake.addApp({ priceKopecks: 100_000 });
    const accountId = await payingAccount(h, 3);
    const committed = await decideInstall(h, accountId, app.id);
    h.fake.installs.add(committed.installId); // accounts committed it; the confirm job has not run
    clock.advance(11 * MINUTE);
    expect(await sweep()).toBe(0);
    expect(await optionsOf(h, accountId)).toEqual({ total: 3, used: 2, free: 1 });
    expect(await release(committed.installId)).toBe(false); // it is confirmed now
    expect(await confirm(committed.installId)).toBe(true);
  });

  it('PR-3: a confirmed decision is never released; confirm is idempotent', async () => {
    const app = h.fake.addApp({ priceKopecks: 50_000 });
    const accountId = await payingAccount(h, 2);
    const decision = await decideInstall(h, accountId, app.id);
    expect(await confirm(decision.installId)).toBe(true);
    expect(await confirm(decision.installId)).toBe(true);
    clock.advance(60 * MINUTE);
    await sweep();
    expect(await release(decision.installId)).toBe(false);
    expect(await billingOf(h, decision.installId)).toMatchObject({ state: 'PAID', paidAppOptionsUsed: 1 });
    expect(await optionsOf(h, accountId)).toEqual({ total: 2, used: 1, free: 1 });
  });

  it('confirming an unknown install answers false', async () => {
    expect(await confirm(randomUUID())).toBe(false);
  });

  it('TR-2: accounts releases at once when its install failed; the released trial does not count as an earlier install', async () => {
    const app = h.fake.addApp({ priceKopecks: 50_000, trialDays: 7 });
    const accountId = await payingAccount(h, 1);
    const failed = await decideInstall(h, accountId, app.id);
    expect(failed.state).toBe('TRIAL');
    expect(await release(failed.installId)).toBe(true);
    expect(await confirm(failed.installId)).toBe(false);
    const retried = await decideInstall(h, accountId, app.id);
    expect(retried.state).toBe('TRIAL');
  });

  it('TR-2: an uninstall (recordInstallRemoved) of a pending decision confirms it: the sweep leaves it, and it counts as an install', async () => {
    const app = h.fake.addApp({ priceKopecks: 50_000, trialDays: 7 });
    const accountId = await payingAccount(h, 1);
    const first = await decideInstall(h, accountId, app.id);
    await h.billingQuery(SERVICE, 'mutation($id: ID!) { recordInstallRemoved(installId: $id) }', { id: first.installId });
    // The confirmation job may arrive after the removal job: the install did commit.
    expect(await confirm(first.installId)).toBe(true);
    expect((await decideInstall(h, accountId, app.id)).state).toBe('PAID');
  });

  it('decisions written by other paths (seed, bench, rows before the migration) are confirmed', async () => {
    const installId = randomUUID();
    await h.stack.dataSources.billing!.query(
      `INSERT INTO install_billings (install_id, account_id, app_id, state, created_at) VALUES ($1, $2, $3, 'FREE', $4)`,
      [installId, randomUUID(), randomUUID(), clock.now()],
    );
    clock.advance(60 * MINUTE);
    await sweep();
    expect(await billingOf(h, installId)).toMatchObject({ state: 'FREE' });
    expect(await confirm(installId)).toBe(true);
  });
});
