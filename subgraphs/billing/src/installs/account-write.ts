import type { DataSource, EntityManager } from 'typeorm';
import type { VendorEventCause } from '../history/install-billing-history.entity';
import { BillingState } from './billing-state.enum';
import { InstallBilling } from './install-billing.entity';
import type { Settlement } from './settlement';

/** Options held at `at` by each account's subscriptions (periods may overlap: they add up). */
export async function optionsTotals(db: DataSource | EntityManager, accountIds: readonly string[], at: Date): Promise<Map<string, number>> {
  const rows: { account_id: string; total: string }[] = await db.query(
    `SELECT ids.account_id,
            COALESCE((SELECT sum(s.paid_app_options) FROM subscriptions s
                       WHERE s.account_id = ids.account_id AND s.starts_at <= $2 AND s.ends_at > $2), 0) AS total
       FROM unnest($1::uuid[]) AS ids(account_id)`,
    [[...accountIds], at],
  );
  return new Map(rows.map((r) => [r.account_id, Number(r.total)]));
}

/**
 * What a write needs of its owner (AccountBillingService): the history, revenue, and re-settling.
 * Declared here, so this file does not import the service that creates it.
 */
export interface AccountWriteOwner {
  writeHistory(manager: EntityManager, b: InstallBilling, from: BillingState | null, cause: string, at: Date, vendorEvent: VendorEventCause | null): Promise<void>;
  readonly revenue: { accrueInstall(manager: EntityManager, install: InstallBilling, paidFrom: Date): Promise<void> };
  settleLocked(manager: EntityManager, accountId: string, now: Date): Promise<{ settlement: Settlement; total: number; eventsOwed: boolean }>;
}

/**
 * One account's billing inside a write: the account is locked, what the clock made due is
 * already stored, and every change made through it lands in the history (and owes its vendor
 * event, delivered by the settle job).
 */
export class AccountWrite {
  eventsOwed = false;

  constructor(
    readonly manager: EntityManager,
    readonly accountId: string,
    readonly now: Date,
    public optionsTotal: number,
    private settlement: Settlement,
    private readonly owner: AccountWriteOwner,
  ) {}

  get installs(): InstallBilling[] {
    return this.settlement.installs;
  }

  get optionsFree(): number {
    return Math.max(0, this.optionsTotal - this.settlement.optionsUsed);
  }

  liveInstallOf(appId: string): InstallBilling | undefined {
    return this.installs.find((b) => b.appId === appId);
  }

  /** Stores a new row or a changed one, with its history entry and the vendor event it owes. */
  async record(b: InstallBilling, from: BillingState | null, cause: string, vendorEvent: VendorEventCause | null): Promise<void> {
    await this.manager.getRepository(InstallBilling).save(b);
    await this.owner.writeHistory(this.manager, b, from, cause, this.now, vendorEvent);
    if (vendorEvent) this.eventsOwed = true;
    if (b.state === BillingState.PAID && from !== BillingState.PAID) await this.owner.revenue.accrueInstall(this.manager, b, this.now);
  }

  /** Re-reads the account after changes that move options (a purchase, a removal). */
  async resettle(): Promise<void> {
    const fresh = await this.owner.settleLocked(this.manager, this.accountId, this.now);
    this.settlement = fresh.settlement;
    this.optionsTotal = fresh.total;
    if (fresh.eventsOwed) this.eventsOwed = true;
  }
}
