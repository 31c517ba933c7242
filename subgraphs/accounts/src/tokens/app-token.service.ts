import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Clock } from '@appmarket/core';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { Install } from '../installs/install.entity';
import { InstallStatus } from '../installs/install.enums';
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
    await this.revokeAll(manager, installId);
    const token = randomBytes(32).toString('base64url');
    await manager.getRepository(AppToken).insert({
      id: randomUUID(), installId, tokenSha256: sha256(token), createdAt: this.clock.now(), revokedAt: null,
    });
    return token;
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
