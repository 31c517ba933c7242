import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/** A price and trial an app had from `effectiveAt` on (PC-1, TR-3): billing asks for any moment. */
@Entity({ name: 'app_pricing_history' })
@ObjectType()
export class AppPricingChange {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  @Field(() => ID)
  id: string;

  @Column({ name: 'app_id', type: 'uuid' })
  appId: string;

  @Column({ name: 'price_kopecks', type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true })
  priceKopecks: number | null;

  @Column({ name: 'trial_days', type: 'smallint', nullable: true })
  @Field(() => Int, { nullable: true })
  trialDays: number | null;

  @Column({ name: 'effective_at', type: 'timestamptz' })
  @Field()
  effectiveAt: Date;

  @Column({ name: 'actor_kind', type: 'varchar', length: 32 })
  @Field()
  actorKind: string;

  @Column({ name: 'actor_id', type: 'varchar', length: 100, nullable: true })
  @Field(() => String, { nullable: true })
  actorId: string | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  reason: string | null;
}

/** `App.pricingAt(at)`: the price and trial as they were at that moment (contract for billing). */
@ObjectType()
export class AppPricing {
  @Field(() => Int, { nullable: true, description: 'Null: free.' }) priceKopecks: number | null;
  @Field(() => Int, { nullable: true, description: 'Null: no trial.' }) trialDays: number | null;
}
