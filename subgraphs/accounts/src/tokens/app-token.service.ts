import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Clock } from '@appmarket/core';
import { DomainError, NotFoundError } from '@appmarket/core';
import type { Identity } from '@appmarket/federation';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { assertAdmin, requireUser } from '../installs/install-rules';
import { Install } from '../installs/install.entity';
import { InstalledAppType, InstallStatus } from '../installs/install.enums';
import { AppToken } from './app-token.entity';

export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/**
 * SV-1: random app tokens, stored only hashed, scoped to the install's frozen permissions (the
 * credential carries the install's own set, AR-2). Revoked on uninstall and suspension; resume
 * issues a new one.
 */
export class AppTokenService {
  constructor(private readonly dataSource: DataSource, private readonly clock: Clock) {}

  /** Revokes the install's live tokens and returns a new one; the plain text is never stored. */
  async issue(manager: EntityManager, installId: string): Promise<string> {
    return (await this.mint(manager, installId)).token;
  }

  /**
   * `issue` with the new token's id. The install's row is locked first, so concurrent issues for
   * one install take turns; the unique index `app_tokens_one_live` keeps it at one live token.
   */
  async mint(manager: EntityManager, installId: string): Promise<{ id: string; token: string }> {
    await manager.query('SELECT id FROM installs WHERE id = $1 FOR UPDATE', [installId]);
    await this.revokeAll(manager, installId);
    const token = randomBytes(32).toString('base64url');
    const id = randomUUID();
    await manager.getRepository(AppToken).insert({ id, installId, tokenSha256: sha256(token), createdAt: this.clock.now(), revokedAt: null });
    return { id, token };
  }

  /** Revokes one token (if still live). */
  async revoke(manager: EntityManager, tokenId: string): Promise<void> {
    await manager.getRepository(AppToken).update({ id: tokenId, revokedAt: IsNull() }, { revokedAt: this.clock.now() });
  }

  /**
   * TL-1: a TELEPHONY app reaches the Phone API with a token the account's admin copies into it
   * (no JSON API access, no Vendor API). Issuing a new one revokes the previous one. SERVER apps
   * get theirs through activation (SV-1); IFRAME and LOYALTY apps have none (TY-3).
   */
  async issuePhoneToken(identity: Identity, installId: string): Promise<string> {
    const user = requireUser(identity);
    assertAdmin(user);
    return this.dataSource.transaction(async (m) => {
      const install = await m.getRepository(Install).findOne({ where: { id: installId, accountId: user.accountId }, lock: { mode: 'pessimistic_write' } });
      if (!install || install.status === InstallStatus.UNINSTALLED) throw new NotFoundError('Install', { field: 'installId', id: installId });
      if (install.appType !== InstalledAppType.TELEPHONY) {
        throw new DomainError('CAPABILITY_NOT_SUPPORTED', `${install.appType} apps get no Phone API token (TY-3, TL-1)`, { field: 'installId' });
      }
      if (install.suspendedAt) throw new DomainError('INSTALL_SUSPENDED', 'the install is suspended', { field: 'installId' });
      return this.issue(m, install.id);
    });
  }

  async revokeAll(manager: EntityManager, installId: string): Promise<void> {
    await manager.getRepository(AppToken).update({ installId, revokedAt: IsNull() }, { revokedAt: this.clock.now() });
  }

  /** The live, unsuspended install a token belongs to, or null (unknown, revoked, suspended). */
  async installFor(token: string): Promise<Install | null> {
    const row = await this.dataSource
      .getRepository(Install)
      .createQueryBuilder('i')
      .innerJoin(AppToken, 't', 't.install_id = i.id')
      .where('t.token_sha256 = :hash AND t.revoked_at IS NULL', { hash: sha256(token) })
      .andWhere('i.status = :active AND i.suspended_at IS NULL', { active: InstallStatus.ACTIVE })
      .getOne();
    return row ?? null;
  }
}
