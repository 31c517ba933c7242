import { ConfigError } from '@appmarket/core';
import { loadBillingSettings } from '../config';
import { addMonths, monthOf } from '../subscriptions/periods';
import { discounted } from '../subscriptions/subscription.service';

describe('billing settings', () => {
  it('PR-3: the period discount table defaults to 0/5/10/20 %', () => {
    const settings = loadBillingSettings({});
    expect([...settings.BILLING_PERIOD_DISCOUNTS]).toEqual([[1, 0], [3, 5], [6, 10], [12, 20]]);
    expect(settings.BILLING_JOB_WORKERS).toBe(true);
  });

  it('parses a configured table and lists every problem of a bad one at once', () => {
    expect(loadBillingSettings({ BILLING_PERIOD_DISCOUNTS: '1:0, 3:3, 6:7, 12:15' }).BILLING_PERIOD_DISCOUNTS.get(12)).toBe(15);
    expect(() => loadBillingSettings({ BILLING_PERIOD_DISCOUNTS: '1:0,2:5', BILLING_MARKETPLACE_DEMO_DAYS: '400' })).toThrow(ConfigError);
    try {
      loadBillingSettings({ BILLING_PERIOD_DISCOUNTS: '1:0,3:5', BILLING_MARKETPLACE_DEMO_DAYS: '400' });
    } catch (error) {
      expect((error as ConfigError).problems).toHaveLength(2);
    }
  });

  it('money and months: discounts in whole kopecks; month ends clamp (31 Jan + 1 month = 28 Feb)', () => {
    expect(discounted(450_000, 5)).toBe(427_500);
    expect(addMonths(new Date('2026-01-31T12:00:00Z'), 1).toISOString()).toBe('2026-02-28T12:00:00.000Z');
    expect(monthOf(new Date('2026-12-31T23:59:59Z'))).toBe('2026-12-01');
  });
});
