import { ManualClock } from '@appmarket/core';
import { billingOf, buyOptions, decideInstall, payingAccount, startBillingHarness, type BillingHarness } from '../support/billing-factories';
import { eventually } from '../support/eventually';

/** The durable path without a test calling the handler: pg-boss works the settle job and the vendor is told. */
describe('billing: the settle job on the queue', () => {
  const clock = new ManualClock('2026-09-01T10:00:00Z');
  let h: BillingHarness;

  beforeAll(async () => {
    h = await startBillingHarness(clock, { workers: true });
  });
  afterAll(() => h.stop());

  /** Waits for the queue's worker; the assertion is on the outcome, not the time. */
  const workerDid = (check: () => boolean, message: string) => eventually(check, { timeout: 20_000, message });

  it('TR-5/BX-7: a suspension stored by a write and the resume by payment reach the vendor through the worker', async () => {
    const app = h.fake.addApp({ priceKopecks: 100_000, trialDays: 1 });
    const accountId = await payingAccount(h, 1, 1);
    const { installId } = await decideInstall(h, accountId, app.id);
    clock.set('2026-09-03T10:00:00Z');
    expect((await billingOf(h, installId))?.state).toBe('SUSPENDED');
    // The purchase stores the suspension (trial ended, 1 option < 2), then resumes with the new option.
    await buyOptions(h, accountId, 1, 1, true);
    await workerDid(() => h.fake.eventsFor(installId).length === 2, 'the worker sends SUSPEND and RESUME to the vendor');
    expect(h.fake.eventsFor(installId)).toEqual(['SUSPEND', 'RESUME']);
  });
});
