import { randomUUID } from 'node:crypto';
import { DAY, ManualClock } from '@appmarket/core';
import {
  billingOf, decideInstall, payingAccount, startBillingHarness, vendorIdentity, type BillingHarness,
} from '../support/billing-factories';
import { refusalCode, userErrorsOf } from '../support/refusals';

const EXTEND = `mutation($input: ExtendTrialInput!) {
  extendTrial(input: $input) { trialExtension { installId confirmedAt trialEndsAt } userErrors { field message code } }
}`;

/** TX-1..TX-3: the vendor extends a trial for one account, once. */
describe('billing: trial extension', () => {
  const clock = new ManualClock('2026-08-29T18:01:00Z');
  let h: BillingHarness;

  beforeAll(async () => {
    h = await startBillingHarness(clock);
  });
  afterAll(() => h.stop());

  const extend = async (vendorId: string, accountId: string, appId: string, days: number) => {
    const res = await h.query<{ extendTrial: { trialExtension: { installId: string | null; confirmedAt: string; trialEndsAt: string } | null } }>(
      vendorIdentity(vendorId), EXTEND, { input: { accountId, appId, days } },
    );
    return { data: res.body.data?.extendTrial.trialExtension ?? undefined, code: refusalCode(res.body), body: res.body };
  };

  /** An account whose 14-day trial of a new paid app started on 29 August 18:01 (ends 12 September 18:01). */
  const trialOn29August = async () => {
    clock.set('2026-08-29T18:01:00Z');
    const app = h.fake.addApp({ priceKopecks: 100_000, trialDays: 14 });
    const accountId = randomUUID();
    const install = await decideInstall(h, accountId, app.id);
    expect(install.trialEndsAt).toBe('2026-09-12T18:01:00.000Z');
    return { app, accountId, installId: install.installId };
  };

  it('TX-2: 5 days of trial left, 9 days granted on 7 September at 18:01 → the trial ends on 16 September at 18:01', async () => {
    const { app, accountId, installId } = await trialOn29August();
    clock.set('2026-09-07T18:01:00Z');
    const { data, code } = await extend(app.vendorId, accountId, app.id, 9);
    expect(code).toBeUndefined();
    expect(data).toEqual({ installId, confirmedAt: '2026-09-07T18:01:00.000Z', trialEndsAt: '2026-09-16T18:01:00.000Z' });
    clock.set('2026-09-16T18:00:59Z');
    expect(await billingOf(h, installId)).toMatchObject({ state: 'TRIAL', trialEndsAt: '2026-09-16T18:01:00.000Z' });
    clock.set('2026-09-16T18:01:00Z');
    expect((await billingOf(h, installId))?.state).toBe('SUSPENDED');
  });

  it('TX-1/TX-3: a second extension for the same account and app is refused (TRIAL_ALREADY_EXTENDED)', async () => {
    const { app, accountId, installId } = await trialOn29August();
    expect((await extend(app.vendorId, accountId, app.id, 14)).code).toBeUndefined();
    clock.advance(DAY);
    expect((await extend(app.vendorId, accountId, app.id, 14)).code).toBe('TRIAL_ALREADY_EXTENDED');
    expect((await billingOf(h, installId))?.trialEndsAt).toBe('2026-09-12T18:01:00.000Z');
  });

  it('TX-3: a trial is never shortened (TRIAL_WOULD_BE_SHORTENED), and the refusal writes nothing', async () => {
    const { app, accountId, installId } = await trialOn29August();
    clock.set('2026-09-07T18:01:00Z');
    expect((await extend(app.vendorId, accountId, app.id, 4)).code).toBe('TRIAL_WOULD_BE_SHORTENED');
    expect((await billingOf(h, installId))?.trialEndsAt).toBe('2026-09-12T18:01:00.000Z');
    // Nothing was recorded: the one extension is still available.
    expect((await extend(app.vendorId, accountId, app.id, 6)).data?.trialEndsAt).toBe('2026-09-13T18:01:00.000Z');
  });

  it('TX-3: refused for a free app, an unpublished app, an account that already pays, and a length outside 1–14 days', async () => {
    clock.set('2026-09-01T10:00:00Z');
    const free = h.fake.addApp({ priceKopecks: null });
    expect((await extend(free.vendorId, randomUUID(), free.id, 5)).code).toBe('TRIAL_EXTENSION_APP_NOT_PAID');
    const hidden = h.fake.addApp({ priceKopecks: 50_000, status: 'READY' });
    expect((await extend(hidden.vendorId, randomUUID(), hidden.id, 5)).code).toBe('TRIAL_EXTENSION_APP_NOT_PUBLISHED');
    const paid = h.fake.addApp({ priceKopecks: 50_000 });
    const accountId = await payingAccount(h, 1);
    expect((await decideInstall(h, accountId, paid.id)).state).toBe('PAID');
    expect((await extend(paid.vendorId, accountId, paid.id, 5)).code).toBe('APP_ALREADY_PAID');
    expect((await extend(paid.vendorId, randomUUID(), paid.id, 15)).code).toBe('TRIAL_EXTENSION_DAYS_OUT_OF_RANGE');
    expect((await extend(paid.vendorId, randomUUID(), paid.id, 0)).code).toBe('TRIAL_EXTENSION_DAYS_OUT_OF_RANGE');
    // Issue 19, item 2: each problem at its field, all at once (a form shows them together).
    const nobody = randomUUID();
    h.fake.unknownAccounts.add(nobody);
    const several = await extend(free.vendorId, nobody, free.id, 15);
    expect(several.body.errors).toBeUndefined();
    expect(userErrorsOf(several.body).map(({ field, code }) => ({ field, code }))).toEqual([
      { field: ['input', 'days'], code: 'TRIAL_EXTENSION_DAYS_OUT_OF_RANGE' },
      { field: ['input', 'appId'], code: 'TRIAL_EXTENSION_APP_NOT_PAID' },
      { field: ['input', 'accountId'], code: 'ACCOUNT_NOT_FOUND' },
    ]);
    // Only the app's own vendor: another vendor is told the app does not exist.
    expect((await extend(randomUUID(), randomUUID(), paid.id, 5)).code).toBe('NOT_FOUND');
    // Only vendors: an account admin may not extend a trial.
    const byUser = await h.query({ kind: 'user', userId: randomUUID(), accountId, role: 'ADMIN' }, EXTEND,
      { input: { accountId, appId: paid.id, days: 5 } });
    expect(byUser.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('TX-1, issue 14: an account accounts does not have is refused (ACCOUNT_NOT_FOUND) and no billing row is written for it', async () => {
    clock.set('2026-09-01T10:00:00Z');
    const app = h.fake.addApp({ priceKopecks: 50_000 });
    const nobody = randomUUID();
    h.fake.unknownAccounts.add(nobody);
    const rows = async () => Number((await h.stack.dataSources.billing!.query(
      `SELECT (SELECT count(*) FROM trial_extensions WHERE account_id = $1) + (SELECT count(*) FROM install_billings WHERE account_id = $1) AS n`,
      [nobody],
    ))[0].n);
    const refused = await h.query(vendorIdentity(app.vendorId), EXTEND, { input: { accountId: nobody, appId: app.id, days: 5 } });
    expect([refused.status, refused.body.errors]).toEqual([200, undefined]);
    expect(userErrorsOf(refused.body).map(({ field, code }) => ({ field, code }))).toEqual([{ field: ['input', 'accountId'], code: 'ACCOUNT_NOT_FOUND' }]);
    expect(await rows()).toBe(0);
  });

  it('TX-1: grants a trial to a paid app that had none: before install (the install starts on trial) and to a suspended install (RESUME)', async () => {
    clock.set('2026-09-01T10:00:00Z');
    const app = h.fake.addApp({ priceKopecks: 50_000 });
    const accountId = randomUUID();
    expect((await extend(app.vendorId, accountId, app.id, 3)).data?.installId).toBeNull();
    const install = await decideInstall(h, accountId, app.id);
    expect(install).toMatchObject({ state: 'TRIAL', trialEndsAt: '2026-09-04T10:00:00.000Z' });

    const trialApp = h.fake.addApp({ priceKopecks: 50_000, trialDays: 2 });
    const other = randomUUID();
    const suspended = await decideInstall(h, other, trialApp.id);
    clock.set('2026-09-05T10:00:00Z');
    expect((await billingOf(h, suspended.installId))?.state).toBe('SUSPENDED');
    expect((await extend(trialApp.vendorId, other, trialApp.id, 10)).code).toBeUndefined();
    expect(await billingOf(h, suspended.installId)).toMatchObject({ state: 'TRIAL', trialEndsAt: '2026-09-15T10:00:00.000Z' });
    await h.billing.services.accounts.settleAndNotify(other);
    expect(h.fake.eventsFor(suspended.installId)).toEqual(['SUSPEND', 'RESUME']);
  });

  it('TX-1 race: two concurrent extensions for one account and app → exactly one succeeds', async () => {
    const { app, accountId } = await trialOn29August();
    clock.set('2026-09-07T18:01:00Z');
    const results = await Promise.all([
      extend(app.vendorId, accountId, app.id, 10),
      extend(app.vendorId, accountId, app.id, 12),
      extend(app.vendorId, accountId, app.id, 14),
    ]);
    expect(results.filter((r) => r.code === undefined)).toHaveLength(1);
    expect(results.filter((r) => r.code === 'TRIAL_ALREADY_EXTENDED')).toHaveLength(2);
    const rows: unknown[] = await h.stack.dataSources.billing!.query(
      'SELECT 1 FROM trial_extensions WHERE account_id = $1 AND app_id = $2', [accountId, app.id],
    );
    expect(rows).toHaveLength(1);
  });
});
