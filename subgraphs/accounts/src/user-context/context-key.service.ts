import { randomBytes } from 'node:crypto';
import { DomainError, NotFoundError, type Clock } from '@appmarket/core';
import type { Identity } from '@appmarket/federation';
import type { DataSource } from 'typeorm';
import { Install } from '../installs/install.entity';
import { InstalledAppType, InstallStatus } from '../installs/install.enums';
import { requireUser } from '../installs/install-rules';
import { sha256 } from '../tokens/app-token.service';
import { User } from '../users/user.entity';
import { Account } from '../accounts/account.entity';
import { userContextPermissions } from './role-permissions';

/** SV-3: a contextKey lives 5 minutes and is exchanged once. */
export const CONTEXT_KEY_TTL_MS = 5 * 60_000;

export interface EmployeeContext {
  id: string;
  accountId: string;
  uid: string;
  fullName: string;
  shortFio: string;
  email: string;
  permissions: Record<string, unknown>;
}

export class ContextKeyService {
  constructor(private readonly dataSource: DataSource, private readonly clock: Clock) {}

  /**
   * SV-3: the user opens an IFRAME or SERVER app (TY-3); BX-6 decides whether this user may.
   * Only the key's hash is stored.
   */
  async mint(identity: Identity, installId: string): Promise<{ contextKey: string; install: Install }> {
    const user = requireUser(identity);
    await assertActive(this.dataSource, user.userId, user.accountId);
    const install = await this.dataSource.getRepository(Install).findOneBy({ id: installId, accountId: user.accountId });
    if (!install || install.status === InstallStatus.UNINSTALLED) throw new NotFoundError('Install', { field: 'installId', id: installId });
    if (install.appType !== InstalledAppType.IFRAME && install.appType !== InstalledAppType.SERVER) {
      throw new DomainError('CAPABILITY_NOT_SUPPORTED', `${install.appType} apps have no user context (TY-3)`, { field: 'installId' });
    }
    if (install.suspendedAt) throw new DomainError('INSTALL_SUSPENDED', 'the install is suspended', { field: 'installId' });
    if (install.allowedUserIds && !install.allowedUserIds.includes(user.userId)) {
      throw new DomainError('APP_ACCESS_DENIED', 'this user may not open the app (BX-6)');
    }
    const contextKey = randomBytes(24).toString('base64url');
    await this.dataSource.query(
      'INSERT INTO context_keys (key_sha256, install_id, user_id, expires_at) VALUES ($1, $2, $3, $4)',
      [sha256(contextKey), install.id, user.userId, new Date(this.clock.now().getTime() + CONTEXT_KEY_TTL_MS)],
    );
    return { contextKey, install };
  }

  /** The app the key was minted for, or null when unknown, used or expired (answered 404). */
  async appOf(contextKey: string): Promise<string | null> {
    const rows: { app_id: string }[] = await this.dataSource.query(
      `SELECT i.app_id FROM context_keys k JOIN installs i ON i.id = k.install_id
        WHERE k.key_sha256 = $1 AND k.used_at IS NULL AND k.expires_at > $2`,
      [sha256(contextKey), this.clock.now()],
    );
    return rows[0]?.app_id ?? null;
  }

  /**
   * Uses the key once (an atomic update) and answers the employee context, or null. A user or an
   * account deactivated since the key was minted gets no context (docs/provisioning.md).
   */
  async exchange(contextKey: string): Promise<EmployeeContext | null> {
    const used: { install_id: string; user_id: string }[][] = await this.dataSource.query(
      `UPDATE context_keys SET used_at = $2 WHERE key_sha256 = $1 AND used_at IS NULL AND expires_at > $2
       RETURNING install_id, user_id`,
      [sha256(contextKey), this.clock.now()],
    );
    const row = used[0]?.[0];
    if (!row) return null;
    const user = await this.dataSource.getRepository(User).findOneByOrFail({ id: row.user_id });
    const install = await this.dataSource.getRepository(Install).findOneByOrFail({ id: row.install_id });
    const account = await this.dataSource.getRepository(Account).findOneByOrFail({ id: install.accountId });
    if (user.deactivatedAt || account.deactivatedAt || install.suspendedAt || install.status === InstallStatus.UNINSTALLED) return null;
    const permissions = userContextPermissions(user.role, install.permissions);
    const [last = '', first = '', middle = ''] = user.fullName.split(/\s+/);
    return {
      id: user.id, accountId: user.accountId, uid: user.email, fullName: user.fullName,
      shortFio: [last, first && `${first[0]}.`, middle && `${middle[0]}.`].filter(Boolean).join(' '),
      email: user.email, permissions,
    };
  }
}

/** A deactivated user, or any user of a deactivated account, has no app access (docs/provisioning.md). */
export async function assertActive(dataSource: DataSource, userId: string, accountId: string): Promise<void> {
  const rows: { user_off: boolean | null; account_off: boolean }[] = await dataSource.query(
    `SELECT (u.deactivated_at IS NOT NULL) AS user_off, (a.deactivated_at IS NOT NULL) AS account_off
       FROM accounts a LEFT JOIN users u ON u.id = $1 AND u.account_id = a.id WHERE a.id = $2`,
    [userId, accountId],
  );
  if (rows[0]?.account_off) throw new DomainError('ACCOUNT_DEACTIVATED', 'the account was deactivated by its host');
  if (rows[0]?.user_off) throw new DomainError('USER_DEACTIVATED', 'the user was deactivated by the host');
}
