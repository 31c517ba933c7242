import { createHash } from 'node:crypto';
import type { Account } from '../accounts/account.entity';
import type { Install } from '../installs/install.entity';
import { AccessScopeLevel, type FrozenPermissions } from '../installs/permissions';
import type { InstallBillingFacts } from '../peers/billing.port';
import type { AppForInstall } from '../peers/catalog.port';
import type { VendorCallCause } from './vendor-call.entity';

/** The API an install token works with: the gateway's GraphQL endpoint on the public origin. */
export const apiResourceOf = (publicBaseUrl: string): string => `${publicBaseUrl}/graphql`;

/** Frozen permissions in the JSON API form MoySklad vendors read: `{ entity: { view: "ALL", … }, flag: true }`. */
export function jsonApiPermissions(permissions: FrozenPermissions): Record<string, Record<string, string> | boolean> {
  const out: Record<string, Record<string, string> | boolean> = {};
  for (const p of permissions.permissions) {
    out[p.entity] = Object.fromEntries(p.operations.map((op) => [op.toLowerCase(), 'ALL']));
  }
  for (const flag of permissions.flags) out[flag] = true;
  return out;
}

/** What every body names: the app and the account (MoySklad sends both, apps log and check them). */
interface Subject {
  app: AppForInstall;
  account: Account;
}

/** DELETE body: `appUid`, `accountName`, `cause` (Uninstall | Suspend). */
export function buildDeactivationBody({ app, account }: Subject, cause: VendorCallCause): Record<string, unknown> {
  return { appUid: app.appUid, accountName: account.name, cause };
}

export interface ActivationInput extends Subject {
  install: Install;
  cause: VendorCallCause;
  /** A new install token (Install, Resume); null for events that keep the live one. */
  token: string | null;
  billing: InstallBillingFacts | null;
  publicBaseUrl: string;
  now: Date;
}

/**
 * The PUT bodies of docs/vendor-api.md. Install/Resume: `access` with the new token and
 * `subscription`; TariffChanged/Autoprolongation: `subscription` only; PermissionsChanged (the
 * `/event` endpoint): `access` without a token and no `subscription`. No `access` for an app
 * without API access.
 */
export function buildActivationBody(input: ActivationInput): Record<string, unknown> {
  const { app, account, install, cause, token } = input;
  const body: Record<string, unknown> = { appUid: app.appUid, accountName: account.name, cause };
  const withAccess = cause === 'PermissionsChanged' || (token !== null && (cause === 'Install' || cause === 'Resume'));
  if (install.permissions && withAccess) {
    const custom = install.permissions.scope === AccessScopeLevel.CUSTOM;
    body.access = [{
      resource: apiResourceOf(input.publicBaseUrl),
      scope: [custom ? 'custom' : 'admin'],
      ...(custom ? { permissions: jsonApiPermissions(install.permissions) } : {}),
      ...(token && cause !== 'PermissionsChanged' ? { access_token: token } : {}),
    }];
  }
  if (cause !== 'PermissionsChanged') body.subscription = subscriptionOf(app.id, input.billing, input.now);
  return body;
}

/**
 * The app's tariff for this install, as billing bills it: free, or a monthly price. `tariffId` is
 * a UUID derived from the app and the price (a price change is a new tariff); `trial` and
 * `expiryMoment` from billing: a trial's end, or the end of the subscription periods that pay
 * for a PAID install now; none for a free app.
 */
export function subscriptionOf(appId: string, facts: InstallBillingFacts | null, now: Date) {
  const billing = facts?.billing ?? null;
  const priceKopecks = billing?.priceKopecks ?? 0;
  const trial = billing?.state === 'TRIAL';
  const expiry = trial ? billing?.trialEndsAt ?? null : billing?.state === 'PAID' ? paidThrough(facts!.periods, now) : null;
  return {
    tariffId: uuidFromName(`${appId}/${priceKopecks}`),
    tariffName: priceKopecks === 0 ? 'Free' : `${formatRubles(priceKopecks)} RUB/month`,
    trial,
    expiryMoment: expiry ? new Date(expiry).toISOString() : null,
    notForResale: false,
    partner: false,
  };
}

/** The end of the chain of periods that covers `now` (an extension starts where the last one ends). */
export function paidThrough(periods: { startsAt: string; endsAt: string }[], now: Date): string | null {
  const sorted = periods.map((p) => ({ start: Date.parse(p.startsAt), end: Date.parse(p.endsAt) })).sort((a, b) => a.start - b.start);
  let end: number | null = null;
  for (const p of sorted) {
    if (end === null) {
      if (p.start <= now.getTime() && p.end > now.getTime()) end = p.end;
    } else if (p.start <= end) {
      end = Math.max(end, p.end);
    }
  }
  return end === null ? null : new Date(end).toISOString();
}

function formatRubles(kopecks: number): string {
  return kopecks % 100 === 0 ? String(kopecks / 100) : (kopecks / 100).toFixed(2);
}

/** A name-based (version 5 style, SHA-1) UUID: the same name gives the same id. */
function uuidFromName(name: string): string {
  const hash = createHash('sha1').update('appmarket-tariff:').update(name).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
