import type { Clock } from '@appmarket/core';
import type { DataSource } from 'typeorm';
import type { PaidAppOptions } from '../accounts/account.reference';

export interface AccountPaidAppOptions extends PaidAppOptions {
  accountId: string;
}

/** Paid-app options of accounts: bought in the current subscription, used by PAID installs. */
export class PaidAppOptionsService {
  constructor(private readonly dataSource: DataSource, private readonly clock: Clock) {}

  /** One statement for any number of accounts. */
  async findByAccountIds(accountIds: readonly string[]): Promise<AccountPaidAppOptions[]> {
    const rows: { account_id: string; total: string; used: string }[] = await this.dataSource.query(
      `SELECT ids.account_id,
              COALESCE((SELECT sum(s.paid_app_options) FROM subscriptions s
                         WHERE s.account_id = ids.account_id AND s.starts_at <= $2 AND s.ends_at > $2), 0) AS total,
              (SELECT COALESCE(sum(b.paid_app_options_used), 0) FROM install_billings b WHERE b.account_id = ids.account_id AND b.state = 'PAID') AS used
         FROM unnest($1::uuid[]) AS ids(account_id)`,
      [[...accountIds], this.clock.now()],
    );
    return rows.map((r) => {
      const total = Number(r.total);
      const used = Number(r.used);
      return { accountId: r.account_id, total, used, free: Math.max(0, total - used) };
    });
  }
}
