import type { Clock } from '@appmarket/core';
import type { DataSource } from 'typeorm';
import { Install } from '../installs/install.entity';
import { ActivationState, InstallStatus } from '../installs/install.enums';

/** What a vendor may report in `PUT …/status` (MoySklad's Vendor API 1.0). */
export const CALLBACK_STATUSES = [ActivationState.ACTIVATING, ActivationState.SETTINGS_REQUIRED, ActivationState.ACTIVATED] as const;
export type CallbackStatus = (typeof CALLBACK_STATUSES)[number];

/** A live install: removed, suspended, failed or deactivating ones are not. */
const LIVE_STATES = new Set<string>(CALLBACK_STATUSES);

/** The body must be exactly `{"status": "<one of CALLBACK_STATUSES>"}`; anything else is off-protocol. */
export function parseStatusBody(body: unknown): CallbackStatus | null {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return null;
  const keys = Object.keys(body);
  const status = (body as { status?: unknown }).status;
  if (keys.length !== 1 || typeof status !== 'string') return null;
  return (CALLBACK_STATUSES as readonly string[]).includes(status) ? (status as CallbackStatus) : null;
}

export type CallbackOutcome = 'ok' | 'not-found' | 'not-live';

/**
 * SV-2: the vendor's status callback. Vendor apps call it on every settings save, so it is
 * idempotent: a live install (Activating, SettingsRequired, Activated) takes any reported status,
 * the same one again included (docs/vendor-api.md, transition table). An install that is not live
 * answers 409; an app never installed on the account, 404. Settled under the install's row lock,
 * so a concurrent uninstall or suspension wins or loses as a whole.
 */
export async function applyStatusCallback(
  dataSource: DataSource, clock: Clock, appId: string, accountId: string, status: CallbackStatus,
): Promise<CallbackOutcome> {
  return dataSource.transaction(async (m) => {
    // The live install if there is one, else the latest removed one (409, not 404: it existed).
    const install = await m.getRepository(Install).createQueryBuilder('i')
      .where('i.app_id = :appId AND i.account_id = :accountId', { appId, accountId })
      .orderBy(`(i.status = '${InstallStatus.ACTIVE}')`, 'DESC').addOrderBy('i.installed_at', 'DESC')
      .limit(1).setLock('pessimistic_write').getOne();
    if (!install) return 'not-found';
    const live = install.status === InstallStatus.ACTIVE && install.suspendedAt === null
      && install.activationState !== null && LIVE_STATES.has(install.activationState);
    if (!live) return 'not-live';
    if (install.activationState !== status) {
      await m.getRepository(Install).update({ id: install.id }, { activationState: status as ActivationState, updatedAt: clock.now() });
    }
    return 'ok';
  });
}
