import { createHmac, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLogger, ManualClock } from '@appmarket/core';
import { migrateSubgraph, type ScratchDatabase } from '@appmarket/db';
import { createTestDatabase } from '@appmarket/db/src/testing';
import { peersFromMap, type Identity } from '@appmarket/federation';
import { accountsSubgraph, createAccountsSubgraph, type RunningAccounts } from '@appmarket/accounts';
import type { JobQueue } from '@appmarket/accounts/src/jobs/job-queue';
import type { AccountsRuntimeConfig } from '@appmarket/accounts/src/config';
import type { LookupFunction } from '@appmarket/egress';
import { buildSchema, graphql, GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import { postGraphQL, type GraphQLResponse } from './stack';
import { subgraphHeadersFor } from './identity';

/**
 * Accounts tests: the accounts subgraph over real HTTP on a scratch database, its peers (catalog,
 * billing) answered by a small fake GraphQL server that implements exactly their part of
 * docs/CONTRACTS.md, and a fake vendor server for the Vendor API.
 */

export interface FakeApp {
  id: string;
  appUid: string;
  type: 'TELEPHONY' | 'IFRAME' | 'SERVER' | 'LOYALTY';
  status: 'DRAFT' | 'READY' | 'PUBLISHED' | 'HIDDEN';
  isFree: boolean;
  vendorId: string;
  access: { descriptorVersion: number; scope: 'ADMIN' | 'CUSTOM'; permissions: { entity: string; operations: string[] }[]; flags: string[] } | null;
  vendorApi: { endpointBase: string; additionalEvents: string[] } | null;
  signingSecret: string;
}

export function fakeApp(over: Partial<FakeApp> = {}): FakeApp {
  const alias = `app-${randomUUID().slice(0, 8)}`;
  return {
    id: randomUUID(), appUid: `${alias}.vendor`, type: 'IFRAME', status: 'PUBLISHED', isFree: true, vendorId: randomUUID(),
    access: null, vendorApi: null, signingSecret: `secret-${randomUUID()}`, ...over,
  };
}

export const customAccess = (version: number, entities: Record<string, string[]>): FakeApp['access'] => ({
  descriptorVersion: version, scope: 'CUSTOM', flags: [],
  permissions: Object.entries(entities).map(([entity, operations]) => ({ entity, operations })),
});

const PEER_SDL = `
  scalar _Any
  type Vendor { id: ID! }
  type EntityPermission { entity: String! operations: [String!]! }
  type AppAccess { descriptorVersion: Int! scope: String! permissions: [EntityPermission!]! flags: [String!]! }
  type VendorApi { endpointBase: String! additionalEvents: [String!]! }
  type App { id: ID! appUid: String! type: String! status: String! isFree: Boolean! vendor: Vendor!
             access: AppAccess vendorApi: VendorApi signingSecret: String! }
  type MarketplaceSubscription { active: Boolean! demo: Boolean! endsAt: String }
  type SubscriptionPeriod { startsAt: String! endsAt: String! }
  type Account { id: ID! marketplaceSubscription: MarketplaceSubscription! subscriptionPeriods: [SubscriptionPeriod!]! }
  type InstallBilling { state: String! trialEndsAt: String priceKopecks: Int! }
  type Install { id: ID! billing: InstallBilling }
  union _Entity = App | Account | Install | Vendor
  type Query { _entities(representations: [_Any!]!): [_Entity]! }
  input DecideInstallBillingInput { installId: ID! accountId: ID! appId: ID! appType: String! everInstalledBefore: Boolean! }
  type InstallBillingDecision { installId: ID! state: String! trialEndsAt: String }
  type Mutation {
    recordInstallState(accountId: ID!, appId: ID!, installed: Boolean!, version: String!): Boolean!
    decideInstallBilling(input: DecideInstallBillingInput!): InstallBillingDecision!
    recordInstallRemoved(installId: ID!): Boolean!
    confirmInstall(installId: ID!): Boolean!
    releaseInstallDecision(installId: ID!): Boolean!
  }`;

export interface BillingDecisionInput {
  installId: string; accountId: string; appId: string; appType: string; everInstalledBefore: boolean;
}

/** The catalog's and billing's contract, answered from memory; records every call it gets. */
export class FakePeers {
  readonly apps = new Map<string, FakeApp>();
  readonly decisions: BillingDecisionInput[] = [];
  readonly installStates: { accountId: string; appId: string; installed: boolean; version: string }[] = [];
  readonly removed: string[] = [];
  /** Billing's confirmInstall and releaseInstallDecision calls (the install saga), by install id. */
  readonly confirmed: string[] = [];
  readonly released: string[] = [];
  /** Accounts with an active marketplace subscription (billing's Account.marketplaceSubscription). */
  readonly subscribed = new Set<string>();
  /** Billing's Install.billing by install id (absent: billing never saw it). */
  readonly installBilling = new Map<string, { state: string; trialEndsAt: string | null; priceKopecks?: number }>();
  /** Billing's Account.subscriptionPeriods by account id. */
  readonly subscriptionPeriods = new Map<string, { startsAt: string; endsAt: string }[]>();
  /** Return a code to refuse a decision the way billing does. */
  refuse: (input: BillingDecisionInput) => string | null = () => null;
  /** While true, the catalog answers recordInstallState with an error (the queue must retry). */
  catalogDown = false;
  private server?: Server;
  url = '';

  add(app: FakeApp): FakeApp {
    this.apps.set(app.id, app);
    return app;
  }

  private readonly schema = buildSchema(PEER_SDL);
  private readonly root = {
    _entities: ({ representations }: { representations: { __typename: string; id: string }[] }) =>
      representations.map((r) => {
        if (r.__typename === 'Install') {
          const billing = this.installBilling.get(r.id);
          return { __typename: 'Install', id: r.id, billing: billing ? { priceKopecks: 0, ...billing } : null };
        }
        if (r.__typename === 'Account') {
          return {
            __typename: 'Account', id: r.id, marketplaceSubscription: { active: this.subscribed.has(r.id), demo: false, endsAt: null },
            subscriptionPeriods: this.subscriptionPeriods.get(r.id) ?? [],
          };
        }
        // A vendor exists while the fake catalog has one of its apps.
        if (r.__typename === 'Vendor') return [...this.apps.values()].some((a) => a.vendorId === r.id) ? { __typename: 'Vendor', id: r.id } : null;
        const app = this.apps.get(r.id);
        return app ? { __typename: 'App', ...app, vendor: { id: app.vendorId } } : null;
      }),
    recordInstallState: (input: FakePeers['installStates'][number]) => {
      if (this.catalogDown) throw new Error('catalog is down');
      this.installStates.push({ ...input });
      return true;
    },
    decideInstallBilling: ({ input }: { input: BillingDecisionInput }) => {
      const code = this.refuse(input);
      if (code) throw new GraphQLError(`billing refused: ${code}`, { extensions: { code } });
      this.decisions.push({ ...input });
      return { installId: input.installId, state: this.apps.get(input.appId)?.isFree ? 'FREE' : 'PAID', trialEndsAt: null };
    },
    recordInstallRemoved: ({ installId }: { installId: string }) => {
      this.removed.push(installId);
      return true;
    },
    confirmInstall: ({ installId }: { installId: string }) => {
      this.confirmed.push(installId);
      return this.decisions.some((d) => d.installId === installId) && !this.released.includes(installId);
    },
    releaseInstallDecision: ({ installId }: { installId: string }) => {
      this.released.push(installId);
      return this.decisions.some((d) => d.installId === installId) && !this.confirmed.includes(installId);
    },
  };

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      void readBody(req).then(async (raw) => {
        const { query, variables } = JSON.parse(raw) as { query: string; variables?: Record<string, unknown> };
        const result = await graphql({ schema: this.schema, source: query, rootValue: this.root, variableValues: variables });
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
      });
    });
    this.url = await listen(this.server);
  }

  async stop(): Promise<void> {
    await close(this.server);
  }
}

