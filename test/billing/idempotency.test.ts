import { randomUUID } from 'node:crypto';
import { HOUR, ManualClock } from '@appmarket/core';
import { adminOf, buyMarketplace, decideInstall, startBillingHarness, vendorIdentity, type BillingHarness } from '../support/billing-factories';
import { refusalCode, userErrorsOf } from '../support/refusals';

/**
 * Issue 19, item 1: billing's paying mutations are safe to retry with an idempotencyKey, through
 * the gateway. Repeats with one key charge once and answer the first result; another input with
 * the key is refused; keys are the account's (or the vendor's) own; they expire after the
 * retention period (IDEMPOTENCY_KEY_RETENTION_HOURS, 24 h by default) on the injected clock.
 */
describe('billing: idempotent purchases (issue 19)', () => {
  const clock = new ManualClock('2026-09-01T10:00:00Z');
  let h: BillingHarness;

  beforeAll(async () => {
    h = await startBillingHarness(clock);
  });
  afterAll(() => h.stop());

  const BUY = `mutation($input: BuyPaidAppOptionsInput!, $key: String) {
    buyPaidAppOptions(input: $input, idempotencyKey: $key) { subscription { id paidAppOptions paidKopecks startsAt endsAt } userErrors { field code } }
  }`;
  type Period = { id: string; paidAppOptions: number; paidKopecks: number; startsAt: string; endsAt: string };
  const buy = async (accountId: string, key: string | null, paidAppOptions = 2, periodMonths = 1) => {
    const res = await h.query<{ buyPaidAppOptions: { subscription: Period | null } }>(adminOf(accountId), BUY, { input: { paidAppOptions, periodMonths }, key });
    const period = res.body.data?.buyPaidAppOptions.subscription ?? undefined;
    return { period, code: refusalCode(res.body), userErrors: userErrorsOf(res.body), status: res.status };
  };
  const count = async (table: string, accountId: string) =>
    Number((await h.stack.dataSources.billing!.query(`SELECT count(*) AS n FROM ${table} WHERE account_id = $1`, [accountId]))[0].n);

  it('PR-3: five concurrent buyPaidAppOptions with one key charge once and all answer the same period', async () => {
    clock.set('2026-09-01T10:00:00Z');
    const accountId = randomUUID();
    const key = randomUUID();
    const answers = await Promise.all(Array.from({ length: 5 }, () => buy(accountId, key)));
    expect(answers.map((a) => a.code)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(new Set(answers.map((a) => a.period!.id)).size).toBe(1);
    expect(await count('subscriptions', accountId)).toBe(1);
    expect(answers[0]!.period).toMatchObject({ paidAppOptions: 2, paidKopecks: 100_000 });
  });

  it('PR-3: a sequential retry answers the first period, even after the clock moved; without a key every call buys', async () => {
    clock.set('2026-09-01T10:00:00Z');
    const accountId = randomUUID();
    const first = await buy(accountId, 'order-42:attempt');
    clock.advance(HOUR);
    const again = await buy(accountId, 'order-42:attempt');
    expect(again.period).toEqual(first.period);
    expect(await count('subscriptions', accountId)).toBe(1);
    await buy(accountId, null);
    await buy(accountId, null);
    expect(await count('subscriptions', accountId)).toBe(3);
  });

  it('the same key with other input is refused with IDEMPOTENCY_KEY_REUSED and buys nothing', async () => {
    const accountId = randomUUID();
    const key = randomUUID();
    await buy(accountId, key, 2, 1);
    // Issue 19, item 2: a reused key is a user error at the key.
    expect((await buy(accountId, key, 3, 1)).userErrors).toEqual([{ field: ['idempotencyKey'], code: 'IDEMPOTENCY_KEY_REUSED' }]);
    expect((await buy(accountId, key, 2, 3)).code).toBe('IDEMPOTENCY_KEY_REUSED');
    // A key names one request: using it for another mutation is another input too.
    const other = await h.query(adminOf(accountId),
      `mutation($k: String) { buyMarketplaceSubscription(periodMonths: 1, idempotencyKey: $k) { marketplaceSubscription { active } userErrors { field code } } }`, { k: key });
    expect(other.body).toEqual({ data: { buyMarketplaceSubscription: { marketplaceSubscription: null, userErrors: [{ field: ['idempotencyKey'], code: 'IDEMPOTENCY_KEY_REUSED' }] } } });
    expect(await count('subscriptions', accountId)).toBe(1);
    expect(await count('marketplace_subscriptions', accountId)).toBe(0);
  });

  it('keys are the account\'s own: another account using the same key buys for itself', async () => {
    const key = randomUUID();
    const [a, b] = [randomUUID(), randomUUID()];
    const first = await buy(a, key);
    const second = await buy(b, key, 5);
    expect(second.code).toBeUndefined();
    expect(second.period!.id).not.toBe(first.period!.id);
    expect(second.period!.paidAppOptions).toBe(5);
    expect([await count('subscriptions', a), await count('subscriptions', b)]).toEqual([1, 1]);
  });

  it('a key is remembered for the retention period (24 h), then it buys again', async () => {
    clock.set('2026-09-02T10:00:00Z');
    const accountId = randomUUID();
    const key = randomUUID();
    const first = await buy(accountId, key);
    clock.advance(24 * HOUR - 1000);
    expect((await buy(accountId, key)).period!.id).toBe(first.period!.id);
    clock.advance(1000);
    const after = await buy(accountId, key);
    expect(after.period!.id).not.toBe(first.period!.id);
    expect(await count('subscriptions', accountId)).toBe(2);
    // The sweep forgets what is older than the retention period, and nothing newer.
    clock.advance(25 * HOUR);
    const fresh = await buy(accountId, randomUUID());
    expect(fresh.code).toBeUndefined();
    expect(await h.billing.services.idempotency.expire()).toBeGreaterThanOrEqual(1);
    const left = await h.stack.dataSources.billing!.query('SELECT count(*) AS n FROM idempotency_keys WHERE scope = $1', [`account:${accountId}`]);
    expect(Number(left[0].n)).toBe(1);
  });

  it('a refused request stores no key: its retry is judged again; a malformed key is INVALID_IDEMPOTENCY_KEY (400 catalogue) and buys nothing', async () => {
    const accountId = randomUUID();
    const key = randomUUID();
    const refused = await buy(accountId, key, 0);
    expect([refused.status, refused.userErrors]).toEqual([200, [{ field: ['input', 'paidAppOptions'], code: 'INVALID_PAID_APP_OPTIONS' }]]);
    expect((await buy(accountId, key, 1)).code).toBeUndefined();
    for (const bad of ['', 'has space', 'semi;colon', 'ключ']) {
      expect((await buy(accountId, bad)).code).toBe('INVALID_IDEMPOTENCY_KEY');
    }
    // Too long is refused by the argument's bound before billing sees it (issue 14: INPUT_*).
    expect((await buy(accountId, 'x'.repeat(129))).code).toBe('INPUT_TOO_LONG');
    expect((await buy(accountId, 'k'.repeat(128))).code).toBeUndefined();
    expect(await count('subscriptions', accountId)).toBe(2);
  });

  it('BX-2/BX-4: five concurrent buyMarketplaceSubscription with one key add one period', async () => {
    const accountId = randomUUID();
    const key = randomUUID();
    type Status = { marketplaceSubscription: { active: boolean; endsAt: string } };
    const buyMarket = () => h.query<{ buyMarketplaceSubscription: Status }>(adminOf(accountId),
      `mutation($k: String) { buyMarketplaceSubscription(periodMonths: 3, idempotencyKey: $k) { marketplaceSubscription { active endsAt } userErrors { code } } }`, { k: key });
    const answers = await Promise.all(Array.from({ length: 5 }, buyMarket));
    expect(answers.every((a) => !refusalCode(a.body) && a.body.data!.buyMarketplaceSubscription.marketplaceSubscription.active)).toBe(true);
    expect(new Set(answers.map((a) => a.body.data!.buyMarketplaceSubscription.marketplaceSubscription.endsAt)).size).toBe(1);
    expect(await count('marketplace_subscriptions', accountId)).toBe(1);
  });

  it('BX-5: a retried activateMarketplaceDemo with its key answers the demo, not MARKETPLACE_DEMO_ALREADY_USED', async () => {
    const accountId = randomUUID();
    type Demo = { marketplaceSubscription: { demo: boolean; endsAt: string } | null };
    const activate = (k: string | null) => h.query<{ activateMarketplaceDemo: Demo }>(adminOf(accountId),
      `mutation($k: String) { activateMarketplaceDemo(idempotencyKey: $k) { marketplaceSubscription { demo endsAt } userErrors { field code } } }`, { k });
    const key = randomUUID();
    const first = await activate(key);
    expect(first.body.data!.activateMarketplaceDemo.marketplaceSubscription!.demo).toBe(true);
    expect((await activate(key)).body.data).toEqual(first.body.data);
    const again = await activate(null);
    expect(again.body).toEqual({ data: { activateMarketplaceDemo: { marketplaceSubscription: null, userErrors: [{ field: null, code: 'MARKETPLACE_DEMO_ALREADY_USED' }] } } });
    expect(refusalCode((await activate(randomUUID())).body)).toBe('MARKETPLACE_DEMO_ALREADY_USED');
  });

  it('TX-1: a retried extendTrial with its key answers the extension it made; without one it is TRIAL_ALREADY_EXTENDED', async () => {
    const app = h.fake.addApp({ priceKopecks: 50_000, trialDays: 7 });
    const accountId = randomUUID();
    await buyMarketplace(h, accountId);
    const decided = await decideInstall(h, accountId, app.id);
    expect(decided.state).toBe('TRIAL');
    const extend = (k: string | null) => h.query<{ extendTrial: { trialExtension: Record<string, unknown> } }>(vendorIdentity(app.vendorId),
      `mutation($input: ExtendTrialInput!, $k: String) {
        extendTrial(input: $input, idempotencyKey: $k) { trialExtension { installId confirmedAt trialEndsAt } userErrors { field code } }
      }`,
      { input: { accountId, appId: app.id, days: 14 }, k });
    const key = randomUUID();
    const answers = await Promise.all([extend(key), extend(key), extend(key)]);
    expect(answers.map((a) => refusalCode(a.body))).toEqual([undefined, undefined, undefined]);
    expect(answers[1]!.body.data).toEqual(answers[0]!.body.data);
    expect(answers[2]!.body.data).toEqual(answers[0]!.body.data);
    expect(answers[0]!.body.data!.extendTrial.trialExtension.installId).toBe(decided.installId);
    expect(userErrorsOf((await extend(null)).body)).toEqual([{ field: null, code: 'TRIAL_ALREADY_EXTENDED' }]);
  });
});
