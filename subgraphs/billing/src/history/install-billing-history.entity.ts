import { BillingChangeCause } from './billing-change-cause';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { BillingState } from '../installs/billing-state.enum';

/** Vendor API events billing asks accounts to send (docs/CONTRACTS.md, sendVendorEvent). */
export type VendorEventCause = 'TARIFF_CHANGED' | 'SUSPEND' | 'RESUME';

/** Every change of an install's billing state; also the outbox of the vendor event it owes. */
@Entity({ name: 'install_billing_history' })
@ObjectType('InstallBillingChange', { description: 'One change of an install’s billing state: from which to which, why and when (TR-5, BX-7).' })
export class InstallBillingHistory {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'install_id', type: 'uuid' })
  installId: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @Column({ name: 'from_state', type: 'enum', enum: BillingState, enumName: 'billing_state', nullable: true })
  @Field(() => BillingState, { nullable: true, description: 'The state before; null for the install’s first state.' })
  fromState: BillingState | null;

  @Column({ name: 'to_state', type: 'enum', enum: BillingState, enumName: 'billing_state' })
  @Field(() => BillingState, { description: 'The state after.' })
  toState: BillingState;

  @Column({ type: 'text' })
  @Field(() => BillingChangeCause, { description: 'Why the state changed.' })
  cause: string;

  @Column({ type: 'timestamptz' })
  @Field({ description: 'When the state changed.' })
  at: Date;

  @Column({ name: 'trial_ends_at', type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the trial ends, as of this change (TR-3, TX-2); null when not on trial.' })
  trialEndsAt: Date | null;

  @Column({ name: 'vendor_event', type: 'text', nullable: true })
  vendorEvent: VendorEventCause | null;

  @Column({ name: 'vendor_event_sent_at', type: 'timestamptz', nullable: true })
  vendorEventSentAt: Date | null;
}