export type VendorReply = { status: number; body?: unknown } | 'no-answer';
export interface VendorRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: Record<string, unknown>;
}

/** A vendor's server: answers the scripted replies in order, then `fallback`; records requests. */
export class FakeVendor {
  readonly requests: VendorRequest[] = [];
  readonly replies: VendorReply[] = [];
  fallback: VendorReply = { status: 200, body: { status: 'Activated' } };
  /** Called after each request is recorded, before the answer. */
  onRequest: (request: VendorRequest) => void = () => undefined;
  private server?: Server;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req: IncomingMessage, res: ServerResponse) => {
      void readBody(req).then((raw) => {
        const request = { method: req.method!, path: req.url!, headers: req.headers, body: raw ? JSON.parse(raw) : {} };
        this.requests.push(request);
        this.onRequest(request);
        const reply = this.replies.shift() ?? this.fallback;
        if (reply === 'no-answer') return; // the client's time-out ends it
        res.writeHead(reply.status, { 'content-type': 'application/json' }).end(reply.body === undefined ? '' : JSON.stringify(reply.body));
      });
    });
    this.url = await listen(this.server);
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await close(this.server);
  }
}

/** The public origin the accounts harness is configured with (access[].resource is under it). */
export const PUBLIC_BASE_URL_IN_TESTS = 'https://market.test';
/** The default egress policy: https to public addresses only (the SSRF tests run with it). */
export const STRICT_EGRESS_CONFIG: Partial<AccountsRuntimeConfig> = { EGRESS_ALLOW_HTTP: 'off', EGRESS_ALLOW_PRIVATE_NETWORKS: 'off' };

