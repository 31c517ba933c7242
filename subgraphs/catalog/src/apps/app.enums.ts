import { appTypeEnum, type AppTypeName } from '@appmarket/core';
import { registerEnumType } from 'type-graphql';

/** TY-1: the four app types (one list for every subgraph: packages/core/src/app-types.ts). */
export const AppType = appTypeEnum();
export type AppType = AppTypeName;

/** LC-1: lifecycle statuses. */
export enum AppStatus {
  DRAFT = 'DRAFT',
  READY = 'READY',
  PUBLISHED = 'PUBLISHED',
  HIDDEN = 'HIDDEN',
}

registerEnumType(AppType, { name: 'AppType', description: 'TY-1: how the app integrates with the platform.' });
registerEnumType(AppStatus, { name: 'AppStatus', description: 'LC-1: where the app is in its lifecycle.' });
