import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { BillingState } from './billing-state.enum';

/** Billing's view of one install: its state and, while on trial, when the trial ends. */
@Entity({ name: 'install_billings' })
@ObjectType()
export class InstallBilling {
  @PrimaryColumn({ name: 'install_id', type: 'uuid' })
  installId: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @Column({ name: 'app_id', type: 'uuid' })
  appId: string;

  @Column({ type: 'enum', enum: BillingState, enumName: 'billing_state' })
  @Field(() => BillingState)
  state: BillingState;

  @Column({ name: 'trial_ends_at', type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'End of the trial frozen at install (TR-3), or of its extension.' })
  trialEndsAt: Date | null;

  @Column({ name: 'paid_app_options_used', type: 'integer', default: 0 })
  @Field(() => Int, { description: 'Paid-app options this install takes while PAID (PR-3).' })
  paidAppOptionsUsed: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  @Field()
  updatedAt: Date;
}
