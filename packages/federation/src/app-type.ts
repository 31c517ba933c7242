import { APP_TYPE_DESCRIPTIONS, appTypeEnum } from '@appmarket/core';
import { registerEnumType } from 'type-graphql';

/**
 * TY-1: the app types, one enum for the whole API (issue 19, item 8): the catalog's apps and the
 * accounts' installs (which copy the type at install) both answer `AppType`. Registered once, so
 * every subgraph that uses it gets the same GraphQL type.
 */
export const AppTypeEnum = appTypeEnum();
registerEnumType(AppTypeEnum, { name: 'AppType', description: 'TY-1: how the app integrates with the platform.', valuesConfig: APP_TYPE_DESCRIPTIONS });
