import { randomUUID } from 'node:crypto';
import { ManualClock } from '@appmarket/core';
import { decideInstall, payingAccount, startBillingHarness, type BillingHarness } from '../support/billing-factories';
import { sqlStatementsOf } from '../support/sql-statements';

/** Install.billing (computed by the clock), its history and the Account fields batch through loaders. */
describe('billing: SQL statements per request do not grow with the number of entities', () => {
  const clock = new ManualClock('2026-09-01T10:00:00Z');
  let h: BillingHarness;
  const installs: string[] = [];
  const accounts: string[] = [];

  beforeAll(async () => {
    h = await startBillingHarness(clock);
    const paid = h.fake.addApp({ priceKopecks: 50_000 });
    const trial = h.fake.addApp({ priceKopecks: 50_000, trialDays: 1 });
    for (let i = 0; i < 50; i++) {
      const accountId = await payingAccount(h, 2, 1);
      accounts.push(accountId);
      installs.push((await decideInstall(h, accountId, i % 2 ? paid.id : trial.id)).installId);
    }
    clock.set('2026-09-05T10:00:00Z'); // half the trials have ended and are computed at read time
  }, 120_000);
  afterAll(() => h.stop());

  const statements = async (query: string, r: unknown[]) => {
    const res = await h.billingQuery(MODERATOR, query, { r });
    expect(res.body.errors).toBeUndefined();
    return sqlStatementsOf(res);
  };
  const MODERATOR = { kind: 'moderator', moderatorId: 'billing-tests' } as const;

  it('Install.billing and billingHistory: the same statements for 10 and 50 installs', async () => {
    const q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Install { billing { state paidAppOptionsUsed } billingHistory { cause } } } }`;
    const reps = (n: number) => installs.slice(0, n).map((id) => ({ __typename: 'Install', id }));
    expect(await statements(q, reps(50))).toBe(await statements(q, reps(10)));
  });

  it('Account.paidAppOptions, subscriptionPeriods and marketplaceSubscription: the same statements for 10 and 50 accounts', async () => {
    const q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Account {
      paidAppOptions { used } subscriptionPeriods { periodMonths } marketplaceSubscription { active } } } }`;
    const reps = (n: number) => [...accounts.slice(0, n), randomUUID()].map((id) => ({ __typename: 'Account', id }));
    expect(await statements(q, reps(50))).toBe(await statements(q, reps(10)));
  });
});
