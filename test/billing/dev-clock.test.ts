import { DAY, ManualClock, ShiftedClock } from '@appmarket/core';
import { billingOf, decideInstall, optionsOf, payingAccount, startBillingHarness, type BillingHarness } from '../support/billing-factories';
import { eventually } from '../support/eventually';

/**
 * Issue 15: QA moves a development stack's clock and watches a trial end (TR-5) through the API,
 * and the vendor is told by the job queue, not by waiting real days.
 */
describe('billing: a moved development clock', () => {
  const wall = new ManualClock('2026-09-01T10:00:00Z');
  const clock = new ShiftedClock(0, wall);
  let h: BillingHarness;

  beforeAll(async () => {
    h = await startBillingHarness(clock, { workers: true });
  });
  afterAll(() => h.stop());

  it('TR-5: moving the clock past a trial end shows the outcome at once and the worker tells the vendor once', async () => {
    const app = h.fake.addApp({ priceKopecks: 100_000, trialDays: 7 });
    const accountId = await payingAccount(h, 3, 3);
    const { installId } = await decideInstall(h, accountId, app.id);
    expect(await billingOf(h, installId)).toMatchObject({ state: 'TRIAL' });

    clock.setOffset(8 * DAY);
    expect(await billingOf(h, installId)).toMatchObject({ state: 'PAID', paidAppOptionsUsed: 2 });
    expect(await optionsOf(h, accountId)).toMatchObject({ used: 2, free: 1 });
    // The settle job was scheduled 7 real days away; the move makes the worker settle now.
    await eventually(() => h.fake.eventsFor(installId).length > 0, { timeout: 20_000, message: 'the vendor hears TARIFF_CHANGED after the move' });
    expect(h.fake.eventsFor(installId)).toEqual(['TARIFF_CHANGED']);

    // Moving back and forth again settles nothing twice.
    clock.setOffset(9 * DAY);
    const [{ count }] = await h.stack.dataSources.billing!.query(
      "SELECT count(*)::int AS count FROM install_billing_history WHERE install_id = $1 AND vendor_event IS NOT NULL", [installId]);
    expect(count).toBe(1);
  });
});
