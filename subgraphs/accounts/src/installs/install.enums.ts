import { registerEnumType } from 'type-graphql';

export enum InstallStatus {
  ACTIVE = 'ACTIVE',
  UNINSTALLED = 'UNINSTALLED',
}

/** The app's type, copied at install so the database can hold TY-2 without asking the catalog. */
export enum InstalledAppType {
  TELEPHONY = 'TELEPHONY',
  IFRAME = 'IFRAME',
  SERVER = 'SERVER',
  LOYALTY = 'LOYALTY',
}

registerEnumType(InstallStatus, { name: 'InstallStatus' });
