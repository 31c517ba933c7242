import { callPeer, type PeerDirectory } from '@appmarket/federation';
import type { AccessScopeLevel, FrozenPermissions } from '../installs/permissions';
import type { InstalledAppType } from '../installs/install.enums';

/** What accounts needs to know about an app to install it (docs/CONTRACTS.md, "Catalog provides"). */
export interface AppForInstall {
  id: string;
  appUid: string;
  type: InstalledAppType;
  status: 'DRAFT' | 'READY' | 'PUBLISHED' | 'HIDDEN';
  isFree: boolean;
  vendorId: string;
  access: FrozenPermissions | null;
  vendorApi: { endpointBase: string; additionalEvents: string[] } | null;
}

/** The catalog as accounts uses it; tests may answer it from a fake catalog server. */
export interface CatalogPort {
  getAppForInstall(appId: string): Promise<AppForInstall | null>;
  getSigningSecret(appId: string): Promise<string | null>;
  /** Both at once, in one round trip (each vendor call attempt needs both). */
  getAppWithSecret(appId: string): Promise<{ app: AppForInstall | null; signingSecret: string | null }>;
  /** LC-3, DL-4: idempotent; an older `version` never overwrites a newer one. */
  recordInstallState(input: { accountId: string; appId: string; installed: boolean; version: string }): Promise<void>;
  /** Whether the catalog, the vendors' owner, has this vendor (a foreign id is checked by its owner before it is stored). */
  vendorExists(vendorId: string): Promise<boolean>;
}

const APP_FIELDS = `id appUid type status isFree vendor { id }
      access { descriptorVersion scope permissions { entity operations } flags }
      vendorApi { endpointBase additionalEvents }`;
const APP_FOR_INSTALL = `query AppForInstall($reps: [_Any!]!) { _entities(representations: $reps) { ... on App { ${APP_FIELDS} } } }`;
const APP_WITH_SECRET = `query AppWithSecret($reps: [_Any!]!) { _entities(representations: $reps) { ... on App { ${APP_FIELDS} signingSecret } } }`;

function appOf(entity: AppEntity | null | undefined): AppForInstall | null {
  if (!entity?.id) return null;
  const { vendor, ...rest } = entity;
  return { ...rest, vendorId: vendor.id };
}

interface AppEntity extends Omit<AppForInstall, 'vendorId' | 'access'> {
  vendor: { id: string };
  access: (Omit<FrozenPermissions, 'scope'> & { scope: AccessScopeLevel }) | null;
}

export function catalogOverGraphQL(peers: PeerDirectory): CatalogPort {
  return {
    async getAppForInstall(appId) {
      const data = await callPeer<{ _entities: (AppEntity | null)[] }>(peers, 'catalog', APP_FOR_INSTALL, {
        reps: [{ __typename: 'App', id: appId }],
      });
      return appOf(data._entities[0]);
    },
    async getAppWithSecret(appId) {
      const data = await callPeer<{ _entities: ((AppEntity & { signingSecret?: string }) | null)[] }>(peers, 'catalog', APP_WITH_SECRET, {
        reps: [{ __typename: 'App', id: appId }],
      });
      const entity = data._entities[0];
      const { signingSecret, ...app } = entity ?? {};
      return { app: appOf(entity ? (app as AppEntity) : null), signingSecret: signingSecret ?? null };
    },
    async vendorExists(vendorId) {
      const data = await callPeer<{ _entities: ({ id?: string } | null)[] }>(
        peers, 'catalog',
        'query VendorExists($reps: [_Any!]!) { _entities(representations: $reps) { ... on Vendor { id } } }',
        { reps: [{ __typename: 'Vendor', id: vendorId }] },
      );
      return Boolean(data._entities[0]?.id);
    },
    async getSigningSecret(appId) {
      const data = await callPeer<{ _entities: ({ signingSecret?: string } | null)[] }>(
        peers, 'catalog',
        'query Secret($reps: [_Any!]!) { _entities(representations: $reps) { ... on App { signingSecret } } }',
        { reps: [{ __typename: 'App', id: appId }] },
      );
      return data._entities[0]?.signingSecret ?? null;
    },
    async recordInstallState(input) {
      await callPeer(peers, 'catalog',
        `mutation Record($accountId: ID!, $appId: ID!, $installed: Boolean!, $version: String!) {
          recordInstallState(accountId: $accountId, appId: $appId, installed: $installed, version: $version)
        }`, input);
    },
  };
}
