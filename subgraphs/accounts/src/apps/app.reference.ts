import type { AppTypeName } from '@appmarket/core';
import { AppTypeEnum } from '@appmarket/federation';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PaidInstallBlocker, ViewerBillingOutlook } from '../install-state/billing-outlook.types';
import { VendorRef } from '../vendors/vendor.reference';

/** The catalog's AppStatus (LC-1), declared here for the fields accounts requires of an app. */
export enum CatalogAppStatus { DRAFT = 'DRAFT', READY = 'READY', PUBLISHED = 'PUBLISHED', HIDDEN = 'HIDDEN' }
registerEnumType(CatalogAppStatus, { name: 'AppStatus', description: 'LC-1: where the app is in its lifecycle.' });
export { PaidInstallBlocker };

/**
 * The catalog's App, known here by id: accounts adds `installs`, `installCount` and
 * `viewerInstallState` to it. The external fields arrive in the representation when a field
 * here requires them (the catalog and billing own them).
 */
@ObjectType('App')
@Directive('@key(fields: "id")')
export class AppRef {
  @Field(() => ID)
  id: string;

  @Field(() => CatalogAppStatus) @Directive('@external') status?: CatalogAppStatus;
  @Field(() => AppTypeEnum) @Directive('@external') type?: AppTypeName;
  @Field() @Directive('@external') isFree?: boolean;
  @Field(() => Int, { nullable: true }) @Directive('@external') trialDays?: number | null;
  @Field(() => VendorRef) @Directive('@external') vendor?: VendorRef;
  @Field(() => ViewerBillingOutlook, { nullable: true }) @Directive('@external') viewerBillingOutlook?: ViewerBillingOutlook | null;
}
