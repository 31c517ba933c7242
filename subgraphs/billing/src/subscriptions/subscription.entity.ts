import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A period of an account's subscription with the paid-app options it bought (PR-3). */
@Entity({ name: 'subscriptions' })
export class Subscription {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @Column({ name: 'paid_app_options', type: 'integer' })
  paidAppOptions: number;

  @Column({ name: 'period_months', type: 'smallint' })
  periodMonths: number;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;
}
