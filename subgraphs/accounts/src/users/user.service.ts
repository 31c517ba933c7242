import type { DataSource, Repository } from 'typeorm';
import { User } from './user.entity';

export class UserService {
  private readonly users: Repository<User>;

  constructor(dataSource: DataSource) {
    this.users = dataSource.getRepository(User);
  }

  findByIds(ids: readonly string[]): Promise<User[]> {
    return this.users.createQueryBuilder('u').where('u.id = ANY(:ids)', { ids: [...ids] }).getMany();
  }

  /** Users of many accounts in one statement, admins first. */
  findByAccountIds(accountIds: readonly string[]): Promise<User[]> {
    return this.users
      .createQueryBuilder('u')
      .where('u.account_id = ANY(:ids)', { ids: [...accountIds] })
      .orderBy('u.role', 'ASC')
      .addOrderBy('u.full_name', 'ASC')
      .getMany();
  }
}
