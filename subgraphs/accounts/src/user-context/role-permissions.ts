import { UserRole } from '../accounts/account.enums';
import { AccessScopeLevel, type FrozenPermissions } from '../installs/permissions';

/** What a role may do, as the gateway grants it on fields (gateway/src/permissions.ts): employees view and print. */
const EMPLOYEE_OPERATIONS = new Set(['VIEW', 'PRINT']);

/**
 * SV-3: the `permissions` of a user context describe the user's own rights, never the app's
 * scope: vendor apps gate their settings on `admin.view == "ALL"`, which only an account
 * administrator has. The entities listed are those the app's frozen access names (AR-2), with the
 * operations the user's role allows on them: an admin all, an employee VIEW and PRINT. An
 * admin-scope app names no entities, so its users see `admin` (admins) or nothing (employees).
 */
export function userContextPermissions(role: UserRole, access: FrozenPermissions | null): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  if (access?.scope === AccessScopeLevel.CUSTOM) {
    for (const p of access.permissions) {
      const operations = role === UserRole.ADMIN ? p.operations : p.operations.filter((op) => EMPLOYEE_OPERATIONS.has(op));
      if (operations.length > 0) out[p.entity] = Object.fromEntries(operations.map((op) => [op.toLowerCase(), 'ALL']));
    }
  }
  if (role === UserRole.ADMIN) out.admin = { view: 'ALL' };
  return out;
}
