import { callPeer, type PeerDirectory } from '@appmarket/federation';

/** What billing needs to know about an app at a moment (docs/CONTRACTS.md, catalog provides). */
export interface AppAtMoment {
  appId: string;
  vendorId: string;
  status: string;
  /** Monthly list price; null for a free app (PR-1). */
  priceKopecks: number | null;
  trialDays: number | null;
}

/** Billing's only way to the catalog; tests may answer it with a fake catalog over HTTP. */
export interface CatalogPort {
  appAt(appId: string, at: Date): Promise<AppAtMoment | null>;
}

const APP_AT = `
  query BillingAppAt($representations: [_Any!]!, $at: DateTimeISO!) {
    _entities(representations: $representations) {
      ... on App { id status vendor { id } pricingAt(at: $at) { priceKopecks trialDays } }
    }
  }`;

interface AppEntity {
  id: string;
  status: string;
  vendor: { id: string };
  pricingAt: { priceKopecks: number | null; trialDays: number | null } | null;
}

export class PeerCatalogPort implements CatalogPort {
  constructor(private readonly peers: PeerDirectory) {}

  async appAt(appId: string, at: Date): Promise<AppAtMoment | null> {
    const data = await callPeer<{ _entities: (AppEntity | null)[] }>(this.peers, 'catalog', APP_AT, {
      representations: [{ __typename: 'App', id: appId }],
      at: at.toISOString(),
    });
    const app = data._entities[0];
    if (!app?.id) return null;
    return {
      appId: app.id,
      vendorId: app.vendor.id,
      status: app.status,
      priceKopecks: app.pricingAt?.priceKopecks ?? null,
      trialDays: app.pricingAt?.trialDays ?? null,
    };
  }
}
