import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { InstalledAppType, InstallStatus } from './install.enums';

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
}
