import { appTypeEnum, type AppTypeName } from '@appmarket/core';
import { registerEnumType } from 'type-graphql';

export enum InstallStatus {
  ACTIVE = 'ACTIVE',
  UNINSTALLED = 'UNINSTALLED',
}

/**
 * The app's type, copied at install so the database can hold TY-2 without asking the catalog.
 * The same list as the catalog's AppType (packages/core/src/app-types.ts), published under its own
 * GraphQL name.
 */
export const InstalledAppType = appTypeEnum();
export type InstalledAppType = AppTypeName;

/**
 * SV-2: where a SERVER install is in its Vendor API activation (vendor-api.md). The GraphQL names
 * are SCREAMING_CASE (issue 19, item 8); the values are the Vendor API's own (`Activated`, the
 * status a vendor sends), stored as they are, so vendors' code works unchanged.
 */
export enum ActivationState {
  ACTIVATING = 'Activating',
  ACTIVATION_FAILED = 'ActivationFailed',
  SETTINGS_REQUIRED = 'SettingsRequired',
  ACTIVATED = 'Activated',
  DEACTIVATING = 'Deactivating',
  DEACTIVATION_FAILED = 'DeactivationFailed',
  SUSPENDED = 'Suspended',
}

registerEnumType(InstallStatus, { name: 'InstallStatus' });
registerEnumType(InstalledAppType, { name: 'InstalledAppType', description: 'TY-1: the app type, copied at install.' });
registerEnumType(ActivationState, { name: 'ActivationState', description: 'SV-2: Vendor API state of a SERVER install.' });
