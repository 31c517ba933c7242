import { BadInputError, DomainError, type Clock } from '@appmarket/core';
import type { PeerDirectory } from '@appmarket/federation';
import type { DataSource, Repository } from 'typeorm';
import type { AppIdentity } from '../access';
import { isInstallLive } from '../installs/install-liveness';
import { LoyaltySettings } from './loyalty-settings.entity';

/** Registration of a LOYALTY install's endpoint; one per account (TY-2). */
export class LoyaltySettingsService {
  private readonly repo: Repository<LoyaltySettings>;

  constructor(private readonly dataSource: DataSource, private readonly clock: Clock, private readonly peers: PeerDirectory) {
    this.repo = dataSource.getRepository(LoyaltySettings);
  }

  async register(app: AppIdentity, baseUrl: string, token: string): Promise<LoyaltySettings> {
    const url = parseHttpUrl(baseUrl);
    if (!token.trim() || token.length > 512) throw new BadInputError('token must be 1 to 512 characters', { field: 'token' });
    const other = await this.repo.findOneBy({ accountId: app.accountId });
    if (other && other.installId !== app.installId) {
      // TY-2: the account's other LOYALTY install keeps its endpoint while it is live.
      if (await isInstallLive(this.peers, other.installId)) {
        throw new DomainError('ANOTHER_LOYALTY_INSTALL_ACTIVE', 'the account already has a live LOYALTY install (TY-2)', {
          installId: app.installId,
        });
      }
    }
    const now = this.clock.now();
    return this.dataSource.transaction(async (m) => {
      if (other && other.installId !== app.installId) {
        await m.delete(LoyaltySettings, { installId: other.installId });
      }
      // The unique account_id refuses a concurrent registration by another install.
      await m.query(
        `INSERT INTO loyalty_settings (install_id, account_id, base_url, token, registered_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $5)
         ON CONFLICT (install_id) DO UPDATE SET base_url = EXCLUDED.base_url, token = EXCLUDED.token, updated_at = EXCLUDED.updated_at`,
        [app.installId, app.accountId, url, token, now],
      ).catch((error: unknown) => {
        if (String(error).includes('loyalty_settings_account_id_key')) {
          throw new DomainError('ANOTHER_LOYALTY_INSTALL_ACTIVE', 'the account already has a LOYALTY install (TY-2)', {});
        }
        throw error;
      });
      return (await m.findOneByOrFail(LoyaltySettings, { installId: app.installId }));
    });
  }

  async ofAccount(accountId: string): Promise<LoyaltySettings> {
    const settings = await this.repo.findOneBy({ accountId });
    if (!settings) throw new DomainError('LOYALTY_NOT_CONFIGURED', "the account's LOYALTY app has not registered its endpoint");
    return settings;
  }

  async byInstallIds(installIds: readonly string[]): Promise<LoyaltySettings[]> {
    return this.repo.createQueryBuilder('s').where('s.install_id = ANY(:ids)', { ids: [...installIds] }).getMany();
  }
}

function parseHttpUrl(value: string): string {
  try {
    const url = new URL(value);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.toString().replace(/\/$/, '');
  } catch {
    // refused below
  }
  throw new BadInputError(`baseUrl must be an http(s) URL, but got: ${value}`, { field: 'baseUrl' });
}
