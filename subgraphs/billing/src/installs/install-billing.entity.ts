import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { BillingState } from './billing-state.enum';

/**
 * Billing's view of one install: its state and, while on trial, when the trial ends. The row is
 * what was last written; the API shows the state computed for the clock's moment (settlement.ts).
 */
@Entity({ name: 'install_billings' })
@ObjectType({ description: 'How one install is paid for now: its billing state (TR-5, BX-7), trial end, price and the paid-app options it takes (PR-3).' })
export class InstallBilling {
  @PrimaryColumn({ name: 'install_id', type: 'uuid' })
  installId: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @Column({ name: 'app_id', type: 'uuid' })
  appId: string;

  @Column({ name: 'vendor_id', type: 'uuid', nullable: true })
  vendorId: string | null;

  @Column({ type: 'enum', enum: BillingState, enumName: 'billing_state' })
  @Field(() => BillingState, { description: 'FREE, TRIAL, PAID or SUSPENDED, as computed for the current moment.' })
  state: BillingState;

  @Column({ name: 'trial_ends_at', type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'End of the trial frozen at install (TR-3), or of its extension (TX-2).' })
  trialEndsAt: Date | null;

  @Column({ name: 'paid_app_options_used', type: 'integer', default: 0 })
  @Field(() => Int, { description: 'Paid-app options this install takes while PAID (PR-3).' })
  paidAppOptionsUsed: number;

  @Column({ name: 'price_kopecks', type: 'integer', default: 0 })
  @Field(() => Int, { description: 'Monthly list price this install is billed at, in kopecks (0 for a free app).', deprecationReason: 'Use price (Money: a SafeInt amount with its currency).' })
  priceKopecks: number;

  @Column({ name: 'pending_price_kopecks', type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: 'A new monthly price that applies from pendingPriceFrom (PC, docs/billing.md).', deprecationReason: 'Use pendingPrice (Money: a SafeInt amount with its currency).' })
  pendingPriceKopecks: number | null;

  @Column({ name: 'pending_price_from', type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When pendingPrice takes effect for this install; null when no price change is pending.' })
  pendingPriceFrom: Date | null;

  @Column({ name: 'paid_since', type: 'timestamptz', nullable: true })
  paidSince: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'removed_at', type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the install was removed; its options are free again.' })
  removedAt: Date | null;

  /**
   * Set by the decision at install until accounts confirms the install committed; NULL means
   * confirmed. Never written by an entity save (`update: false`): only the conditional UPDATEs of
   * confirm and release change it, so a stale copy saved by another write cannot undo them.
   */
  @Column({ name: 'pending_since', type: 'timestamptz', nullable: true, update: false })
  pendingSince: Date | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  @Field({ description: 'When billing last wrote this install’s row.' })
  updatedAt: Date;
}
