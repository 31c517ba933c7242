import type { AppTypeName } from '@appmarket/core';
import { AppTypeEnum } from '@appmarket/federation';
import { registerEnumType } from 'type-graphql';

/** TY-1: the four app types (one list for every subgraph: packages/core/src/app-types.ts). */
export const AppType = AppTypeEnum;
export type AppType = AppTypeName;

/** LC-1: lifecycle statuses. */
export enum AppStatus {
  DRAFT = 'DRAFT',
  READY = 'READY',
  PUBLISHED = 'PUBLISHED',
  HIDDEN = 'HIDDEN',
}

registerEnumType(AppStatus, {
  name: 'AppStatus',
  description: 'LC-1: where the app is in its lifecycle.',
  valuesConfig: {
    DRAFT: { description: 'Being developed and tested on the vendor’s developer account; not on the storefront (LC-2).' },
    READY: { description: 'Submitted for moderation; not on the storefront.' },
    PUBLISHED: { description: 'On the storefront and installable.' },
    HIDDEN: { description: 'Off the storefront: only accounts that have it installed still see and use it (LC-3, DL-4).' },
  },
});
