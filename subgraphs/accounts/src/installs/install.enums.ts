import type { AppTypeName } from '@appmarket/core';
import { AppTypeEnum } from '@appmarket/federation';
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
/** The catalog's AppType, copied at install: the same GraphQL enum (packages/federation/src/app-type.ts). */
export const InstalledAppType = AppTypeEnum;
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

registerEnumType(InstallStatus, {
  name: 'InstallStatus',
  description: 'Whether an install is live or was removed (its data is kept, AR-3, BX-7).',
  valuesConfig: {
    ACTIVE: { description: 'Installed: counts against the type’s install limit (TY-2).' },
    UNINSTALLED: { description: 'Removed by the account; a new install of the app is a new Install.' },
  },
});
registerEnumType(ActivationState, {
  name: 'ActivationState',
  description: 'SV-2: Vendor API state of a SERVER install.',
  valuesConfig: {
    ACTIVATING: { description: 'Activation sent (or the vendor answered Activating): waiting for the vendor’s server.' },
    ACTIVATION_FAILED: { description: 'The vendor’s server refused the activation (4xx or 551); the install’s token is revoked.' },
    SETTINGS_REQUIRED: { description: 'Activated, but the vendor’s app needs settings before it works.' },
    ACTIVATED: { description: 'The vendor’s server activated the install: the app works.' },
    DEACTIVATING: { description: 'Deactivation sent (uninstall or suspension): waiting for the vendor’s server.' },
    DEACTIVATION_FAILED: { description: 'The vendor’s server refused the deactivation (4xx or 551).' },
    SUSPENDED: { description: 'Deactivated because billing suspended the install (TR-5, BX-7); a resume activates it again with a new token.' },
  },
});
