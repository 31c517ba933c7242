import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { UserRole } from '../accounts/account.enums';

/** An employee of an account; admins install apps (BX-3). */
@Entity({ name: 'users' })
@ObjectType()
export class User {
  @PrimaryColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @Column({ name: 'full_name', type: 'varchar', length: 200 })
  @Field()
  fullName: string;

  @Column({ type: 'varchar', length: 320 })
  @Field()
  email: string;

  @Column({ type: 'enum', enum: UserRole, enumName: 'user_role' })
  @Field(() => UserRole)
  role: UserRole;

  @Column({ type: 'varchar', length: 16, nullable: true })
  @Field(() => String, { nullable: true, description: 'Internal phone extension (Phone API employee lookup).' })
  extension: string | null;

  /** The user's id at the host platform that provisioned it (docs/provisioning.md). */
  @Column({ name: 'external_id', type: 'varchar', length: 200, nullable: true })
  externalId: string | null;

  /** Deactivated by the host: no app access, no user context. */
  @Column({ name: 'deactivated_at', type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the host deactivated the user (no app access, no user context).' })
  deactivatedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @Field()
  createdAt: Date;
}
