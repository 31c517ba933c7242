import type { Clock } from '@appmarket/core';
import type { IdempotencyKeys } from '@appmarket/db';
import type { DataSource } from 'typeorm';

/** A day after expiry a vendor JWT id or a context key can no longer be replayed: forget it. */
const KEEP_AFTER_EXPIRY_MS = 24 * 60 * 60_000;

export class MaintenanceService {
  constructor(private readonly dataSource: DataSource, private readonly clock: Clock, private readonly idempotency: IdempotencyKeys) {}

  async forgetExpired(): Promise<void> {
    const before = new Date(this.clock.now().getTime() - KEEP_AFTER_EXPIRY_MS);
    await this.dataSource.query('DELETE FROM vendor_jwt_ids WHERE expires_at < $1', [before]);
    await this.dataSource.query('DELETE FROM context_keys WHERE expires_at < $1', [before]);
    // Idempotency keys past IDEMPOTENCY_KEY_RETENTION_HOURS (a repeat meeting one deletes it too).
    await this.idempotency.expire();
  }
}
