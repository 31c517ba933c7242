import { PUBLIC_FIELD } from '@appmarket/federation';
import { Directive, Field, Int, ObjectType, registerEnumType } from 'type-graphql';

/** AR-1: `admin` (everything) or `custom` (only the listed entities). */
export enum AccessScopeLevel {
  ADMIN = 'ADMIN',
  CUSTOM = 'CUSTOM',
}
registerEnumType(AccessScopeLevel, { name: 'InstallAccessScope', description: 'AR-1: the access level frozen at install.' });

@ObjectType('InstallEntityPermission')
export class FrozenEntityPermission {
  // Public: whoever may read the install (or webhook) may read what it was allowed (Viewer.currentInstallation).
  @Field() @Directive(PUBLIC_FIELD) entity: string;
  /** VIEW, CREATE, UPDATE, DELETE, PRINT, APPROVE, as the catalog gave them. */
  @Field(() => [String]) @Directive(PUBLIC_FIELD) operations: string[];
}

/** The copy of `App.access` an install took when it was installed (AR-2); same shape. */
@ObjectType('InstallPermissions', { description: 'The app access block frozen at install (AR-2); a reinstall takes the current one (AR-3).' })
export class FrozenPermissions {
  @Field(() => Int) @Directive(PUBLIC_FIELD) descriptorVersion: number;
  @Field(() => AccessScopeLevel) @Directive(PUBLIC_FIELD) scope: AccessScopeLevel;
  @Field(() => [FrozenEntityPermission]) @Directive(PUBLIC_FIELD) permissions: FrozenEntityPermission[];
  @Field(() => [String]) @Directive(PUBLIC_FIELD) flags: string[];
}
