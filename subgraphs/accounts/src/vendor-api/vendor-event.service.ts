import { NotFoundError, type Clock } from '@appmarket/core';
import { registerEnumType } from 'type-graphql';
import { IsNull, Not, type DataSource } from 'typeorm';
import { Account } from '../accounts/account.entity';
import { Install } from '../installs/install.entity';
import { ActivationState, InstalledAppType, InstallStatus } from '../installs/install.enums';
import type { AppTokenService } from '../tokens/app-token.service';
import { VendorCall } from './vendor-call.entity';
import type { VendorCallService } from './vendor-call.service';

/** What billing asks accounts to tell a vendor (docs/CONTRACTS.md, sendVendorEvent). */
export enum VendorEventCause {
  TARIFF_CHANGED = 'TARIFF_CHANGED',
  /** A subscription period renewed on its own (MoySklad's Autoprolongation): the new expiryMoment. */
  AUTOPROLONGATION = 'AUTOPROLONGATION',
  SUSPEND = 'SUSPEND',
  RESUME = 'RESUME',
}
registerEnumType(VendorEventCause, { name: 'VendorEventCause', description: 'Billing-driven Vendor API events.' });

/**
 * Billing's one durable way to reach a vendor: suspension (TR-5: token revoked first, then
 * DELETE cause Suspend), resume (a new token with PUT cause Resume, SV-1) and TariffChanged.
 * Idempotent by `idempotencyKey`.
 */
export class VendorEventService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly tokens: AppTokenService,
    private readonly vendorCalls: VendorCallService,
  ) {}

  async send(installId: string, cause: VendorEventCause, idempotencyKey: string): Promise<boolean> {
    return this.dataSource.transaction(async (m) => {
      const install = await m.getRepository(Install).findOne({ where: { id: installId }, lock: { mode: 'pessimistic_write' } });
      if (!install) throw new NotFoundError('Install', { id: installId });
      if (await m.getRepository(VendorCall).existsBy({ idempotencyKey })) return true;
      if (install.status === InstallStatus.UNINSTALLED) return false;
      const now = this.clock.now();
      const server = install.appType === InstalledAppType.SERVER;
      if (cause === VendorEventCause.SUSPEND) {
        if (install.suspendedAt) return true;
        await this.tokens.revokeAll(m, install.id);
        await m.getRepository(Install).update({ id: install.id }, {
          suspendedAt: now, updatedAt: now, ...(server ? { activationState: ActivationState.DEACTIVATING } : {}),
        });
        await this.vendorCalls.enqueue(m, install, { method: 'DELETE', cause: 'Suspend', idempotencyKey });
      } else if (cause === VendorEventCause.RESUME) {
        if (!install.suspendedAt) return true;
        // A host-deactivated account stays suspended whatever billing says (docs/provisioning.md).
        if (await m.getRepository(Account).existsBy({ id: install.accountId, deactivatedAt: Not(IsNull()) })) return true;
        await m.getRepository(Install).update({ id: install.id }, {
          suspendedAt: null, updatedAt: now, ...(server ? { activationState: ActivationState.ACTIVATING } : {}),
        });
        await this.vendorCalls.enqueue(m, { ...install, suspendedAt: null }, { method: 'PUT', cause: 'Resume', idempotencyKey });
      } else {
        const vendorCause = cause === VendorEventCause.AUTOPROLONGATION ? 'Autoprolongation' : 'TariffChanged';
        await this.vendorCalls.enqueue(m, install, { method: 'PUT', cause: vendorCause, idempotencyKey });
      }
      return true;
    });
  }
}
