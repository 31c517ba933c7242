import { registerEnumType } from 'type-graphql';

/**
 * AR-1: an operation a custom access level allows. One enum for the whole API (issue 19, item 8):
 * the catalog's descriptors, the accounts' frozen sets and webhook permissions all use it; the
 * values are the MoySklad descriptor's operation names (packages/core PERMISSION_OPERATIONS).
 */
export enum PermissionOperation {
  VIEW = 'VIEW',
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  DELETE = 'DELETE',
  PRINT = 'PRINT',
  APPROVE = 'APPROVE',
}
registerEnumType(PermissionOperation, {
  name: 'PermissionOperation',
  description: 'AR-1: an operation a custom access level allows on an entity, document or report.',
  valuesConfig: {
    VIEW: { description: 'Read it.' },
    CREATE: { description: 'Create new ones.' },
    UPDATE: { description: 'Change existing ones.' },
    DELETE: { description: 'Delete them.' },
    PRINT: { description: 'Print them.' },
    APPROVE: { description: 'Approve them.' },
  },
});
