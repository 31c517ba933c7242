import { registerEnumType } from 'type-graphql';

/** TY-1: the four app types. */
export enum AppType {
  TELEPHONY = 'TELEPHONY',
  IFRAME = 'IFRAME',
  SERVER = 'SERVER',
  LOYALTY = 'LOYALTY',
}

/** LC-1: lifecycle statuses. */
export enum AppStatus {
  DRAFT = 'DRAFT',
  READY = 'READY',
  PUBLISHED = 'PUBLISHED',
  HIDDEN = 'HIDDEN',
}

registerEnumType(AppType, { name: 'AppType', description: 'TY-1: how the app integrates with the platform.' });
registerEnumType(AppStatus, { name: 'AppStatus', description: 'LC-1: where the app is in its lifecycle.' });
