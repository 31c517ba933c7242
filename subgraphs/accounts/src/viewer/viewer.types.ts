import { PUBLIC_FIELD } from '@appmarket/federation';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Account } from '../accounts/account.entity';
import { UserRole } from '../accounts/account.enums';
import { AppRef } from '../apps/app.reference';
import { InstalledAppType, InstallStatus } from '../installs/install.enums';
import { FrozenPermissions } from '../installs/permissions';
import { User } from '../users/user.entity';
import { VendorRef } from '../vendors/vendor.reference';

/** Who the caller is, as the gateway established it (packages/federation/src/identity.ts). */
export enum ViewerKind {
  ANONYMOUS = 'ANONYMOUS',
  USER = 'USER',
  VENDOR = 'VENDOR',
  MODERATOR = 'MODERATOR',
  APP = 'APP',
  WEBHOOK = 'WEBHOOK',
  HOST = 'HOST',
  SERVICE = 'SERVICE',
}
registerEnumType(ViewerKind, {
  name: 'ViewerKind',
  description: 'The kind of caller: a signed-in user, a vendor, a moderator, an app or webhook token, a host, another service, or nobody.',
  valuesConfig: {
    ANONYMOUS: { description: 'No credentials.' },
    USER: { description: 'A signed-in user of an account (admin or employee).' },
    VENDOR: { description: 'A vendor in its vendor cabinet.' },
    MODERATOR: { description: 'A marketplace moderator.' },
    APP: { description: 'An installed app with its install’s token (AR-2).' },
    WEBHOOK: { description: 'An incoming webhook’s token (BX-8).' },
    HOST: { description: 'The host platform that provisions accounts and users.' },
    SERVICE: { description: 'Another marketplace service.' },
  },
});

/** What the caller may do on its account, so a front end shows only the buttons that work. */
@ObjectType({ description: 'What a signed-in user may do on the account (false for every other caller).' })
export class ViewerRights {
  @Field({ description: 'BX-3: installs and removes apps (an admin, or any employee when the account allows it); false on a deactivated account or user.' })
  canInstallApps: boolean;

  @Field({ description: 'DL-5: opens the storefront and app cards (admins only).' })
  canOpenStorefront: boolean;

  @Field({ description: 'BX-6, BX-8: chooses who opens an app, manages local apps, webhooks and Phone API tokens (admins).' })
  canManageApps: boolean;

  @Field({ description: 'PR-3, BX-2, BX-5: buys paid-app options and the marketplace subscription (admins).' })
  canManageBilling: boolean;
}

/**
 * What an app token knows of itself: its own install, as `installByAccessToken` tells the gateway.
 * Open to the token whatever its permission set (it is the token's own credential, not the
 * account's list of installs, which needs VIEW on install).
 */
@ObjectType({ description: 'An app token’s own install: the app, the state and the permissions frozen at install (AR-2).' })
export class CurrentInstallation {
  @Field(() => ID, { description: 'The install’s id (Install.id).' }) @Directive(PUBLIC_FIELD) id: string;
  @Field(() => AppRef, { nullable: true, description: 'The installed app, resolved by the catalog (null, with the error at this path, when the catalog cannot answer).' }) @Directive(PUBLIC_FIELD) app: AppRef;
  @Field(() => InstalledAppType, { description: 'TY-1: the app’s type, copied at install.' }) @Directive(PUBLIC_FIELD) appType: InstalledAppType;
  @Field(() => InstallStatus, { description: 'ACTIVE while installed, UNINSTALLED once removed.' }) @Directive(PUBLIC_FIELD) status: InstallStatus;
  @Field({ description: 'When the app was installed.' }) @Directive(PUBLIC_FIELD) installedAt: Date;
  @Field(() => FrozenPermissions, { nullable: true, description: 'The access block frozen at install (AR-2); null: no API access.' })
  @Directive(PUBLIC_FIELD)
  permissions: FrozenPermissions | null;
}

@ObjectType({ description: 'The caller: its account, user, role and rights; a vendor its vendor; an app token its installation.' })
export class Viewer {
  @Field(() => ViewerKind, { description: 'Who the caller is, as the gateway established it; it decides which other fields are set.' })
  kind: ViewerKind;

  @Field(() => Account, { nullable: true, description: 'The account of a user, an app token or a webhook; null for every other caller.' })
  @Directive(PUBLIC_FIELD)
  account: Account | null;

  @Field(() => User, { nullable: true, description: 'The signed-in user’s own record (kind USER); null otherwise.' })
  @Directive(PUBLIC_FIELD)
  user: User | null;

  @Field(() => UserRole, { nullable: true, description: 'The user’s role (kind USER); null otherwise.' })
  @Directive(PUBLIC_FIELD)
  role: UserRole | null;

  @Field(() => ViewerRights, { description: 'What the caller may do on its account.' })
  @Directive(PUBLIC_FIELD)
  rights: ViewerRights;

  @Field(() => VendorRef, { nullable: true, description: 'A vendor caller’s vendor (resolved by the catalog); null otherwise.' })
  vendor: VendorRef | null;

  @Field(() => CurrentInstallation, { nullable: true, description: 'An app token’s own install, with its app and frozen permissions (AR-2); null otherwise.' })
  @Directive(PUBLIC_FIELD)
  currentInstallation: CurrentInstallation | null;
}
