import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { ActivationState, InstalledAppType, InstallStatus } from './install.enums';
import { FrozenPermissions } from './permissions';

/** One app installed on one account. Uninstalled installs are kept (AR-3, BX-7, TR-2). */
@Entity({ name: 'installs' })
@ObjectType()
@Directive('@key(fields: "id")')
export class Install {
  @PrimaryColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @Column({ name: 'app_id', type: 'uuid' })
  appId: string;

  @Column({ name: 'app_type', type: 'enum', enum: InstalledAppType, enumName: 'installed_app_type' })
  @Field(() => InstalledAppType)
  appType: InstalledAppType;

  @Column({ type: 'enum', enum: InstallStatus, enumName: 'install_status' })
  @Field(() => InstallStatus)
  status: InstallStatus;

  @Column({ name: 'installed_at', type: 'timestamptz' })
  @Field()
  installedAt: Date;

  @Column({ name: 'uninstalled_at', type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  uninstalledAt: Date | null;

  /** AR-2: frozen at install; null when the app asks for no API access. */
  @Column({ type: 'jsonb', nullable: true })
  @Field(() => FrozenPermissions, { nullable: true, description: 'The access block frozen at install (AR-2); null: no API access.' })
  permissions: FrozenPermissions | null;

  /** BX-9: whether the app was free when installed (counts against the free-app limit). */
  @Column({ name: 'is_free', type: 'boolean', default: true })
  isFree: boolean;

  /** BX-6: who may open the app; null means every user of the account. */
  @Column({ name: 'allowed_user_ids', type: 'uuid', array: true, nullable: true })
  @Field(() => [ID], { nullable: true, description: 'BX-6: ids of the users who may open the app; null: everyone in the account.', deprecationReason: 'Use allowedUsers.' })
  allowedUserIds: string[] | null;

  @Column({ name: 'activation_state', type: 'varchar', length: 32, nullable: true })
  @Field(() => ActivationState, { nullable: true, description: 'SV-2: Vendor API state (SERVER apps only).' })
  activationState: ActivationState | null;

  @Column({ name: 'suspended_at', type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'Set while billing keeps the install suspended (TR-5).' })
  suspendedAt: Date | null;

  @Column({ name: 'updated_at', type: 'timestamptz', nullable: true })
  updatedAt: Date | null;
}
