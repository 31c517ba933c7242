import { DomainError, type Clock } from '@appmarket/core';
import type { PeerDirectory } from '@appmarket/federation';
import type { DataSource } from 'typeorm';
import type { AppIdentity } from '../access';
import { isInstallLive } from '../installs/install-liveness';

/**
 * TY-2: an account has one TELEPHONY install, so its Phone API belongs to one install at a time.
 * The first install to call binds the account (a primary key on account_id settles races); another
 * install is refused while the bound one is live, and takes over once accounts says it is gone.
 */
export class PhoneBindingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly peers: PeerDirectory,
  ) {}

  async ensureBound(app: AppIdentity): Promise<void> {
    // One statement: binds when unbound, otherwise returns the current binding unchanged.
    const [row] = (await this.dataSource.query(
      `INSERT INTO phone_installs (account_id, install_id, bound_at) VALUES ($1, $2, $3)
       ON CONFLICT (account_id) DO UPDATE SET account_id = phone_installs.account_id
       RETURNING install_id`,
      [app.accountId, app.installId, this.clock.now()],
    )) as { install_id: string }[];
    if (row!.install_id === app.installId) return;
    if (await isInstallLive(this.peers, row!.install_id)) {
      throw new DomainError('ANOTHER_TELEPHONY_INSTALL_ACTIVE', 'the account already has a live TELEPHONY install (TY-2)', {
        installId: app.installId,
      });
    }
    await this.dataSource.query(
      `UPDATE phone_installs SET install_id = $3, bound_at = $4 WHERE account_id = $1 AND install_id = $2`,
      [app.accountId, row!.install_id, app.installId, this.clock.now()],
    );
  }

  /** The install was removed (accounts' job): the account's Phone API is free for its next TELEPHONY install. */
  async installRemoved(installId: string): Promise<void> {
    await this.dataSource.query('DELETE FROM phone_installs WHERE install_id = $1', [installId]);
  }
}
