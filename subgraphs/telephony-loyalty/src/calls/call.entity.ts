import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CallDirection, CallStatus } from './call.enums';

/** A phone call reported by the account's TELEPHONY app over the Phone API (TL-1). */
@Entity({ name: 'calls' })
@ObjectType()
export class Call {
  @PrimaryColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @Column({ name: 'install_id', type: 'uuid' })
  installId: string;

  @Column({ name: 'external_id', type: 'varchar', length: 255, nullable: true })
  @Field(() => String, { nullable: true, description: "The telephony vendor's own id of the call." })
  externalId: string | null;

  @Column({ type: 'enum', enum: CallDirection, enumName: 'call_direction' })
  @Field(() => CallDirection)
  direction: CallDirection;

  @Column({ name: 'from_number', type: 'varchar', length: 64 })
  @Field()
  fromNumber: string;

  @Column({ name: 'to_number', type: 'varchar', length: 64 })
  @Field()
  toNumber: string;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: 'The id of the employee who took or made the call.', deprecationReason: 'Use user.' })
  userId: string | null;

  @Column({ type: 'enum', enum: CallStatus, enumName: 'call_status' })
  @Field(() => CallStatus)
  status: CallStatus;

  @Column({ name: 'started_at', type: 'timestamptz' })
  @Field()
  startedAt: Date;

  @Column({ name: 'duration_seconds', type: 'integer', default: 0 })
  @Field(() => Int)
  durationSeconds: number;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  @Field()
  updatedAt: Date;

  @Column({ type: 'varchar', length: 16, nullable: true })
  @Field(() => String, { nullable: true, description: 'The extension the provider named for the call.' })
  extension: string | null;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the conversation ended (Phone API endTime).' })
  endedAt: Date | null;

  @Column({ name: 'record_urls', type: 'text', array: true, default: () => "'{}'" })
  @Field(() => [String], { description: "URLs of the call's recordings, as the provider gave them." })
  recordUrls: string[];

  @Column({ type: 'varchar', length: 4096, nullable: true })
  @Field(() => String, { nullable: true })
  comment: string | null;
}
