import { decodeCursor, pageSize, toConnection, type Connection } from '@appmarket/federation';
import type { DataSource, Repository } from 'typeorm';
import { Call } from './call.entity';

const keyOf = (c: Call) => [c.startedAt.toISOString(), c.id];

/** An account's call history, newest first, keyset-paginated on (started_at, id). */
export class CallService {
  private readonly calls: Repository<Call>;

  constructor(dataSource: DataSource) {
    this.calls = dataSource.getRepository(Call);
  }

  /**
   * The first page of calls for many accounts in one statement (a window per account), so a list
   * of accounts with their calls costs one query however many accounts it shows.
   */
  async firstPages(accountIds: readonly string[], size: number): Promise<Map<string, Connection<Call>>> {
    // A LATERAL top-N per account walks calls_account_started_idx: never more than size + 1 rows each.
    const rows = await this.calls
      .createQueryBuilder('c')
      .where(
        `c.id IN (SELECT l.id FROM unnest(CAST(:ids AS uuid[])) AS a(id) CROSS JOIN LATERAL (
           SELECT id FROM calls WHERE account_id = a.id ORDER BY started_at DESC, id DESC LIMIT :limit) l)`,
        { ids: [...accountIds], limit: size + 1 },
      )
      .orderBy('c.started_at', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .getMany();
    const byAccount = new Map<string, Call[]>();
    for (const call of rows) {
      const list = byAccount.get(call.accountId);
      if (list) list.push(call);
      else byAccount.set(call.accountId, [call]);
    }
    return new Map(accountIds.map((id) => [id, toConnection(byAccount.get(id) ?? [], size, keyOf, false)]));
  }

  /** A later page of one account's calls. */
  async page(accountId: string, first: number | undefined, after: string): Promise<Connection<Call>> {
    const size = pageSize(first);
    const cursor = decodeCursor(after, 2) as [string, string];
    const rows = await this.calls
      .createQueryBuilder('c')
      .where('c.account_id = :accountId', { accountId })
      .andWhere('(c.started_at, c.id) < (:startedAt, :id)', { startedAt: cursor[0], id: cursor[1] })
      .orderBy('c.started_at', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .limit(size + 1)
      .getMany();
    return toConnection(rows, size, keyOf, true);
  }
}