export interface AccountsHarness {
  clock: ManualClock;
  dataSource: DataSource;
  peers: FakePeers;
  /** The running subgraph; `jobs` is its job queue (background work). */
  accounts: RunningAccounts & { jobs: JobQueue };
  query<T = unknown>(query: string, variables: Record<string, unknown>, identity: Identity): Promise<GraphQLResponse<T>>;
  /** Stops the subgraph (server, job queue, pool) and starts a new one on the same database. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The accounts subgraph alone, job workers off: tests run due jobs with `accounts.jobs.drain`.
 * Fake vendors listen on 127.0.0.1 over http, so egress is widened (EGRESS_ALLOW_*) unless the
 * test passes its own settings; SSRF tests pass `STRICT_EGRESS_CONFIG`.
 */
export async function startAccountsHarness(config: Partial<AccountsRuntimeConfig> = {}, options: { egressLookup?: LookupFunction } = {}): Promise<AccountsHarness> {
  const clock = new ManualClock('2026-11-01T09:00:00Z');
  const logger = createLogger('accounts-test', 'error');
  const database: ScratchDatabase = await createTestDatabase();
  const dataSource = accountsSubgraph.createDataSource(database.url, 8);
  await dataSource.initialize();
  await migrateSubgraph(dataSource, accountsSubgraph.dbSchema);
  const peers = new FakePeers();
  await peers.start();
  const settings: Partial<AccountsRuntimeConfig> = {
    ACCOUNTS_JOB_WORKERS: 'off', VENDOR_API_TIMEOUT_MS: 300, ACCOUNTS_FREE_APP_LIMITS: {},
    EGRESS_ALLOW_HTTP: 'on', EGRESS_ALLOW_PRIVATE_NETWORKS: 'on', PUBLIC_BASE_URL: PUBLIC_BASE_URL_IN_TESTS, ...config,
  };
  const start = async (ds: DataSource) => {
    const running = await createAccountsSubgraph({ config: settings, egressLookup: options.egressLookup }).start(
      { dataSource: ds, port: 0, host: '127.0.0.1', clock, logger, peers: peersFromMap({ catalog: peers.url, billing: peers.url }) },
    );
    return { ...running, jobs: running.background! };
  };
  const harness: AccountsHarness = {
    clock, dataSource, peers,
    accounts: await start(dataSource),
    query: (query, variables, identity) => postGraphQL(harness.accounts.url, query, variables, subgraphHeadersFor(identity)),
    async restart() {
      // As a new process would: a new pool and a new job queue on the same database.
      await harness.accounts.stop();
      await harness.dataSource.destroy();
      harness.dataSource = accountsSubgraph.createDataSource(database.url, 8);
      await harness.dataSource.initialize();
      harness.accounts = await start(harness.dataSource);
    },
    async stop() {
      await harness.accounts.stop();
      await peers.stop();
      await harness.dataSource.destroy();
      await database.drop();
    },
  };
  return harness;
}

/** The identity of a user of an account, as the gateway would pass it. */
export const userIdentity = (user: { id: string; accountId: string; role: 'ADMIN' | 'EMPLOYEE' }): Identity => ({
  kind: 'user', userId: user.id, accountId: user.accountId, role: user.role,
});
export const SERVICE: Identity = { kind: 'service', service: 'test' };

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let data = '';
    req.on('data', (chunk: Buffer) => (data += chunk.toString('utf8')));
    req.on('end', () => resolve(data));
  });
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));
}

function close(server: Server | undefined): Promise<void> {
  return new Promise((resolve) => (server ? server.close(() => resolve()) : resolve()));
}

/** A vendor's HS256 JWT made with node:crypto alone, independent of the code under test. */
export function vendorJwt(secret: string, claims: Record<string, unknown>): string {
  const enc = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
  const head = `${enc({ alg: 'HS256', typ: 'JWT' })}.${enc(claims)}`;
  return `${head}.${createHmac('sha256', secret).update(head).digest('base64url')}`;
}

/** Checks an HS256 JWT's signature with `secret` and returns its claims, or null. */
export function verifiedClaims(token: string, secret: string): Record<string, unknown> | null {
  const [header, payload, signature] = token.split('.');
  if (!header || !payload || !signature) return null;
  const expected = createHmac('sha256', secret).update(`${header}.${payload}`).digest('base64url');
  if (expected !== signature) return null;
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
}
