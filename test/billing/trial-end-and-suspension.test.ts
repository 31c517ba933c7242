import { randomUUID } from 'node:crypto';
import { DAY, MINUTE, ManualClock } from '@appmarket/core';
import {
  billingOf, buyOptions, decideInstall, optionsOf, payingAccount, startBillingHarness, type BillingHarness,
} from '../support/billing-factories';

/** TR-5 trial end and BX-7 subscription end: right at every moment, settled by the job, vendors told once. */
describe('billing: trial end and subscription end', () => {
  const clock = new ManualClock('2026-09-01T10:00:00Z');
  let h: BillingHarness;

  beforeAll(async () => {
    h = await startBillingHarness(clock);
  });
  afterAll(() => h.stop());

  const settleJob = (accountId: string) => h.billing.services.accounts.settleAndNotify(accountId);

  it('TR-5: trial → paid when free options cover the price; shown at the trial end before the job, then the vendor gets TARIFF_CHANGED once', async () => {
    clock.set('2026-09-01T10:00:00Z');
    const app = h.fake.addApp({ priceKopecks: 100_000, trialDays: 7 });
    const accountId = await payingAccount(h, 3, 3);
    const { installId, trialEndsAt } = await decideInstall(h, accountId, app.id);
    expect(await optionsOf(h, accountId)).toMatchObject({ used: 0, free: 3 });

    clock.set(new Date(new Date(trialEndsAt!).getTime() - MINUTE));
    expect(await billingOf(h, installId)).toMatchObject({ state: 'TRIAL', paidAppOptionsUsed: 0 });
    clock.set(trialEndsAt!);
    // The job has not run: the API already shows the outcome.
    expect(await billingOf(h, installId)).toMatchObject({ state: 'PAID', paidAppOptionsUsed: 2 });
    expect(await optionsOf(h, accountId)).toMatchObject({ used: 2, free: 1 });
    expect(h.fake.eventsFor(installId)).toEqual([]);

    expect(await settleJob(accountId)).toBe(1);
    expect(await settleJob(accountId)).toBe(0);
    expect(h.fake.eventsFor(installId)).toEqual(['TARIFF_CHANGED']);
    expect(await billingOf(h, installId)).toMatchObject({ state: 'PAID', paidAppOptionsUsed: 2 });
  });

  it('TR-5: trial → suspended (kept, not deleted) when the free options do not cover the price; the vendor gets SUSPEND', async () => {
    clock.set('2026-09-01T10:00:00Z');
    const app = h.fake.addApp({ priceKopecks: 150_000, trialDays: 3 });
    const accountId = await payingAccount(h, 2, 3);
    const { installId, trialEndsAt } = await decideInstall(h, accountId, app.id);
    clock.set(new Date(new Date(trialEndsAt!).getTime() + 1));
    expect(await billingOf(h, installId)).toMatchObject({ state: 'SUSPENDED', paidAppOptionsUsed: 0, priceKopecks: 150_000 });
    await settleJob(accountId);
    expect(h.fake.eventsFor(installId)).toEqual(['SUSPEND']);
    expect(await optionsOf(h, accountId)).toMatchObject({ total: 2, used: 0, free: 2 });
    // Payment resumes it (BX-7 / TR-5): one more option now, and the vendor gets RESUME.
    expect((await buyOptions(h, accountId, 1, 1, true)).code).toBeUndefined();
    expect(await billingOf(h, installId)).toMatchObject({ state: 'PAID', paidAppOptionsUsed: 3 });
    await settleJob(accountId);
    expect(h.fake.eventsFor(installId)).toEqual(['SUSPEND', 'RESUME']);
  });

  it('TR-5: two trials ending for one account share the free options, the earlier end first', async () => {
    clock.set('2026-09-01T10:00:00Z');
    const accountId = await payingAccount(h, 2, 3);
    const early = await decideInstall(h, accountId, h.fake.addApp({ priceKopecks: 100_000, trialDays: 2 }).id);
    const late = await decideInstall(h, accountId, h.fake.addApp({ priceKopecks: 50_000, trialDays: 5 }).id);
    clock.advance(6 * DAY);
    expect((await billingOf(h, early.installId))?.state).toBe('PAID');
    expect((await billingOf(h, late.installId))?.state).toBe('SUSPENDED');
  });

  it('BX-7: when the subscription ends, PAID installs are SUSPENDED (data kept) and the vendor is told; paying resumes them', async () => {
    clock.set('2026-09-01T10:00:00Z');
    const accountId = randomUUID();
    const { endsAt } = await buyOptions(h, accountId, 2, 1);
    await h.query({ kind: 'user', userId: randomUUID(), accountId, role: 'ADMIN' }, `mutation { buyMarketplaceSubscription(periodMonths: 12) { marketplaceSubscription { active } } }`);
    const { installId, state } = await decideInstall(h, accountId, h.fake.addApp({ priceKopecks: 100_000 }).id);
    expect(state).toBe('PAID');
    clock.set(new Date(new Date(endsAt).getTime() - 1));
    expect((await billingOf(h, installId))?.state).toBe('PAID');
    clock.set(endsAt);
    expect(await billingOf(h, installId)).toMatchObject({ state: 'SUSPENDED', priceKopecks: 100_000 });
    clock.advance(60_000); // the job runs a little after the end; the history keeps the end itself
    await settleJob(accountId);
    expect(h.fake.eventsFor(installId)).toEqual(['SUSPEND']);
    const history = await h.billingQuery<{ _entities: { billingHistory: { toState: string; cause: string; at: string }[] }[] }>(
      { kind: 'service', service: 'accounts' },
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Install { billingHistory { toState cause at } } } }`,
      { r: [{ __typename: 'Install', id: installId }] },
    );
    expect(history.body.data!._entities[0]!.billingHistory.at(-1)).toEqual({ toState: 'SUSPENDED', cause: 'SUBSCRIPTION_ENDED', at: endsAt });
    const renewed = await buyOptions(h, accountId, 2, 1);
    expect(renewed.startsAt).toBe(clock.now().toISOString()); // nothing runs: the new period starts now
    expect(await billingOf(h, installId)).toMatchObject({ state: 'PAID', paidAppOptionsUsed: 2 });
    await settleJob(accountId);
    expect(h.fake.eventsFor(installId)).toEqual(['SUSPEND', 'RESUME']);
  });

  it('the settle job is durable: writes that owe a vendor event enqueue it on the billing_jobs queue in the same transaction', async () => {
    clock.set('2026-09-01T10:00:00Z');
    const accountId = await payingAccount(h, 1, 1);
    await decideInstall(h, accountId, h.fake.addApp({ priceKopecks: 50_000, trialDays: 1 }).id);
    const jobs: { data: { accountId: string } }[] = await h.stack.dataSources.billing!.query(
      `SELECT data FROM billing_jobs.job WHERE name = 'billing-settle-account' AND data->>'accountId' = $1`, [accountId],
    );
    // The trial end and the subscription end.
    expect(jobs.length).toBe(2);
  });
});
