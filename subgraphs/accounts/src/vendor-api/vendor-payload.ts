import type { Account } from '../accounts/account.entity';
import type { Install } from '../installs/install.entity';
import { AccessScopeLevel, type FrozenPermissions } from '../installs/permissions';
import type { AppForInstall } from '../peers/catalog.port';
import type { VendorCallCause } from './vendor-call.entity';

/** Frozen permissions in the JSON API form MoySklad vendors read: `{ entity: { view: "ALL", … } }`. */
export function jsonApiPermissions(permissions: FrozenPermissions): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const p of permissions.permissions) {
    out[p.entity] = Object.fromEntries(p.operations.map((op) => [op.toLowerCase(), 'ALL']));
  }
  for (const flag of permissions.flags) out[flag] = { view: 'ALL' };
  return out;
}

/** The PUT body of vendor-api.md; no `access` for TariffChanged/Autoprolongation or an app without API access. */
export function buildActivationBody(input: {
  app: AppForInstall; account: Account; install: Install; cause: VendorCallCause; token: string | null;
  billing: { state: string; trialEndsAt: string | null } | null;
}): Record<string, unknown> {
  const { app, account, install, cause, token, billing } = input;
  const trial = billing?.state === 'TRIAL';
  const body: Record<string, unknown> = {
    appUid: app.appUid,
    accountName: account.name,
    cause,
    subscription: {
      tariffId: account.tariff, tariffName: account.tariff, trial,
      expiryMoment: trial && billing?.trialEndsAt ? new Date(billing.trialEndsAt).toISOString() : null,
      notForResale: false, partner: false,
    },
  };
  // Activation sends the new token; a PermissionsChanged event the new scope for the token the vendor holds.
  if (install.permissions && (token || cause === 'PermissionsChanged')) {
    const custom = install.permissions.scope === AccessScopeLevel.CUSTOM;
    body.access = [{
      resource: 'api',
      scope: [custom ? 'custom' : 'admin'],
      ...(custom ? { permissions: jsonApiPermissions(install.permissions) } : {}),
      ...(token ? { access_token: token } : {}),
    }];
  }
  return body;
}
