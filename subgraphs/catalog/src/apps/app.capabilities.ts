import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { AppType } from './app.enums';

/** TY-3: the storefront block an app of each type is listed in. */
export enum StorefrontBlock {
  CALLS = 'CALLS',
  NEW = 'NEW',
  DISCOUNTS = 'DISCOUNTS',
}
registerEnumType(StorefrontBlock, {
  name: 'StorefrontBlock',
  description: 'TY-3: the storefront block of an app type.',
  valuesConfig: {
    CALLS: { description: 'Telephony apps (TELEPHONY).' },
    NEW: { description: 'IFRAME and SERVER apps.' },
    DISCOUNTS: { description: 'Loyalty apps (LOYALTY).' },
  },
});

/** TY-4: where an app of the type is debugged before publication. */
export enum DebugMode {
  DEVELOPER_ACCOUNT = 'DEVELOPER_ACCOUNT',
  LOYALTY_TEST_APP = 'LOYALTY_TEST_APP',
}
registerEnumType(DebugMode, {
  name: 'DebugMode',
  description: 'TY-4: on a developer account, or (LOYALTY) through the marketplace’s Loyalty API test app or a draft with the point-of-sale app.',
  valuesConfig: {
    DEVELOPER_ACCOUNT: { description: 'Installed as DRAFT or READY on the vendor’s developer account (LC-2).' },
    LOYALTY_TEST_APP: { description: 'Through the marketplace’s Loyalty API test app, or a vendor’s draft used with the point-of-sale app (TY-4).' },
  },
});

/** TY-3: what an app of a type may do; a front end renders these without knowing the matrix. */
@ObjectType({ description: 'TY-3: the capability matrix row of the app’s type.' })
export class AppCapabilities {
  @Field({ description: 'An iframe tab with user context.' }) iframeTab: boolean;
  @Field({ description: 'An expanded iframe window.' }) expandedIframe: boolean;
  @Field({ description: 'Activation and deactivation over the Vendor API.' }) vendorApiActivation: boolean;
  @Field({ description: 'Token access to the JSON API.' }) jsonApiToken: boolean;
  @Field({ description: 'Debugging on developer accounts.' }) developerAccountDebugging: boolean;
  @Field(() => DebugMode, { description: 'TY-4: where an app of the type is debugged before publication.' }) debugging: DebugMode;
  @Field({ description: 'Integrates over the Phone API (TELEPHONY, TL-1).' }) phoneApi: boolean;
  @Field({ description: 'Integrates over the Loyalty API (LOYALTY, TL-2).' }) loyaltyApi: boolean;
  @Field({ description: 'May declare widgets (SERVER).' }) widgets: boolean;
  @Field(() => StorefrontBlock, { description: 'The storefront block apps of the type are listed in: CALLS, NEW or DISCOUNTS.' }) storefrontBlock: StorefrontBlock;
}

const row = (flags: string, storefrontBlock: StorefrontBlock, debugging = DebugMode.DEVELOPER_ACCOUNT): AppCapabilities => {
  const has = (flag: string) => flags.split(' ').includes(flag);
  return {
    iframeTab: has('iframe'), expandedIframe: has('iframe'), vendorApiActivation: has('vendorApi'), jsonApiToken: has('jsonApi'),
    developerAccountDebugging: has('debug'), debugging, phoneApi: has('phone'), loyaltyApi: has('loyalty'), widgets: has('widgets'),
    storefrontBlock,
  };
};

/** The TY-3 matrix itself, one row per type (TY-1). */
export const CAPABILITIES: Readonly<Record<AppType, AppCapabilities>> = Object.freeze({
  [AppType.TELEPHONY]: row('debug phone', StorefrontBlock.CALLS),
  [AppType.IFRAME]: row('iframe debug', StorefrontBlock.NEW),
  [AppType.SERVER]: row('iframe vendorApi jsonApi debug widgets', StorefrontBlock.NEW),
  [AppType.LOYALTY]: row('loyalty', StorefrontBlock.DISCOUNTS, DebugMode.LOYALTY_TEST_APP),
});

export const TYPES_OF_BLOCK: Readonly<Record<StorefrontBlock, AppType[]>> = Object.freeze({
  [StorefrontBlock.CALLS]: [AppType.TELEPHONY],
  [StorefrontBlock.NEW]: [AppType.IFRAME, AppType.SERVER],
  [StorefrontBlock.DISCOUNTS]: [AppType.LOYALTY],
});

/** DL-1: only SERVER and IFRAME apps have a direct link to their card. */
export const hasDirectLink = (type: AppType) => type === AppType.SERVER || type === AppType.IFRAME;

/** DL-1: the card's address on the storefront, equal to the direct link. */
export const STOREFRONT_CARD_PATH = '/storefront/apps/';
export const directLinkOf = (appUid: string) => `${STOREFRONT_CARD_PATH}${appUid}`;
