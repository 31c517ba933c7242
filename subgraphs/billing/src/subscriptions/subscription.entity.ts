import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/** A period of an account's subscription with the paid-app options it bought (PR-3). */
@Entity({ name: 'subscriptions' })
@ObjectType('SubscriptionPeriod')
export class Subscription {
  @PrimaryColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @Column({ name: 'paid_app_options', type: 'integer' })
  @Field(() => Int)
  paidAppOptions: number;

  @Column({ name: 'period_months', type: 'smallint' })
  @Field(() => Int)
  periodMonths: number;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  @Field()
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  @Field()
  endsAt: Date;

  /** Options × 500 RUB × months, before the discount. */
  @Column({ name: 'list_price_kopecks', type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  @Field(() => Int, { description: 'Options × 500 RUB × months, before the discount, in kopecks.', deprecationReason: 'Use listPrice (Money: a SafeInt amount with its currency).' })
  listPriceKopecks: number;

  @Column({ name: 'discount_percent', type: 'smallint' })
  @Field(() => Int)
  discountPercent: number;

  @Column({ name: 'paid_kopecks', type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  @Field(() => Int, { description: 'What the account paid, after the period discount, in kopecks.', deprecationReason: 'Use paid (Money: a SafeInt amount with its currency).' })
  paidKopecks: number;

  @Column({ name: 'purchased_at', type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  purchasedAt: Date | null;

  @Column({ name: 'purchased_by', type: 'uuid', nullable: true })
  purchasedBy: string | null;
}
