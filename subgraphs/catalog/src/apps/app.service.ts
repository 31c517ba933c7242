import { decodeCursor, pageSize, toConnection, type Connection } from '@appmarket/federation';
import type { DataSource, Repository } from 'typeorm';
import { App } from './app.entity';
import type { AppStatus, AppType } from './app.enums';

export interface AppListFilter {
  first?: number;
  after?: string;
  type?: AppType;
  status?: AppStatus;
}

/** Reads and rules for apps; resolvers stay thin and call this. */
export class AppService {
  private readonly apps: Repository<App>;

  constructor(dataSource: DataSource) {
    this.apps = dataSource.getRepository(App);
  }

  /** Apps by id, for a DataLoader batch: one statement for any number of ids. */
  findByIds(ids: readonly string[]): Promise<App[]> {
    return this.apps.createQueryBuilder('a').where('a.id = ANY(:ids)', { ids: [...ids] }).getMany();
  }

  /** Newest first, keyset-paginated on (created_at, id). */
  async list(filter: AppListFilter): Promise<Connection<App>> {
    const size = pageSize(filter.first);
    const after = decodeCursor(filter.after, 2) as [string, string] | undefined;
    const query = this.apps.createQueryBuilder('a').orderBy('a.created_at', 'DESC').addOrderBy('a.id', 'DESC').limit(size + 1);
    if (filter.type) query.andWhere('a.type = :type', { type: filter.type });
    if (filter.status) query.andWhere('a.status = :status', { status: filter.status });
    if (after) query.andWhere('(a.created_at, a.id) < (:createdAt, :id)', { createdAt: after[0], id: after[1] });
    const rows = await query.getMany();
    return toConnection(rows, size, (a) => [a.createdAt.toISOString(), a.id], after !== undefined);
  }
}
