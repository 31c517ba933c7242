import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/** A period of an account's subscription with the paid-app options it bought (PR-3). */
@Entity({ name: 'subscriptions' })
@ObjectType('SubscriptionPeriod', { description: 'PR-3: one period of an account’s subscription: the paid-app options bought for it, its months, dates and price.' })
export class Subscription {
  @PrimaryColumn('uuid')
  @Field(() => ID, { description: 'The period’s id.' })
  id: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @Column({ name: 'paid_app_options', type: 'integer' })
  @Field(() => Int, { description: 'Paid-app options bought for the period; each pays 500 RUB of monthly app price (PR-3).' })
  paidAppOptions: number;

  @Column({ name: 'period_months', type: 'smallint' })
  @Field(() => Int, { description: 'How many months were paid ahead: 1, 3, 6 or 12.' })
  periodMonths: number;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  @Field({ description: 'When the period starts.' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  @Field({ description: 'When the period ends; paid installs it alone covered are suspended then, their data kept (BX-7).' })
  endsAt: Date;

  /** Options × 500 RUB × months, before the discount. */
  @Column({ name: 'list_price_kopecks', type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  @Field(() => Int, { description: 'Options × 500 RUB × months, before the discount, in kopecks.', deprecationReason: 'Use listPrice (Money: a SafeInt amount with its currency).' })
  listPriceKopecks: number;

  @Column({ name: 'discount_percent', type: 'smallint' })
  @Field(() => Int, { description: 'The discount for paying periodMonths ahead, in percent (PR-3).' })
  discountPercent: number;

  @Column({ name: 'paid_kopecks', type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  @Field(() => Int, { description: 'What the account paid, after the period discount, in kopecks.', deprecationReason: 'Use paid (Money: a SafeInt amount with its currency).' })
  paidKopecks: number;

  @Column({ name: 'purchased_at', type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the account admin bought it; null when no purchase is on record.' })
  purchasedAt: Date | null;

  @Column({ name: 'purchased_by', type: 'uuid', nullable: true })
  purchasedBy: string | null;
}
