import { DomainError, type Clock } from '@appmarket/core';
import type { DataSource, EntityManager } from 'typeorm';

const KEY = 'vendor_share_basis_points';

/**
 * PR-4: the vendor's share of list prices, in basis points (7500 = 75 %). Billing owns it because
 * billing pays it: accruals freeze it, `App.vendorEarningsKopecks` shows it, moderators change it.
 */
export class VendorShareService {
  constructor(private readonly dataSource: DataSource, private readonly clock: Clock) {}

  async basisPoints(manager: EntityManager | DataSource = this.dataSource): Promise<number> {
    const rows: { value: number }[] = await manager.query('SELECT value FROM billing_settings WHERE key = $1', [KEY]);
    if (!rows[0]) throw new Error('billing_settings has no vendor share: migrations not applied?');
    return rows[0].value;
  }

  async set(basisPoints: number): Promise<number> {
    if (!Number.isInteger(basisPoints) || basisPoints < 0 || basisPoints > 10_000) {
      throw new DomainError('INVALID_VENDOR_SHARE', `the share is 0 to 10000 basis points, but got: ${basisPoints}`, { field: 'basisPoints', basisPoints });
    }
    await this.dataSource.query('UPDATE billing_settings SET value = $2, updated_at = $3 WHERE key = $1', [KEY, basisPoints, this.clock.now()]);
    return basisPoints;
  }
}
