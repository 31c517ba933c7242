import { BadInputError, type Clock, DomainError, NotFoundError, throwAll } from '@appmarket/core';
import { checkOutboundUrl, EgressError, type EgressPolicy } from '@appmarket/egress';
import type { PeerDirectory } from '@appmarket/federation';
import type { DataSource, Repository } from 'typeorm';
import type { UserIdentity } from '../access';
import { installFacts, isInstallLive } from '../installs/install-liveness';
import { LoyaltySettings } from './loyalty-settings.entity';

const MAX_TOKEN_LENGTH = 512;

/**
 * TL-2, as MoySklad does it: the account's admin connects the installed LOYALTY app by giving the
 * loyalty server's address and the token its vendor issued; the admin sees the connection (token
 * masked), changes it, removes it; uninstalling removes it (accounts' durable job calls
 * `installRemoved`). One connection per account (TY-2). The LOYALTY app itself gets no token (TY-3).
 */
export class LoyaltySettingsService {
  private readonly repo: Repository<LoyaltySettings>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly peers: PeerDirectory,
    private readonly egress: EgressPolicy,
  ) {
    this.repo = dataSource.getRepository(LoyaltySettings);
  }

  /** Connects (or changes) the account's loyalty system; the address is checked for egress at once. */
  async connect(admin: UserIdentity, installId: string, baseUrl: string, token: string): Promise<LoyaltySettings> {
    assertAdmin(admin);
    // Both fields are checked before refusing, so a form shows every problem at once.
    const problems: DomainError[] = [];
    let url = '';
    try {
      // SSRF: a private, loopback or plain-http address is refused now, not at the first sale.
      url = checkOutboundUrl(baseUrl.trim(), this.egress, 'baseUrl').toString().replace(/\/$/, '');
    } catch (error) {
      if (!(error instanceof EgressError)) throw error;
      problems.push(new DomainError(error.code, error.message, { ...error.details, field: 'baseUrl' }));
    }
    if (!token.trim() || token.length > MAX_TOKEN_LENGTH) {
      problems.push(new BadInputError(`token must be 1 to ${MAX_TOKEN_LENGTH} characters`, { field: 'token' }));
    }
    throwAll(problems);
    await this.assertLiveLoyaltyInstall(admin.accountId, installId);
    const other = await this.repo.findOneBy({ accountId: admin.accountId });
    if (other && other.installId !== installId && (await isInstallLive(this.peers, other.installId))) {
      // TY-2: only one LOYALTY install is live at a time; a removed one's leftover is replaced below.
      throw new DomainError('ANOTHER_LOYALTY_INSTALL_ACTIVE', 'the account already has a live LOYALTY install (TY-2)', { field: 'installId', installId });
    }
    const now = this.clock.now();
    return this.dataSource.transaction(async (m) => {
      if (other && other.installId !== installId) await m.delete(LoyaltySettings, { installId: other.installId });
      // The unique account_id refuses a concurrent connection of another install.
      await m.query(
        `INSERT INTO loyalty_settings (install_id, account_id, base_url, token, registered_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $5)
         ON CONFLICT (install_id) DO UPDATE SET base_url = EXCLUDED.base_url, token = EXCLUDED.token, updated_at = EXCLUDED.updated_at`,
        [installId, admin.accountId, url, token, now],
      ).catch((error: unknown) => {
        if (String(error).includes('loyalty_settings_account_id_key')) {
          throw new DomainError('ANOTHER_LOYALTY_INSTALL_ACTIVE', 'the account already has a LOYALTY install (TY-2)', { field: 'installId' });
        }
        throw error;
      });
      return m.findOneByOrFail(LoyaltySettings, { installId });
    });
  }

  /** Removes the connection; an install of the account without one (or another account's) is LOYALTY_NOT_CONFIGURED. */
  async disconnect(admin: UserIdentity, installId: string): Promise<void> {
    assertAdmin(admin);
    const deleted = await this.repo.delete({ installId, accountId: admin.accountId });
    if (!deleted.affected) {
      throw new DomainError('LOYALTY_NOT_CONFIGURED', 'this install has no connection to a loyalty server', { field: 'installId', installId });
    }
  }

  /** Accounts removed the install: its connection goes. Idempotent. */
  async installRemoved(installId: string): Promise<void> {
    await this.repo.delete({ installId });
  }

  async ofAccount(accountId: string): Promise<LoyaltySettings> {
    const settings = await this.repo.findOneBy({ accountId });
    if (!settings) throw new DomainError('LOYALTY_NOT_CONFIGURED', "the account's admin has not connected its LOYALTY app");
    return settings;
  }

  async byInstallIds(installIds: readonly string[]): Promise<LoyaltySettings[]> {
    return this.repo.createQueryBuilder('s').where('s.install_id = ANY(:ids)', { ids: [...installIds] }).getMany();
  }

  /** The install must be the admin's account's, live, and of type LOYALTY (TL-2, TY-3). */
  private async assertLiveLoyaltyInstall(accountId: string, installId: string): Promise<void> {
    const facts = await installFacts(this.peers, installId);
    if (!facts || facts.accountId !== accountId) throw new NotFoundError('Install', { field: 'installId', id: installId });
    if (facts.appType !== 'LOYALTY') {
      throw new DomainError('LOYALTY_API_REQUIRES_LOYALTY_APP', `${facts.appType} apps have no Loyalty API (TY-3)`, { field: 'installId', appType: facts.appType });
    }
    if (facts.status !== 'ACTIVE') {
      throw new DomainError('INSTALL_NOT_LIVE', 'the install was removed: install the app again', { field: 'installId', installId });
    }
  }
}

function assertAdmin(user: UserIdentity): void {
  if (user.role !== 'ADMIN') throw new DomainError('FORBIDDEN', "only the account's admin connects its loyalty system");
}
