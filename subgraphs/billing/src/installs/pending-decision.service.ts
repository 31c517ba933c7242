import type { Clock } from '@appmarket/core';
import type { DataSource } from 'typeorm';
import type { InstallsPort } from '../ports/installs.port';
import type { AccountBillingService } from './account-billing.service';
import { InstallBilling } from './install-billing.entity';

/** How many stale decisions one sweep releases; the next tick takes the rest. */
const SWEEP_BATCH = 200;

/**
 * The billing half of the install saga (docs/billing.md, "Pending decisions"). Accounts asks for
 * the decision inside its own transaction, so billing may hold one (PR-3 options, a TR-2 trial)
 * for an install that never committed. A decision is pending until accounts' durable
 * `billing-install-confirmed` job confirms it; accounts releases it at once when its transaction
 * fails, and the sweep releases what is still pending after the TTL (a crash in between).
 * Confirm and release are conditional UPDATEs of the same row, so exactly one of them wins.
 */
export class PendingDecisionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly accounts: AccountBillingService,
    private readonly installs: InstallsPort,
    private readonly ttlMs: number,
  ) {}

  /** Idempotent: true once the decision is confirmed; false for an unknown or released one (nothing changes). */
  async confirm(installId: string): Promise<boolean> {
    const [, confirmed] = await this.dataSource.query(
      'UPDATE install_billings SET pending_since = NULL WHERE install_id = $1 AND pending_since IS NOT NULL AND removed_at IS NULL',
      [installId],
    );
    if (confirmed) return true;
    const row = await this.dataSource.getRepository(InstallBilling).findOne({ where: { installId }, select: { installId: true, pendingSince: true } });
    return row !== null && row.pendingSince === null;
  }

  /**
   * Frees a decision that is still pending, as a removal does (options back to the account, PR-3),
   * and drops the vendor revenue it accrued (PR-4: the install never existed). The row stays, with
   * removed_at and pending_since both set: a released decision, which TR-2 does not count as an
   * install. `pendingBefore`: only if pending since then (the sweep). False when it was confirmed
   * or already gone.
   */
  async release(installId: string, pendingBefore: Date | null = null): Promise<boolean> {
    const row = await this.dataSource.getRepository(InstallBilling).findOneBy({ installId });
    if (!row || row.removedAt || !row.pendingSince) return false;
    return this.accounts.write(row.accountId, async (w) => {
      const [, won] = await w.manager.query(
        `UPDATE install_billings SET removed_at = $2, paid_app_options_used = 0
          WHERE install_id = $1 AND pending_since IS NOT NULL AND removed_at IS NULL
            AND ($3::timestamptz IS NULL OR pending_since <= $3)`,
        [installId, w.now, pendingBefore],
      );
      if (!won) return false;
      const live = w.installs.find((b) => b.installId === installId);
      if (live) {
        live.removedAt = w.now;
        live.paidAppOptionsUsed = 0;
        await w.record(live, live.state, 'RELEASED', null);
      }
      await w.manager.query('DELETE FROM vendor_revenue_accruals WHERE install_id = $1', [installId]);
      return true;
    });
  }

  /**
   * The sweep (a pg-boss cron job): decisions pending for longer than the TTL are confirmed when
   * accounts has the install, released when it has not. Returns how many were released.
   */
  async releaseExpired(): Promise<number> {
    const before = new Date(this.clock.now().getTime() - this.ttlMs);
    const stale: { install_id: string }[] = await this.dataSource.query(
      `SELECT install_id FROM install_billings
        WHERE pending_since IS NOT NULL AND removed_at IS NULL AND pending_since <= $1
        ORDER BY pending_since LIMIT ${SWEEP_BATCH}`,
      [before],
    );
    // An install that did commit (its confirm job is only late: billing or the queue was down for
    // longer than the TTL, or accounts lost the answer of its COMMIT) is confirmed, not released;
    // only decisions accounts has no install for are freed. Accounts unreachable: the next tick.
    const existing = await this.installs.existing(stale.map((s) => s.install_id));
    let released = 0;
    for (const { install_id } of stale) {
      if (existing.has(install_id)) await this.confirm(install_id);
      else if (await this.release(install_id, before)) released += 1;
    }
    return released;
  }
}
