import { type Actor, ActorKind } from '../access/caller';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/** A price and trial an app had from `effectiveAt` on (PC-1, TR-3): billing asks for any moment. */
@Entity({ name: 'app_pricing_history' })
@ObjectType({ description: 'A price and trial an app had from effectiveAt on (PC-1): who set them and why. Installs keep the trial they got at install time (TR-3).' })
export class AppPricingChange {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  @Field(() => ID, { description: 'The change’s id, increasing with each change.' })
  id: string;

  @Column({ name: 'app_id', type: 'uuid' })
  appId: string;

  @Column({ name: 'price_kopecks', type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: 'The monthly list price in kopecks from then on, a whole multiple of 50 000 (PR-2); null: free (PR-1).' })
  priceKopecks: number | null;

  @Column({ name: 'trial_days', type: 'smallint', nullable: true })
  @Field(() => Int, { nullable: true, description: 'The trial length in days from then on, 1 to 14 (TR-1); null: no trial.' })
  trialDays: number | null;

  @Column({ name: 'effective_at', type: 'timestamptz' })
  @Field({ description: 'When the price and trial took effect.' })
  effectiveAt: Date;

  @Column({ name: 'actor_kind', type: 'varchar', length: 32 })
  @Field(() => ActorKind, { description: 'Who made the change: the vendor before publication (PC-2, TR-6), a moderator after, or the platform.' })
  actorKind: Actor['kind'];

  @Column({ name: 'actor_id', type: 'varchar', length: 100, nullable: true })
  @Field(() => String, { nullable: true, description: 'The id of the vendor’s user (else the vendor), moderator or service that made the change.' })
  actorId: string | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Why, as the one who changed it wrote (`created` for the price the app was created with); null when not given.' })
  reason: string | null;
}

/** `App.pricingAt(at)`: the price and trial as they were at that moment (contract for billing). */
@ObjectType()
export class AppPricing {
  @Field(() => Int, { nullable: true, description: 'Null: free.' }) priceKopecks: number | null;
  @Field(() => Int, { nullable: true, description: 'Null: no trial.' }) trialDays: number | null;
}
