import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLogger, type Clock } from '@appmarket/core';
import { peersFromMap, type Identity } from '@appmarket/federation';
import { loadBillingSettings } from '@appmarket/billing/src/config';
import { createBillingSubgraph, type RunningBilling } from '@appmarket/billing/src/index';
import { PeerCatalogPort } from '@appmarket/billing/src/ports/catalog.port';
import { PeerVendorEventsPort } from '@appmarket/billing/src/ports/vendor-events.port';
import { PeerInstallsPort } from '@appmarket/billing/src/ports/installs.port';
import { PeerAccountsPort } from '@appmarket/billing/src/ports/accounts.port';
import { startGateway, type RunningGateway } from '@appmarket/gateway';
import { buildSchema, graphql } from 'graphql';
import { composeSupergraph } from '../../scripts/contracts';
import { gatewayHeadersFor, subgraphHeadersFor, testGatewayAuth } from './identity';
import { refusalCode } from './refusals';
import { postGraphQL, startTestStack, type GraphQLResponse, type TestStack } from './stack';

/**
 * Billing tests: the whole test stack, plus a billing server of its own whose peers (catalog's
 * `App.pricingAt`, accounts' `sendVendorEvent`) are a small fake GraphQL server over real HTTP that
 * answers the contract of docs/CONTRACTS.md, and a gateway routing billing to that server. Both
 * billing servers share the scratch database; neither works the job queue (tests run the handler).
 */

export interface FakeApp {
  id: string;
  vendorId: string;
  status: string;
  /** Price and trial from a moment on, oldest first: what `pricingAt` answers. */
  pricing: { from: Date; priceKopecks: number | null; trialDays: number | null }[];
}

export interface SentVendorEvent {
  installId: string;
  cause: string;
  idempotencyKey: string;
}

const FAKE_SDL = `
  scalar _Any
  scalar DateTimeISO
  type Vendor { id: ID! }
  type AppPricing { priceKopecks: Int trialDays: Int }
  type App { id: ID! status: String! vendor: Vendor! pricingAt(at: DateTimeISO!): AppPricing! }
  type Install { id: ID! }
  type Account { id: ID! }
  union _Entity = App | Install | Account
  enum VendorEventCause { TARIFF_CHANGED SUSPEND RESUME }
  type Query { _entities(representations: [_Any!]!): [_Entity]! }
  type Mutation { sendVendorEvent(installId: ID!, cause: VendorEventCause!, idempotencyKey: String!): Boolean! }
`;

/** A fake catalog and accounts: apps the test defines, and the vendor events billing sent (once per key). */
export class FakePeers {
  readonly apps = new Map<string, FakeApp>();
  /** Install ids the fake accounts has (committed installs). */
  readonly installs = new Set<string>();
  /** Account ids the fake accounts does not have; every other account exists (tests make accounts by picking an id). */
  readonly unknownAccounts = new Set<string>();
  readonly events: SentVendorEvent[] = [];
  url = '';
  private server?: Server;

