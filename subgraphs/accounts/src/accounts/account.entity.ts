import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { PUBLIC_FIELD } from '@appmarket/federation';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Zone } from './account.enums';

/** A customer company (tenant). Its own fields are its profile, open to everyone who may read the account; its data is guarded field by field. */
@Entity({ name: 'accounts' })
@ObjectType()
@Directive('@key(fields: "id")')
export class Account {
  @PrimaryColumn('uuid')
  @Directive(PUBLIC_FIELD)
  @Field(() => ID)
  id: string;

  @Column({ type: 'varchar', length: 200 })
  @Directive(PUBLIC_FIELD)
  @Field()
  name: string;

  @Column({ type: 'varchar', length: 64 })
  @Directive(PUBLIC_FIELD)
  @Field({ description: 'The account tariff, e.g. FREE, BASIC, PROFESSIONAL, CORPORATE.' })
  tariff: string;

  @Column({ type: 'enum', enum: Zone, enumName: 'zone' })
  @Directive(PUBLIC_FIELD)
  @Field(() => Zone)
  zone: Zone;

  /** A developer account of this vendor may install its DRAFT and READY apps (LC-2, TY-3). */
  @Column({ name: 'developer_vendor_id', type: 'uuid', nullable: true })
  @Directive(PUBLIC_FIELD)
  @Field(() => ID, { nullable: true, description: 'Set on a developer account: the id of the vendor whose unpublished apps it may install to debug them.', deprecationReason: 'Use developerVendor.' })
  developerVendorId: string | null;

  /** BX-3: off by default, so only admins install. */
  @Column({ name: 'employees_may_install', type: 'boolean', default: false })
  @Directive(PUBLIC_FIELD)
  @Field({ description: 'BX-3: every employee may install apps (otherwise admins only).' })
  employeesMayInstall: boolean;

  /** The host platform that provisioned the account, and its id there (docs/provisioning.md). */
  @Column({ name: 'host_id', type: 'varchar', length: 63, nullable: true })
  hostId: string | null;

  @Column({ name: 'external_id', type: 'varchar', length: 200, nullable: true })
  externalId: string | null;

  /** Deactivated by its host: installs suspended, data kept. */
  @Column({ name: 'deactivated_at', type: 'timestamptz', nullable: true })
  @Directive(PUBLIC_FIELD)
  @Field(() => Date, { nullable: true, description: 'When the host deactivated the account (its installs are suspended, data kept).' })
  deactivatedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @Directive(PUBLIC_FIELD)
  @Field()
  createdAt: Date;
}
