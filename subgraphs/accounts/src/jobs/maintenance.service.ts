import type { Clock } from '@appmarket/core';
import type { DataSource } from 'typeorm';

/** A day after expiry a vendor JWT id or a context key can no longer be replayed: forget it. */
const KEEP_AFTER_EXPIRY_MS = 24 * 60 * 60_000;

export class MaintenanceService {
  constructor(private readonly dataSource: DataSource, private readonly clock: Clock) {}

  async forgetExpired(): Promise<void> {
    const before = new Date(this.clock.now().getTime() - KEEP_AFTER_EXPIRY_MS);
    await this.dataSource.query('DELETE FROM vendor_jwt_ids WHERE expires_at < $1', [before]);
    await this.dataSource.query('DELETE FROM context_keys WHERE expires_at < $1', [before]);
  }
}
