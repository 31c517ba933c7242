import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { PUBLIC_FIELD } from '@appmarket/federation';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { UserRole } from '../accounts/account.enums';

/**
 * An employee of an account; admins install apps (BX-3). Its fields are public: a User is reached
 * only through fields guarded by VIEW on employee (`Account.users`, `Install.allowedUsers`,
 * `Call.user`, `phoneEmployee`) or as the caller's own record (`Viewer.user`); its reference
 * resolver checks the caller may read the user's account.
 */
@Entity({ name: 'users' })
@ObjectType({ description: 'An employee of an account. An entity: other subgraphs name a user by id (a call’s user, the Phone API’s employee lookup) and this subgraph resolves it for callers of the same account.' })
@Directive('@key(fields: "id")')
export class User {
  @PrimaryColumn('uuid')
  @Field(() => ID)
  @Directive(PUBLIC_FIELD)
  id: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @Column({ name: 'full_name', type: 'varchar', length: 200 })
  @Field()
  @Directive(PUBLIC_FIELD)
  fullName: string;

  @Column({ type: 'varchar', length: 320 })
  @Field()
  @Directive(PUBLIC_FIELD)
  email: string;

  @Column({ type: 'enum', enum: UserRole, enumName: 'user_role' })
  @Field(() => UserRole)
  @Directive(PUBLIC_FIELD)
  role: UserRole;

  @Column({ type: 'varchar', length: 16, nullable: true })
  @Field(() => String, { nullable: true, description: 'Internal phone extension (Phone API employee lookup).' })
  @Directive(PUBLIC_FIELD)
  extension: string | null;

  /** The user's id at the host platform that provisioned it (docs/provisioning.md). */
  @Column({ name: 'external_id', type: 'varchar', length: 200, nullable: true })
  externalId: string | null;

  /** Deactivated by the host: no app access, no user context. */
  @Column({ name: 'deactivated_at', type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the host deactivated the user (no app access, no user context).' })
  @Directive(PUBLIC_FIELD)
  deactivatedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @Field()
  @Directive(PUBLIC_FIELD)
  createdAt: Date;
}
