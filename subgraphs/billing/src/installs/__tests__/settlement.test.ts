import { BillingState } from '../billing-state.enum';
import type { InstallBilling } from '../install-billing.entity';
import { settleAccount } from '../settlement';

const at = (iso: string) => new Date(iso);
const row = (installId: string, over: Partial<InstallBilling>): InstallBilling => ({
  installId, accountId: 'acc', appId: `app-${installId}`, vendorId: 'v', state: BillingState.PAID, trialEndsAt: null,
  paidAppOptionsUsed: 0, priceKopecks: 50_000, pendingPriceKopecks: null, pendingPriceFrom: null, paidSince: at('2026-01-01T00:00:00Z'),
  createdAt: at('2026-01-01T00:00:00Z'), removedAt: null, pendingSince: null, updatedAt: at('2026-01-01T00:00:00Z'), ...over,
});

describe('settleAccount: the state of an account\'s installs at a moment', () => {
  const now = at('2026-03-01T00:00:00Z');

  it('TR-5: an ended trial is PAID when the options still free cover it, else SUSPENDED; a running one stays', () => {
    const s = settleAccount([
      row('paid', { priceKopecks: 100_000 }),
      row('ended-first', { state: BillingState.TRIAL, trialEndsAt: at('2026-02-01T00:00:00Z'), paidSince: null }),
      row('ended-later', { state: BillingState.TRIAL, trialEndsAt: at('2026-02-02T00:00:00Z'), paidSince: null }),
      row('running', { state: BillingState.TRIAL, trialEndsAt: at('2026-03-02T00:00:00Z'), paidSince: null }),
    ], 3, now);
    const state = Object.fromEntries(s.installs.map((b) => [b.installId, b.state]));
    expect(state).toEqual({ paid: 'PAID', 'ended-first': 'PAID', 'ended-later': 'SUSPENDED', running: 'TRIAL' });
    expect(s.optionsUsed).toBe(3);
    expect(s.transitions.map((t) => [t.installId, t.vendorEvent, t.at.toISOString()])).toEqual([
      ['ended-first', 'TARIFF_CHANGED', '2026-02-01T00:00:00.000Z'],
      ['ended-later', 'SUSPEND', '2026-02-02T00:00:00.000Z'],
    ]);
  });

  it('BX-7: with no subscription running every PAID install is SUSPENDED', () => {
    const s = settleAccount([row('a', {}), row('b', { priceKopecks: 150_000 })], 0, now);
    expect(s.installs.map((b) => b.state)).toEqual(['SUSPENDED', 'SUSPENDED']);
    expect(s.transitions.every((t) => t.cause === 'SUBSCRIPTION_ENDED' && t.vendorEvent === 'SUSPEND')).toBe(true);
  });

  it('a pending price takes effect at its moment, and leaves the input rows untouched', () => {
    const input = [row('a', { pendingPriceKopecks: 100_000, pendingPriceFrom: at('2026-03-01T00:00:00Z') })];
    const s = settleAccount(input, 2, now);
    expect(s.installs[0]).toMatchObject({ priceKopecks: 100_000, paidAppOptionsUsed: 2, pendingPriceKopecks: null });
    expect(input[0]!.priceKopecks).toBe(50_000);
    expect(settleAccount(input, 2, at('2026-02-28T23:59:59Z')).installs[0]!.priceKopecks).toBe(50_000);
  });

  it('a PAID install keeps the options it took when it became paid', () => {
    const s = settleAccount([row('a', { priceKopecks: 0, paidAppOptionsUsed: 2 })], 3, now);
    expect(s.optionsUsed).toBe(2);
    expect(s.changed.size).toBe(0);
  });

  it('removed installs take no options', () => {
    expect(settleAccount([row('gone', { removedAt: at('2026-02-01T00:00:00Z') })], 0, now).installs).toEqual([]);
  });
});
