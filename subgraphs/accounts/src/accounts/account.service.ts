import { DomainError, NotFoundError } from '@appmarket/core';
import type { Identity } from '@appmarket/federation';
import type { DataSource, Repository } from 'typeorm';
import { assertAdmin, requireUser } from '../installs/install-rules';
import type { CatalogPort } from '../peers/catalog.port';
import { Account } from './account.entity';

export class AccountService {
  private readonly accounts: Repository<Account>;

  constructor(dataSource: DataSource, private readonly catalog: CatalogPort) {
    this.accounts = dataSource.getRepository(Account);
  }

  findByIds(ids: readonly string[]): Promise<Account[]> {
    return this.accounts.createQueryBuilder('a').where('a.id = ANY(:ids)', { ids: [...ids] }).getMany();
  }

  /** BX-3: an admin lets every employee install apps, or takes it back. */
  async setEmployeesMayInstall(identity: Identity, allowed: boolean): Promise<Account> {
    const user = requireUser(identity);
    assertAdmin(user);
    const account = await this.accounts.findOneBy({ id: user.accountId });
    if (!account) throw new NotFoundError('Account', { id: user.accountId });
    account.employeesMayInstall = allowed;
    return this.accounts.save(account);
  }

  /** LC-2, TY-3: a moderator makes an account the developer account of a vendor (or unlinks it). */
  async setDeveloperVendor(identity: Identity, accountId: string, vendorId: string | null): Promise<Account> {
    if (identity.kind !== 'moderator') throw new DomainError('FORBIDDEN', 'only a moderator links developer accounts');
    const account = await this.accounts.findOneBy({ id: accountId });
    if (!account) throw new NotFoundError('Account', { field: 'accountId', id: accountId });
    // The vendor is catalog's: asked before the link is stored, so no account points at nothing.
    if (vendorId !== null && vendorId !== account.developerVendorId && !(await this.catalog.vendorExists(vendorId))) {
      throw new DomainError('VENDOR_NOT_FOUND', 'the catalog has no vendor with this id', { field: 'vendorId', vendorId });
    }
    account.developerVendorId = vendorId;
    return this.accounts.save(account);
  }
}
