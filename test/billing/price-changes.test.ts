import { randomUUID } from 'node:crypto';
import { DAY, ManualClock } from '@appmarket/core';
import {
  billingOf, buyOptions, decideInstall, optionsOf, payingAccount, SERVICE, startBillingHarness, type BillingHarness,
} from '../support/billing-factories';

const APPLY = `mutation($input: ApplyPriceChangeInput!) { applyPriceChange(input: $input) { changeId installsAffected } }`;

/** PC-1..PC-3: what a price change does to installs that exist (docs/billing.md). */
describe('billing: price changes and existing installs', () => {
  const clock = new ManualClock('2026-09-01T10:00:00Z');
  let h: BillingHarness;

  beforeAll(async () => {
    h = await startBillingHarness(clock);
  });
  afterAll(() => h.stop());

  const apply = async (input: { appId: string; priceKopecks: number | null; trialDays?: number | null; changeId?: string }) => {
    const res = await h.billingQuery<{ applyPriceChange: { changeId: string; installsAffected: number } }>(SERVICE, APPLY, {
      input: { changeId: input.changeId ?? randomUUID(), trialDays: null, ...input },
    });
    return { data: res.body.data?.applyPriceChange, code: res.body.errors?.[0]?.extensions?.code as string | undefined };
  };

  it('PC-3: a published free app made paid gives its current users the mandatory 7–14 day trial, then TR-5 decides', async () => {
    clock.set('2026-09-01T10:00:00Z');
    const app = h.fake.addApp({ priceKopecks: null });
    const paying = await payingAccount(h, 2, 3);
    const notPaying = randomUUID();
    const a = await decideInstall(h, paying, app.id);
    const b = await decideInstall(h, notPaying, app.id);
    expect([a.state, b.state]).toEqual(['FREE', 'FREE']);

    expect((await apply({ appId: app.id, priceKopecks: 100_000 })).code).toBe('PRICE_CHANGE_TRIAL_REQUIRED');
    expect((await apply({ appId: app.id, priceKopecks: 100_000, trialDays: 6 })).code).toBe('PRICE_CHANGE_TRIAL_REQUIRED');
    expect((await billingOf(h, a.installId))?.state).toBe('FREE');

    clock.set('2026-09-02T10:00:00Z');
    expect((await apply({ appId: app.id, priceKopecks: 100_000, trialDays: 7 })).data?.installsAffected).toBe(2);
    expect(await billingOf(h, a.installId)).toMatchObject({ state: 'TRIAL', trialEndsAt: '2026-09-09T10:00:00.000Z', priceKopecks: 100_000 });
    await h.billing.services.accounts.settleAndNotify(paying);
    expect(h.fake.eventsFor(a.installId)).toEqual(['TARIFF_CHANGED']);

    clock.set('2026-09-09T10:00:00Z');
    expect((await billingOf(h, a.installId))?.state).toBe('PAID');
    expect((await billingOf(h, b.installId))?.state).toBe('SUSPENDED');
  });

  it('PC-1: paid → free makes every install FREE at once and frees its options; a suspended one is resumed', async () => {
    clock.set('2026-09-01T10:00:00Z');
    const app = h.fake.addApp({ priceKopecks: 100_000, trialDays: 1 });
    const accountId = await payingAccount(h, 2, 1);
    const paid = await decideInstall(h, accountId, app.id, { everInstalledBefore: true });
    const onTrial = await decideInstall(h, randomUUID(), app.id);
    clock.advance(2 * DAY);
    expect((await billingOf(h, onTrial.installId))?.state).toBe('SUSPENDED');
    expect(await optionsOf(h, accountId)).toMatchObject({ used: 2 });
    expect((await apply({ appId: app.id, priceKopecks: null })).data?.installsAffected).toBe(2);
    expect(await billingOf(h, paid.installId)).toMatchObject({ state: 'FREE', paidAppOptionsUsed: 0, priceKopecks: 0 });
    expect((await billingOf(h, onTrial.installId))?.state).toBe('FREE');
    expect(await optionsOf(h, accountId)).toMatchObject({ used: 0, free: 2 });
  });

  it('PC-1: a new price reaches a PAID install from its next period; a TRIAL install takes it at once', async () => {
    clock.set('2026-09-01T10:00:00Z');
    const app = h.fake.addApp({ priceKopecks: 50_000, trialDays: 14 });
    const accountId = await payingAccount(h, 3, 1); // period 1 Sep – 1 Oct
    await buyOptions(h, accountId, 3, 1); // renewal 1 Oct – 1 Nov
    const paid = await decideInstall(h, accountId, app.id, { everInstalledBefore: true });
    const trial = await decideInstall(h, randomUUID(), app.id);
    clock.set('2026-09-10T10:00:00Z');
    expect((await apply({ appId: app.id, priceKopecks: 150_000 })).data?.installsAffected).toBe(2);
    expect(await billingOf(h, paid.installId)).toMatchObject({ state: 'PAID', priceKopecks: 50_000, paidAppOptionsUsed: 1 });
    expect((await billingOf(h, trial.installId))?.priceKopecks).toBe(150_000);
    clock.set('2026-10-01T10:00:00Z');
    expect(await billingOf(h, paid.installId)).toMatchObject({ state: 'PAID', priceKopecks: 150_000, paidAppOptionsUsed: 3 });
  });

  it('PC-2: billing takes price changes only from the catalog service, never from a vendor or moderator directly', async () => {
    const app = h.fake.addApp({ priceKopecks: 50_000 });
    for (const identity of [{ kind: 'vendor', vendorId: app.vendorId }, { kind: 'moderator', moderatorId: 'm1' }] as const) {
      const res = await h.billingQuery(identity, APPLY, { input: { changeId: randomUUID(), appId: app.id, priceKopecks: null, trialDays: null } });
      expect(res.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('PR-2 and idempotency: a price that is not a multiple of 500 RUB is refused; a repeated changeId changes nothing more', async () => {
    const app = h.fake.addApp({ priceKopecks: null });
    await decideInstall(h, randomUUID(), app.id);
    expect((await apply({ appId: app.id, priceKopecks: 70_000, trialDays: 7 })).code).toBe('INVALID_PRICE');
    const changeId = randomUUID();
    const first = await apply({ changeId, appId: app.id, priceKopecks: 50_000, trialDays: 10 });
    const again = await apply({ changeId, appId: app.id, priceKopecks: 50_000, trialDays: 10 });
    expect(first.data).toEqual({ changeId, installsAffected: 1 });
    expect(again.data).toEqual(first.data);
    expect((await apply({ changeId, appId: app.id, priceKopecks: 100_000, trialDays: 10 })).code).toBe('PRICE_CHANGE_ID_REUSED');
  });
});
