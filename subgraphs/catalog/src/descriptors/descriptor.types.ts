import { PermissionOperation } from '@appmarket/federation';
import { Directive, Field, Int, ObjectType, registerEnumType } from 'type-graphql';

/** AR-1: `admin` (everything; to be retired) or `custom` (only the listed entities). */
export enum AccessScope {
  ADMIN = 'ADMIN',
  CUSTOM = 'CUSTOM',
}
registerEnumType(AccessScope, {
  name: 'AccessScope',
  description: 'AR-1: the access level a descriptor declares.',
  valuesConfig: {
    ADMIN: { description: 'admin: everything, like the system administrator role (to be retired; still needed by apps that work with webhooks or tasks).' },
    CUSTOM: { description: 'custom: only the listed entities, documents and reports, each with its operations (recommended).' },
  },
});

// One enum for the whole API, owned by packages/federation (accounts' frozen sets use it too).
export { PermissionOperation } from '@appmarket/federation';

/** What the parser keeps of a descriptor's access block; stored as jsonb. */
export interface AccessBlock {
  scope: AccessScope;
  permissions: { entity: string; operations: PermissionOperation[] }[];
  flags: string[];
}
export interface VendorApiBlock {
  endpointBase: string;
  additionalEvents: string[];
}

@ObjectType({ description: 'One entity (or document, report) and the operations allowed on it.' })
@Directive('@shareable')
export class EntityPermission {
  @Field({ description: 'The entity, document or report, as the descriptor names it.' }) entity: string;
  @Field(() => [PermissionOperation], { description: 'What the app may do with it (AR-1).' }) operations: PermissionOperation[];
}

/** AR-1, AR-2: the current descriptor version's access block, the shape an install freezes. */
@ObjectType({ description: 'AR-1: the JSON API access the app’s current descriptor asks for; an install freezes it when installed (AR-2).' })
@Directive('@shareable')
export class AppAccess {
  @Field(() => Int, { description: 'The descriptor version this access block comes from.' }) descriptorVersion: number;
  @Field(() => AccessScope, { description: 'AR-1: ADMIN (everything; to be retired) or CUSTOM (only the listed permissions).' }) scope: AccessScope;
  @Field(() => [EntityPermission], { description: 'AR-1: for CUSTOM, each entity, document or report with its operations; empty for ADMIN.' }) permissions: EntityPermission[];
  @Field(() => [String], { description: 'viewDashboard, viewAudit, useOwnWebhooks, useAllWebhooks.' }) flags: string[];
}

@ObjectType({ description: 'SV-2: how the marketplace reaches the vendor’s server over the Vendor API (the descriptor’s vendorApi block).' })
@Directive('@shareable')
export class AppVendorApi {
  /** Resolved by AppVendorApiResolver: the vendor's server is shown to its owner only. */
  endpointBase: string;
  @Field(() => [String], { description: 'Vendor API events beyond activation and deactivation the app asks for (e.g. updatePermissions, sent when an account consents to new permissions).' }) additionalEvents: string[];
}

/** AppVendorApi as App.vendorApi returns it: with the app's vendor, whom endpointBase is shown to. */
export type AppVendorApiView = VendorApiBlock & { vendorId: string };