  async start(): Promise<void> {
    const schema = buildSchema(FAKE_SDL);
    const root = {
      _entities: ({ representations }: { representations: { __typename: string; id: string }[] }) =>
        representations.map(({ __typename, id }) => {
          // Installs: the ones the test says accounts has (the install saga's sweep asks).
          if (__typename === 'Install') return this.installs.has(id) ? { __typename, id } : null;
          if (__typename === 'Account') return this.unknownAccounts.has(id) ? null : { __typename, id };
          const app = this.apps.get(id);
          if (!app) return null;
          return {
            __typename: 'App', id, status: app.status, vendor: { id: app.vendorId },
            pricingAt: ({ at }: { at: string }) => {
              const entry = [...app.pricing].reverse().find((p) => p.from <= new Date(at));
              return { priceKopecks: entry?.priceKopecks ?? null, trialDays: entry?.trialDays ?? null };
            },
          };
        }),
      sendVendorEvent: (event: SentVendorEvent) => {
        if (!this.events.some((e) => e.idempotencyKey === event.idempotencyKey)) this.events.push({ ...event });
        return true;
      },
    };
    this.server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', async () => {
        const { query, variables } = JSON.parse(body) as { query: string; variables?: Record<string, unknown> };
        const result = await graphql({ schema, source: query, rootValue: root, variableValues: variables });
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify(result));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/graphql`;
  }

  /** A published app of a new vendor (or the given one), priced from the beginning of time. */
  addApp(over: { priceKopecks?: number | null; trialDays?: number | null; status?: string; vendorId?: string } = {}): FakeApp {
    const app: FakeApp = {
      id: randomUUID(), vendorId: over.vendorId ?? randomUUID(), status: over.status ?? 'PUBLISHED',
      pricing: [{ from: new Date(0), priceKopecks: over.priceKopecks ?? null, trialDays: over.trialDays ?? null }],
    };
    this.apps.set(app.id, app);
    return app;
  }

  eventsFor(installId: string): string[] {
    return this.events.filter((e) => e.installId === installId).map((e) => e.cause);
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

export interface BillingHarness {
  stack: TestStack;
  clock: Clock;
  fake: FakePeers;
  billing: RunningBilling;
  gateway: RunningGateway;
  /** Through the gateway (routed to the harness's billing) as `identity`. */
  query<T = Record<string, unknown>>(identity: Identity, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** Straight to the harness's billing subgraph (internal operations, entity reads). */
  billingQuery<T = Record<string, unknown>>(identity: Identity, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  stop(): Promise<void>;
}

/**
 * `workers`: whether the harness's billing works its job queue. By default no billing server does
 * (tests run the handler, accounts.settleAndNotify, themselves); the stack's own billing never
 * does, so its real peers never take a job meant for the fake ones.
 */
export async function startBillingHarness(clock: Clock, options: { workers?: boolean } = {}): Promise<BillingHarness> {
  process.env.BILLING_JOB_WORKERS = 'false';
  const stack = await startTestStack({ clock });
  const fake = new FakePeers();
  await fake.start();
  const fakePeers = peersFromMap({ catalog: fake.url, accounts: fake.url }, 'billing');
  const logger = createLogger('billing-test', 'error');
  const billing = await createBillingSubgraph({
    ports: { catalog: new PeerCatalogPort(fakePeers), vendorEvents: new PeerVendorEventsPort(fakePeers), installs: new PeerInstallsPort(fakePeers), accounts: new PeerAccountsPort(fakePeers) },
    settings: loadBillingSettings({ BILLING_JOB_WORKERS: String(options.workers ?? false) }),
  }).start({ dataSource: stack.dataSources.billing!, port: 0, host: '127.0.0.1', clock, logger, peers: fakePeers });
  const overrides = Object.fromEntries(Object.entries(stack.subgraphs).map(([name, s]) => [name.toUpperCase().replace(/-/g, '_'), s.url]));
  const gateway = await startGateway({
    supergraphSdl: composeSupergraph(),
    subgraphUrlOverrides: { ...overrides, BILLING: billing.url },
    logger,
    port: 0,
    host: '127.0.0.1',
    ...testGatewayAuth(),
  });
  return {
    stack, clock, fake, billing, gateway,
    query: (identity, q, v) => postGraphQL(gateway.url, q, v, gatewayHeadersFor(identity)),
    billingQuery: (identity, q, v) => postGraphQL(billing.url, q, v, subgraphHeadersFor(identity)),
    async stop() {
      await gateway.stop();
      await billing.stop();
      await fake.stop();
      await stack.stop();
    },
  };
}

export const SERVICE: Identity = { kind: 'service', service: 'accounts' };
export const adminOf = (accountId: string): Identity => ({ kind: 'user', userId: randomUUID(), accountId, role: 'ADMIN' });
export const vendorIdentity = (vendorId: string): Identity => ({ kind: 'vendor', vendorId });

export interface Decision {
  installId: string;
  state: string;
  trialEndsAt: string | null;
}

/** Accounts' call at install, made as a service straight to billing; returns the decision or the error code. */
export async function decideInstall(
  h: BillingHarness,
  accountId: string,
  appId: string,
  over: { installId?: string; everInstalledBefore?: boolean } = {},
): Promise<Decision & { code?: string }> {
  const installId = over.installId ?? randomUUID();
  const res = await h.billingQuery<{ decideInstallBilling: Decision }>(
    SERVICE,
    `mutation($input: DecideInstallBillingInput!) { decideInstallBilling(input: $input) { installId state trialEndsAt } }`,
    { input: { installId, accountId, appId, appType: 'SERVER', everInstalledBefore: over.everInstalledBefore ?? false } },
  );
  const error = res.body.errors?.[0];
  if (error) return { installId, state: 'REFUSED', trialEndsAt: null, code: String(error.extensions?.code) };
  return res.body.data!.decideInstallBilling;
}

export interface BillingView {
  state: string;
  trialEndsAt: string | null;
  paidAppOptionsUsed: number;
  priceKopecks: number;
}

/** Reads as a moderator: account data is visible to its own account and to moderators only. */
const READER = { kind: 'moderator', moderatorId: 'billing-tests' } as const;

/** Install.billing as the API shows it now (the entity read the gateway makes). */
export async function billingOf(h: BillingHarness, installId: string): Promise<BillingView | null> {
  const res = await h.billingQuery<{ _entities: { billing: BillingView | null }[] }>(
    READER,
    `query($r: [_Any!]!) { _entities(representations: $r) { ... on Install { billing { state trialEndsAt paidAppOptionsUsed priceKopecks } } } }`,
    { r: [{ __typename: 'Install', id: installId }] },
  );
  if (res.body.errors) throw new Error(JSON.stringify(res.body.errors));
  return res.body.data!._entities[0]!.billing;
}

export async function optionsOf(h: BillingHarness, accountId: string): Promise<{ total: number; used: number; free: number }> {
  const res = await h.billingQuery<{ _entities: { paidAppOptions: { total: number; used: number; free: number } }[] }>(
    READER,
    `query($r: [_Any!]!) { _entities(representations: $r) { ... on Account { paidAppOptions { total used free } } } }`,
    { r: [{ __typename: 'Account', id: accountId }] },
  );
  if (res.body.errors) throw new Error(JSON.stringify(res.body.errors));
  return res.body.data!._entities[0]!.paidAppOptions;
}

/** An account admin buys paid-app options through the gateway; returns the period or the error code. */
export async function buyOptions(
  h: BillingHarness,
  accountId: string,
  paidAppOptions: number,
  periodMonths = 1,
  startImmediately = false,
): Promise<{ id: string; listPriceKopecks: number; paidKopecks: number; discountPercent: number; startsAt: string; endsAt: string; code?: string }> {
  type Period = { id: string; listPriceKopecks: number; paidKopecks: number; discountPercent: number; startsAt: string; endsAt: string };
  const res = await h.query<{ buyPaidAppOptions: { subscription: Period | null; userErrors: { code: string }[] } }>(
    adminOf(accountId),
    `mutation($input: BuyPaidAppOptionsInput!) {
       buyPaidAppOptions(input: $input) { subscription { id listPriceKopecks paidKopecks discountPercent startsAt endsAt } userErrors { field code } }
     }`,
    { input: { paidAppOptions, periodMonths, startImmediately } },
  );
  const code = refusalCode(res.body);
  if (code) return { id: '', listPriceKopecks: 0, paidKopecks: 0, discountPercent: 0, startsAt: '', endsAt: '', code };
  return res.body.data!.buyPaidAppOptions.subscription!;
}

/** BX-2: paid installs need the marketplace subscription; tests that are about something else buy it first. */
export async function buyMarketplace(h: BillingHarness, accountId: string, periodMonths = 12): Promise<void> {
  const res = await h.query(adminOf(accountId), `mutation($m: Int!) { buyMarketplaceSubscription(periodMonths: $m) { marketplaceSubscription { active } userErrors { code } } }`, { m: periodMonths });
  if (refusalCode(res.body)) throw new Error(JSON.stringify(res.body));
}

/** A paying account: marketplace subscription plus `options` paid-app options for `months`. */
export async function payingAccount(h: BillingHarness, options: number, months = 1): Promise<string> {
  const accountId = randomUUID();
  await buyMarketplace(h, accountId);
  if (options > 0) await buyOptions(h, accountId, options, months);
  return accountId;
}
