import type { Clock } from '@appmarket/core';
import { IsNull, type EntityManager } from 'typeorm';
import { Install } from '../installs/install.entity';
import { ActivationState, InstalledAppType, InstallStatus } from '../installs/install.enums';
import type { AppTokenService } from '../tokens/app-token.service';
import type { VendorCallService } from '../vendor-api/vendor-call.service';

/**
 * What a host's deactivation means for the rest of accounts, in the transaction of the change
 * (docs/provisioning.md): the rules follow, nothing is deleted.
 */
export class HostConsequences {
  constructor(
    private readonly clock: Clock,
    private readonly tokens: AppTokenService,
    private readonly vendorCalls: VendorCallService,
  ) {}

  /**
   * Every live install of the account is suspended with its data kept, as billing suspends one
   * (TR-5, BX-7): its token revoked first (SV-1), then SERVER apps get DELETE cause Suspend. A
   * pending activation is superseded. Answers how many installs were suspended.
   */
  async accountDeactivated(m: EntityManager, accountId: string): Promise<number> {
    const installs = await m.getRepository(Install).find({
      where: { accountId, status: InstallStatus.ACTIVE, suspendedAt: IsNull() }, lock: { mode: 'pessimistic_write' },
    });
    const now = this.clock.now();
    for (const install of installs) {
      const server = install.appType === InstalledAppType.SERVER;
      await this.tokens.revokeAll(m, install.id);
      await m.getRepository(Install).update({ id: install.id }, {
        suspendedAt: now, updatedAt: now, ...(server ? { activationState: ActivationState.DEACTIVATING } : {}),
      });
      await this.vendorCalls.enqueue(m, install, { method: 'DELETE', cause: 'Suspend', idempotencyKey: `host-deactivation/${install.id}` });
    }
    await m.query(
      'UPDATE context_keys SET used_at = $2 WHERE used_at IS NULL AND install_id IN (SELECT id FROM installs WHERE account_id = $1)',
      [accountId, now],
    );
    return installs.length;
  }

  /** The user opens no app from now on: context keys minted for it and not yet exchanged are spent. */
  async userDeactivated(m: EntityManager, userId: string): Promise<void> {
    await m.query('UPDATE context_keys SET used_at = $2 WHERE user_id = $1 AND used_at IS NULL', [userId, this.clock.now()]);
  }
}
