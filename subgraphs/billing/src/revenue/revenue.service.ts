import type { DataSource, EntityManager } from 'typeorm';
import type { InstallBilling } from '../installs/install-billing.entity';
import { addMonths, monthOf } from '../subscriptions/periods';
import type { Subscription } from '../subscriptions/subscription.entity';
import type { VendorShareService } from './vendor-share.service';

export interface AppMonthRevenue {
  appId: string;
  listPriceKopecks: number;
  shareKopecks: number;
  paidAppMonths: number;
}

export interface VendorMonthRevenue extends Omit<AppMonthRevenue, 'appId'> {
  vendorId: string;
  month: string;
  apps: AppMonthRevenue[];
}

/**
 * PR-4: the vendor earns its share of the app's LIST price for every month an install of it is
 * paid for, before the subscription's discounts. Accruals are written when the months are paid
 * for: when an install becomes PAID (the months of the running periods that have not ended yet)
 * and when a period is bought (each of its months, for every PAID install). One accrual per
 * install and calendar month, however many periods overlap; the share is frozen on the accrual
 * (the setting may change), rounded down to the kopeck per accrual.
 */
export class RevenueService {
  constructor(private readonly dataSource: DataSource, private readonly share: VendorShareService) {}

  async accrueInstall(manager: EntityManager, install: InstallBilling, paidFrom: Date): Promise<void> {
    const periods: Subscription[] = await manager.query(
      `SELECT id, starts_at AS "startsAt", period_months AS "periodMonths" FROM subscriptions WHERE account_id = $1 AND ends_at > $2`,
      [install.accountId, paidFrom],
    );
    if (!periods.length || !install.vendorId) return;
    const share = await this.share.basisPoints(manager);
    for (const period of periods) await this.accrue(manager, install, period, paidFrom, share);
  }

  async accrueSubscription(manager: EntityManager, period: Subscription, paidInstalls: readonly InstallBilling[]): Promise<void> {
    if (!paidInstalls.length) return;
    const share = await this.share.basisPoints(manager);
    for (const install of paidInstalls) await this.accrue(manager, install, period, period.startsAt, share);
  }

  private async accrue(
    manager: EntityManager, install: InstallBilling, period: Pick<Subscription, 'id' | 'startsAt' | 'periodMonths'>, from: Date, shareBasisPoints: number,
  ) {
    if (!install.vendorId) return;
    for (let k = 0; k < period.periodMonths; k++) {
      const monthStart = addMonths(new Date(period.startsAt), k);
      if (addMonths(new Date(period.startsAt), k + 1) <= from) continue;
      const price = install.pendingPriceFrom && install.pendingPriceKopecks !== null && monthStart >= install.pendingPriceFrom
        ? install.pendingPriceKopecks : install.priceKopecks;
      if (price <= 0) continue;
      await manager.query(
        `INSERT INTO vendor_revenue_accruals
           (vendor_id, app_id, install_id, subscription_id, period_month, month, list_price_kopecks, share_basis_points, share_kopecks)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (install_id, month) DO NOTHING`,
        [install.vendorId, install.appId, install.installId, period.id, k, monthOf(monthStart), price, shareBasisPoints,
          Math.floor((price * shareBasisPoints) / 10_000)],
      );
    }
  }

  /** Revenue per vendor (and per app) for one month (`YYYY-MM`); vendorIds null = every vendor (moderators). One statement. */
  async byVendorAndMonth(vendorIds: readonly string[] | null, month: string): Promise<VendorMonthRevenue[]> {
    const rows: { vendor_id: string; app_id: string; list: string; share: string; n: string }[] = await this.dataSource.query(
      `SELECT vendor_id, app_id, sum(list_price_kopecks) AS list, sum(share_kopecks) AS share, count(*) AS n
         FROM vendor_revenue_accruals
        WHERE month = $1::date AND ($2::uuid[] IS NULL OR vendor_id = ANY($2))
        GROUP BY vendor_id, app_id ORDER BY vendor_id, app_id`,
      [`${month}-01`, vendorIds ? [...vendorIds] : null],
    );
    const byVendor = new Map<string, VendorMonthRevenue>();
    for (const r of rows) {
      const app = { appId: r.app_id, listPriceKopecks: Number(r.list), shareKopecks: Number(r.share), paidAppMonths: Number(r.n) };
      const vendor = byVendor.get(r.vendor_id) ?? { vendorId: r.vendor_id, month, listPriceKopecks: 0, shareKopecks: 0, paidAppMonths: 0, apps: [] };
      vendor.listPriceKopecks += app.listPriceKopecks;
      vendor.shareKopecks += app.shareKopecks;
      vendor.paidAppMonths += app.paidAppMonths;
      vendor.apps.push(app);
      byVendor.set(r.vendor_id, vendor);
    }
    return [...byVendor.values()];
  }
}
