import type { DataSource, Repository } from 'typeorm';
import { Install } from './install.entity';

export class InstallService {
  private readonly installs: Repository<Install>;

  constructor(dataSource: DataSource) {
    this.installs = dataSource.getRepository(Install);
  }

  findByIds(ids: readonly string[]): Promise<Install[]> {
    return this.installs.createQueryBuilder('i').where('i.id = ANY(:ids)', { ids: [...ids] }).getMany();
  }

  /** Installs of many accounts (or of many apps) in one statement, newest first. */
  findBy(column: 'account_id' | 'app_id', keys: readonly string[]): Promise<Install[]> {
    return this.installs
      .createQueryBuilder('i')
      .where(`i.${column} = ANY(:keys)`, { keys: [...keys] })
      .orderBy('i.installed_at', 'DESC')
      .addOrderBy('i.id', 'DESC')
      .getMany();
  }
}
