import { PermissionOperation, PUBLIC_FIELD } from '@appmarket/federation';
import { Directive, Field, Int, ObjectType, registerEnumType } from 'type-graphql';

/** AR-1: `admin` (everything) or `custom` (only the listed entities). */
export enum AccessScopeLevel {
  ADMIN = 'ADMIN',
  CUSTOM = 'CUSTOM',
}
registerEnumType(AccessScopeLevel, {
  name: 'InstallAccessScope',
  description: 'AR-1: the access level frozen at install.',
  valuesConfig: {
    ADMIN: { description: 'Everything, like the system administrator role (to be retired).' },
    CUSTOM: { description: 'Only the listed entities, documents and reports, each with its operations.' },
  },
});

@ObjectType('InstallEntityPermission', { description: 'AR-1, AR-2: one entity (or document, report) and the operations an install was allowed on it, frozen at install.' })
export class FrozenEntityPermission {
  // Public: whoever may read the install (or webhook) may read what it was allowed (Viewer.currentInstallation).
  @Field({ description: 'The entity, document or report, as the descriptor named it.' }) @Directive(PUBLIC_FIELD) entity: string;
  /** VIEW, CREATE, UPDATE, DELETE, PRINT, APPROVE, as the catalog gave them. */
  @Field(() => [PermissionOperation], { description: 'The operations allowed on it.' }) @Directive(PUBLIC_FIELD) operations: string[];
}

/** The copy of `App.access` an install took when it was installed (AR-2); same shape. */
@ObjectType('InstallPermissions', { description: 'The app access block frozen at install (AR-2); a reinstall takes the current one (AR-3).' })
export class FrozenPermissions {
  @Field(() => Int, { description: 'The descriptor version the block was frozen from (AR-2).' }) @Directive(PUBLIC_FIELD) descriptorVersion: number;
  @Field(() => AccessScopeLevel, { description: 'AR-1: ADMIN (everything; to be retired) or CUSTOM (only the listed permissions).' }) @Directive(PUBLIC_FIELD) scope: AccessScopeLevel;
  @Field(() => [FrozenEntityPermission], { description: 'AR-1: for CUSTOM, each entity, document or report with its operations; empty for ADMIN.' }) @Directive(PUBLIC_FIELD) permissions: FrozenEntityPermission[];
  @Field(() => [String], { description: 'Report and webhook flags: viewDashboard, viewAudit, useOwnWebhooks, useAllWebhooks.' }) @Directive(PUBLIC_FIELD) flags: string[];
}
