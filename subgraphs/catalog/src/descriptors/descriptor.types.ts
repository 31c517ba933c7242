import { Directive, Field, Int, ObjectType, registerEnumType } from 'type-graphql';

/** AR-1: `admin` (everything; to be retired) or `custom` (only the listed entities). */
export enum AccessScope {
  ADMIN = 'ADMIN',
  CUSTOM = 'CUSTOM',
}
registerEnumType(AccessScope, { name: 'AccessScope', description: 'AR-1: the access level a descriptor declares.' });

export enum PermissionOperation {
  VIEW = 'VIEW',
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  DELETE = 'DELETE',
  PRINT = 'PRINT',
  APPROVE = 'APPROVE',
}
registerEnumType(PermissionOperation, { name: 'PermissionOperation' });

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
  @Field() entity: string;
  @Field(() => [PermissionOperation]) operations: PermissionOperation[];
}

/** AR-1, AR-2: the current descriptor version's access block, the shape an install freezes. */
@ObjectType()
@Directive('@shareable')
export class AppAccess {
  @Field(() => Int) descriptorVersion: number;
  @Field(() => AccessScope) scope: AccessScope;
  @Field(() => [EntityPermission]) permissions: EntityPermission[];
  @Field(() => [String], { description: 'viewDashboard, viewAudit, useOwnWebhooks, useAllWebhooks.' }) flags: string[];
}

@ObjectType()
@Directive('@shareable')
export class AppVendorApi {
  /** Resolved by AppVendorApiResolver: the vendor's server is shown to its owner only. */
  endpointBase: string;
  @Field(() => [String]) additionalEvents: string[];
}

/** AppVendorApi as App.vendorApi returns it: with the app's vendor, whom endpointBase is shown to. */
export type AppVendorApiView = VendorApiBlock & { vendorId: string };
