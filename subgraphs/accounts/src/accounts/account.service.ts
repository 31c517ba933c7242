import { decodeCursor, pageSize, toConnection, type Connection } from '@appmarket/federation';
import type { DataSource, Repository } from 'typeorm';
import { Account } from './account.entity';

export class AccountService {
  private readonly accounts: Repository<Account>;

  constructor(dataSource: DataSource) {
    this.accounts = dataSource.getRepository(Account);
  }

  findByIds(ids: readonly string[]): Promise<Account[]> {
    return this.accounts.createQueryBuilder('a').where('a.id = ANY(:ids)', { ids: [...ids] }).getMany();
  }

  /** By name, keyset-paginated on (name, id). */
  async list(first: number | undefined, after: string | undefined): Promise<Connection<Account>> {
    const size = pageSize(first);
    const cursor = decodeCursor(after, 2) as [string, string] | undefined;
    const query = this.accounts.createQueryBuilder('a').orderBy('a.name', 'ASC').addOrderBy('a.id', 'ASC').limit(size + 1);
    if (cursor) query.where('(a.name, a.id) > (:name, :id)', { name: cursor[0], id: cursor[1] });
    return toConnection(await query.getMany(), size, (a) => [a.name, a.id], cursor !== undefined);
  }
}
