import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { BillingState } from '../installs/billing-state.enum';

/** Vendor API events billing asks accounts to send (docs/CONTRACTS.md, sendVendorEvent). */
export type VendorEventCause = 'TARIFF_CHANGED' | 'SUSPEND' | 'RESUME';

/** Every change of an install's billing state; also the outbox of the vendor event it owes. */
@Entity({ name: 'install_billing_history' })
@ObjectType('InstallBillingChange')
export class InstallBillingHistory {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'install_id', type: 'uuid' })
  installId: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @Column({ name: 'from_state', type: 'enum', enum: BillingState, enumName: 'billing_state', nullable: true })
  @Field(() => BillingState, { nullable: true })
  fromState: BillingState | null;

  @Column({ name: 'to_state', type: 'enum', enum: BillingState, enumName: 'billing_state' })
  @Field(() => BillingState)
  toState: BillingState;

  @Column({ type: 'text' })
  @Field({ description: 'Why: INSTALLED, TRIAL_ENDED, SUBSCRIPTION_ENDED, PAYMENT, TRIAL_EXTENDED, PRICE_CHANGED, REMOVED.' })
  cause: string;

  @Column({ type: 'timestamptz' })
  @Field()
  at: Date;

  @Column({ name: 'trial_ends_at', type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  trialEndsAt: Date | null;

  @Column({ name: 'vendor_event', type: 'text', nullable: true })
  vendorEvent: VendorEventCause | null;

  @Column({ name: 'vendor_event_sent_at', type: 'timestamptz', nullable: true })
  vendorEventSentAt: Date | null;
}
