import { randomUUID } from 'node:crypto';
import { Zone, UserRole } from '@appmarket/accounts/src/accounts/account.enums';
import { InstallStatus } from '@appmarket/accounts/src/installs/install.enums';
import type { FrozenPermissions } from '@appmarket/accounts/src/installs/permissions';
import { BillingState } from '@appmarket/billing/src/installs/billing-state.enum';
import type { App } from '@appmarket/catalog/src/apps/app.entity';
import { AppStatus, AppType } from '@appmarket/catalog/src/apps/app.enums';
import { CallDirection, CallStatus } from '@appmarket/telephony-loyalty/src/calls/call.enums';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { encodeIdentity, GATEWAY_SIGNER, IDENTITY_HEADER, IdentitySchema, type Identity } from '@appmarket/federation';
import { getIntrospectionQuery } from 'graphql';
import { composeSupergraph } from '../../scripts/contracts';
import {
  makeAccount, makeApp, makeCall, makeInstall, makeInstallBilling, makeSubscription, makeUser, makeVendor,
} from '../support/factories';
import { gatewayHeadersFor } from '../support/identity';
import { recordInstall } from '../support/catalog-factories';
import { startTestStack, type TestStack } from '../support/stack';

/**
 * Conformance (issue 7): with every layer of ours on (authentication, permissions, APQ and
 * safelisting, limits, error masking, our plan cache and subgraph fetcher), the gateway answers
 * exactly what a plain @apollo/gateway 2.14.4 answers. Apollo's own gateway test suite is not in
 * its npm package, so this is differential: one process runs the real test stack (our gateway over
 * the four subgraphs) and, beside it, a plain ApolloServer over ApolloGateway on the same composed
 * supergraph and the same subgraph URLs. Each operation of the table goes to both, as the same
 * caller, and the HTTP status, content type and JSON body (data, errors, extensions) must be equal,
 * data key order included.
 *
 * The same caller: ours gets a test JWT (test/support/identity.ts); the plain gateway gets the
 * Identity as JSON in a test header and signs it for the subgraphs in willSendRequest with
 * `encodeIdentity`, as ours does with the identity it reads from the JWT. Two callers: a moderator
 * and an ADMIN user of one account (whose data the subgraphs scope to that account).
 *
 * Normalised before comparing, and why:
 * - `extensions.requestId` on errors: a per-request random id (ours puts its own on masked errors;
 *   the subgraphs put theirs on the errors they mask), so it never matches between two requests.
 * - `extensions.serviceName` on INTERNAL_SERVER_ERROR errors only: our error masking
 *   (gateway/src/plugins/useErrorMasking.ts maskInternalErrors, docs/gateway.md "Errors") rebuilds an internal
 *   error's extensions as `{ code, requestId, serviceName }`, the last only when the error came
 *   from a subgraph's answer; the plain gateway passes the subgraph's extensions with
 *   `serviceName`. Message, path and code still match (the subgraph has already masked the
 *   message). Every other error keeps its `serviceName`.
 * The plain server is given `includeStacktraceInErrorResponses: false`, as ours is, so neither puts
 * stack traces in `extensions` whatever NODE_ENV says.
 * One difference is left as it is and asserted on its own (the last test): an error the gateway
 * itself classes INTERNAL_SERVER_ERROR (a subgraph's HTTP failure) is masked by ours, while the
 * plain gateway passes "400: Bad Request" with the subgraph's response in `extensions.response`.
 *
 * Deliberately outside "supergraphs without our directive", so not in this table:
 * - operations that trip our limits (gateway/src/config.ts defaults: depth 12, 30 aliases, cost
 *   20,000, body 100,000 bytes, no batching): the plain gateway has none; every operation here is
 *   well inside them;
 * - `@requiresPermission`-guarded fields (Account.users, Account.calls) for callers not permitted
 *   them: ours answers null + FORBIDDEN without asking the subgraph. Both callers here are permitted
 *   (a moderator has VIEW, an ADMIN user everything), so these fields are in the table and must
 *   behave as plain fields;
 * - install tokens, APQ, safelisting and the call-card event stream, which the plain gateway lacks.
 * The supergraph has no interfaces or unions in its API schema, so type-conditioned fragments are
 * on object types (and, through introspection, on `__Type`).
 */

interface Answer { status: number; contentType: string | null; body: Record<string, unknown> }
type Caller = 'moderator' | 'admin';
interface Case {
  name: string;
  query: string;
  variables?: Record<string, unknown> | ((seed: Seed) => Record<string, unknown>);
  operationName?: string;
  /** Per caller: the error codes our answer must carry (none: []); a caller not named is not run. */
  codes: Partial<Record<Caller, string[]>>;
  /** Checked on our answer: the case reached the data it is about (both could fail alike). */
  check?: (body: Record<string, unknown>, caller: Caller) => void;
}
interface Seed {
  vendor: string; pbx: string; frame: string; draft: string; ghostApp: string;
  ru: string; kz: string; ghostAccount: string; ruAdmin: string; ruPbx: string; ruFrame: string;
}

const PLAIN_IDENTITY_HEADER = 'x-conformance-identity';

/** The plain gateway: as bench/src/vanilla-gateway.ts, in this process, routed to the stack's subgraphs. */
async function startPlainGateway(supergraphSdl: string, urls: Record<string, string>) {
  type Context = { identity: Identity };
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name }) =>
      new RemoteGraphQLDataSource<Context>({
        url: urls[name],
        async willSendRequest({ request, context }) {
          request.http?.headers.set(IDENTITY_HEADER, await encodeIdentity(context.identity ?? { kind: 'anonymous' }, { as: GATEWAY_SIGNER, audience: name }));
        },
      }),
  });
  const server = new ApolloServer<Context>({ gateway, includeStacktraceInErrorResponses: false });
  const { url } = await startStandaloneServer(server, {
    listen: { port: 0, host: '127.0.0.1' },
    context: async ({ req }): Promise<Context> => {
      const named = req.headers[PLAIN_IDENTITY_HEADER];
      return { identity: typeof named === 'string' ? IdentitySchema.parse(JSON.parse(named)) : { kind: 'anonymous' } };
    },
  });
  return { url, stop: () => server.stop() };
}

async function post(url: string, payload: unknown, headers: Record<string, string>): Promise<Answer> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(payload) });
  return { status: response.status, contentType: response.headers.get('content-type'), body: (await response.json()) as Record<string, unknown> };
}

/** The normalisation the header comment explains; nothing else is touched. */
function normalised(answer: Answer): Answer {
  const body = structuredClone(answer.body);
  for (const error of (body.errors as { extensions?: Record<string, unknown> }[] | undefined) ?? []) {
    if (!error.extensions) continue;
    delete error.extensions.requestId;
    if (error.extensions.code === 'INTERNAL_SERVER_ERROR') delete error.extensions.serviceName;
  }
  return { ...answer, body };
}

const codesOf = (body: Record<string, unknown>) =>
  ((body.errors as { extensions?: { code?: string } }[] | undefined) ?? []).map((e) => e.extensions?.code);

/* ---------------------------------------------------------------- the table */

const APP_CARD = /* GraphQL */ `
  fragment AppCard on App {
    id alias name type status priceKopecks trialDays isFree publishedAt appUid storefrontBlock
    vendor { ...VendorBits }
    capabilities { ...Caps }
  }
  fragment VendorBits on Vendor { id alias name }
  fragment Caps on AppCapabilities { iframeTab phoneApi vendorApiActivation debugging storefrontBlock }
  fragment Page on PageInfo { hasNextPage hasPreviousPage }
`;

const TYPE_REF = /* GraphQL */ `
  fragment TypeBits on __Type {
    kind name
    fields(includeDeprecated: true) { name args { name defaultValue type { ...Ref } } type { ...Ref } }
    inputFields { name defaultValue type { ...Ref } }
    enumValues { name }
  }
  fragment Ref on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }
`;

const dataOf = <T>(body: Record<string, unknown>) => body.data as T;

const CASES: Case[] = [
  {
    name: 'named and nested fragments, a variable default, Relay page info',
    query: `query AppCards($first: Int = 10) { apps(first: $first) { edges { node { ...AppCard } } pageInfo { ...Page } } } ${APP_CARD}`,
    codes: { moderator: [], admin: [] },
    check: (body, caller) =>
      expect(dataOf<{ apps: { edges: unknown[] } }>(body).apps.edges).toHaveLength(caller === 'moderator' ? 3 : 2),
  },
  {
    name: 'inline fragments (with and without a type condition, nested, on the root), @include on one',
    query: `query ($id: ID!, $more: Boolean!) {
      ... on Query { vendors { ... on Vendor { alias } } }
      app(id: $id) {
        ... on App { name ... on App { vendor { ... on Vendor { alias name } } } }
        ... @include(if: $more) { type trialDays }
        ... @skip(if: $more) { priceKopecks }
      }
    }`,
    variables: (s) => ({ id: s.pbx, more: true }),
    codes: { moderator: [], admin: [] },
    check: (body) => expect(dataOf<{ app: { trialDays: number } }>(body).app.trialDays).toBe(7),
  },
  {
    name: 'aliases: of root fields of different subgraphs, of fields, of one field with different arguments',
    query: `query ($pbx: ID!, $frame: ID!, $ru: ID!) {
      root: __typename
      pbx: app(id: $pbx) { title: name kind: type live: installs { when: installedAt } all: installs(includeUninstalled: true) { id status } }
      frame: app(id: $frame) { title: name kind: type }
      mine: account(id: $ru) { title: name region: zone }
      prices: subscriptionPrices { months: periodMonths discountPercent }
    }`,
    variables: (s) => ({ pbx: s.pbx, frame: s.frame, ru: s.ru }),
    codes: { moderator: [], admin: [] },
    check: (body) => expect(dataOf<{ mine: { region: string } }>(body).mine.region).toBe('RU'),
  },
  {
    name: 'variables with defaults, left out',
    query: `query Installs($id: ID!, $withUninstalled: Boolean = true, $first: Int = 1) {
      app(id: $id) { installs(includeUninstalled: $withUninstalled) { status installedAt uninstalledAt account { name } } }
      apps(first: $first) { edges { node { alias } } }
    }`,
    variables: (s) => ({ id: s.frame }),
    codes: { moderator: [], admin: [] },
    check: (body, caller) =>
      expect(dataOf<{ app: { installs: unknown[] } }>(body).app.installs).toHaveLength(caller === 'moderator' ? 2 : 1),
  },
  {
    name: 'variables with defaults, overridden (and an argument default used)',
    query: `query Installs($id: ID!, $withUninstalled: Boolean = true, $first: Int = 1) {
      app(id: $id) { installs(includeUninstalled: $withUninstalled) { status } dflt: installs { status } }
      apps(first: $first) { edges { node { alias } } }
    }`,
    variables: (s) => ({ id: s.frame, withUninstalled: false, first: 2 }),
    codes: { moderator: [], admin: [] },
  },
  {
    name: '@include/@skip: on fields, on fields another subgraph answers, on spreads, literal and variable',
    query: `query ($id: ID!, $withInstalls: Boolean!, $skipBilling: Boolean = false) {
      app(id: $id) {
        name
        vendor @include(if: false) { alias }
        installs @include(if: $withInstalls) {
          id
          billing @skip(if: $skipBilling) { state }
          account @skip(if: true) { name }
          ...Acc @include(if: $withInstalls)
        }
      }
    }
    fragment Acc on Install { account { zone paidAppOptions @skip(if: $skipBilling) { total } } }`,
    variables: (s) => ({ id: s.pbx, withInstalls: true }),
    codes: { moderator: [], admin: [] },
  },
  {
    name: '@include/@skip: the other way round',
    query: `query ($id: ID!, $withInstalls: Boolean!, $skipBilling: Boolean = false) {
      app(id: $id) {
        name
        installs @include(if: $withInstalls) { id billing @skip(if: $skipBilling) { state } ...Acc }
        alsoSkipped: installs @skip(if: true) { id }
      }
    }
    fragment Acc on Install { account { zone paidAppOptions @skip(if: $skipBilling) { total } } }`,
    variables: (s) => ({ id: s.pbx, withInstalls: true, skipBilling: true }),
    codes: { moderator: [], admin: [] },
  },
  {
    name: '__typename at every level, in every subgraph',
    query: `query ($id: ID!) {
      __typename
      app(id: $id) {
        __typename
        vendor { __typename }
        capabilities { __typename }
        installs {
          __typename
          billing { __typename state }
          account {
            __typename
            paidAppOptions { __typename }
            calls(first: 1) { __typename edges { __typename node { __typename } } pageInfo { __typename } }
          }
        }
      }
    }`,
    variables: (s) => ({ id: s.pbx }),
    codes: { moderator: [], admin: [] },
  },
  {
    name: 'lists of entities across all four subgraphs: apps → installs → account → calls / paidAppOptions / billing',
    query: `query Chain($type: AppType = TELEPHONY) {
      apps(first: 10, type: $type) {
        edges { cursor node {
          alias vendor { alias }
          installs {
            id appType status installedAt
            billing { state trialEndsAt paidAppOptionsUsed priceKopecks }
            billingHistory { toState cause }
            app { alias }
            account {
              id name zone tariff createdAt
              paidAppOptions { total used free }
              subscriptionPeriods { paidAppOptions periodMonths startsAt endsAt discountPercent }
              marketplaceSubscription { active demo }
              users { fullName role extension }
              installs { id app { alias name } billing { state } }
              calls(first: 2) {
                edges { cursor node { externalId direction status fromNumber startedAt durationSeconds cards { id } } }
                pageInfo { hasNextPage endCursor }
              }
            }
          }
        } }
      }
    }`,
    codes: { moderator: [], admin: [] },
    check: (body, caller) => {
      const installs = dataOf<{ apps: { edges: { node: { installs: { account: { calls: { edges: unknown[] } } }[] } }[] } }>(body)
        .apps.edges[0]!.node.installs;
      expect(installs).toHaveLength(caller === 'moderator' ? 2 : 1);
      expect(installs[0]!.account.calls.edges).toHaveLength(2);
    },
  },
  {
    // Root lookups are nullable (docs/ARCHITECTURE.md, "Nullability"): a missing app costs only itself.
    name: 'NOT_FOUND at a root lookup: null there, sibling root fields from other subgraphs kept',
    query: `query ($missing: ID!) { vendors { alias } lost: app(id: $missing) { name } subscriptionPrices { periodMonths } }`,
    variables: () => ({ missing: '00000000-0000-4000-8000-000000000000' }),
    codes: { moderator: ['NOT_FOUND'], admin: ['NOT_FOUND'] },
    check: (body) => expect(body.data).toEqual({ vendors: [expect.anything()], lost: null, subscriptionPrices: expect.arrayContaining([{ periodMonths: 12 }]) }),
  },
  {
    name: 'an error on a nullable root field leaves the other root fields',
    query: `{ loyaltyGiftCard(name: "gift") { id } vendors { alias } }`,
    codes: { moderator: ['FORBIDDEN'] },
    check: (body) => expect(dataOf<{ vendors: unknown[] }>(body).vendors).toHaveLength(1),
  },
  {
    name: 'an error in a nested entity of another subgraph, per list item, on a nullable field (INPUT_OUT_OF_RANGE)',
    query: `query ($id: ID!) { app(id: $id) { name installs { id account { name calls(first: 0) { edges { node { id } } } } } } }`,
    variables: (s) => ({ id: s.pbx }),
    codes: { moderator: ['INPUT_OUT_OF_RANGE', 'INPUT_OUT_OF_RANGE'], admin: ['INPUT_OUT_OF_RANGE'] },
  },
  {
    // App.transitions is owner-only, so nullable (docs/ARCHITECTURE.md, "Nullability"): FORBIDDEN
    // costs that field alone, in an entity of another subgraph, and the installs and apps stay.
    name: 'an owner-only field in a nested entity of another subgraph: null with FORBIDDEN at its own path (per list item)',
    query: `query ($id: ID!) { account(id: $id) { name installs { app { name transitions { toStatus } } } } }`,
    variables: (s) => ({ id: s.ru }),
    codes: { moderator: [], admin: ['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'] },
    check: (body, caller) => {
      const account = dataOf<{ account: { name: string; installs: { app: { name: string; transitions: unknown[] | null } }[] } }>(body).account;
      expect(account.name).toEqual(expect.any(String));
      expect(account.installs).toHaveLength(3);
      for (const { app } of account.installs) expect({ name: typeof app.name, transitions: app.transitions === null }).toEqual({ name: 'string', transitions: caller === 'admin' });
      if (caller === 'admin') {
        expect((body.errors as { path: (string | number)[] }[]).map((e) => e.path.join('.')).sort()).toEqual([0, 1, 2].map((i) => `account.installs.${i}.app.transitions`));
      }
    },
  },
  {
    name: 'a field error bubbling to a nullable parent (Install.permissions), the rest of the data kept',
    query: `query ($id: ID!) { app(id: $id) { name installs { id permissions { scope permissions { entity operations } } app { alias } } } }`,
    variables: (s) => ({ id: s.frame }),
    codes: { moderator: ['INTERNAL_SERVER_ERROR'], admin: ['INTERNAL_SERVER_ERROR'] },
    check: (body) =>
      expect(dataOf<{ app: { installs: { permissions: unknown }[] } }>(body).app.installs[0]!.permissions).toBeNull(),
  },
  {
    name: 'an entity another subgraph does not know (a null _entities item): Apollo\'s valueCompletion extension',
    query: `query ($id: ID!) { account(id: $id) { name installs { id app { id name } } } }`,
    variables: (s) => ({ id: s.ghostAccount }),
    codes: { moderator: [] },
    check: (body) => {
      // Install.app is nullable (the catalog serves it): the null stops there, the install stays.
      expect(dataOf<{ account: { installs: { id: string; app: unknown }[] } }>(body).account.installs).toEqual([{ id: expect.any(String), app: null }]);
      expect(body.extensions).toHaveProperty('valueCompletion');
    },
  },
  {
    name: 'another account: refused by the subgraph (account scoping)',
    query: `query ($id: ID!) { account(id: $id) { name } }`,
    variables: (s) => ({ id: s.kz }),
    codes: { moderator: [], admin: ['FORBIDDEN'] },
  },
  {
    name: 'pagination arguments on the first page (the storefront is open to account users only, DL-5)',
    query: `query ($after: String, $user: Boolean!) {
      apps(first: 1, status: PUBLISHED) { edges { cursor node { alias } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } }
      same: apps(first: 1, after: $after, status: PUBLISHED) { edges { node { alias } } pageInfo { hasNextPage } }
      accounts(first: 2) { edges { cursor node { name } } pageInfo { hasNextPage endCursor } }
      storefront(first: 1, sort: NEWEST) @include(if: $user) { edges { cursor node { alias } } pageInfo { hasNextPage endCursor } }
    }`,
    variables: () => ({ after: null, user: false }),
    codes: { moderator: [] },
  },
  {
    name: 'the storefront refuses a moderator (FORBIDDEN): null for it alone, the other root field kept',
    query: `{ storefront(first: 1) { edges { node { alias } } } vendors { alias } }`,
    codes: { moderator: ['FORBIDDEN'], admin: [] },
    check: (body, caller) => {
      const data = dataOf<{ storefront: unknown; vendors: unknown[] }>(body);
      expect({ storefront: data.storefront === null, vendors: data.vendors.length }).toEqual({ storefront: caller === 'moderator', vendors: 1 });
    },
  },
  {
    name: 'enums and DateTimeISO: as output, enums as variable input',
    query: `query ($type: AppType!, $id: ID!) {
      apps(first: 5, type: $type, status: PUBLISHED) { edges { node { type status storefrontBlock capabilities { debugging } createdAt updatedAt } } }
      app(id: $id) { publishedAt
        installs { installedAt uninstalledAt appType status billing { state trialEndsAt updatedAt } account { zone createdAt } } }
    }`,
    variables: (s) => ({ type: 'TELEPHONY', id: s.pbx }),
    codes: { moderator: [], admin: [] },
  },
  {
    // App.pricingAt, the one DateTimeISO argument of an object field, is internal now (issue 19
    // item 6): the input goes through an input object's fields; the Phone API then refuses a
    // caller that is not a TELEPHONY app, after the subgraph parsed the input.
    name: 'DateTimeISO as literal and variable input (an input object)',
    query: `query ($at: DateTimeISO!) { phoneCalls(filter: { from: $at, to: "2026-12-01T00:00:00.000Z" }) { edges { node { id startedAt } } } }`,
    variables: () => ({ at: '2026-10-15T12:00:00Z' }),
    codes: { moderator: ['FORBIDDEN'], admin: ['FORBIDDEN'] },
  },
  {
    name: 'an enum variable with an unknown value',
    query: `query ($type: AppType) { apps(type: $type) { edges { node { id } } } }`,
    variables: () => ({ type: 'FAX' }),
    codes: { moderator: ['BAD_USER_INPUT'] },
  },
  {
    name: 'a required variable left out',
    query: `query ($id: ID!) { app(id: $id) { name } }`,
    variables: () => ({}),
    codes: { moderator: ['BAD_USER_INPUT'] },
  },
  {
    name: 'introspection: every type, directive and field (the standard query)',
    query: getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, inputValueDeprecation: true }),
    codes: { moderator: [], admin: [] },
  },
  {
    name: 'introspection: types count, @inaccessible types absent',
    query: `{ __schema { queryType { name } mutationType { name } subscriptionType { name } types { name kind } directives { name locations } } }`,
    codes: { moderator: [] },
    check: (body) => {
      const names = dataOf<{ __schema: { types: { name: string }[] } }>(body).__schema.types.map((t) => t.name);
      expect(names.length).toBeGreaterThan(80);
      expect(names).toEqual(expect.arrayContaining(['App', 'Account', 'Install', 'Call', 'DateTimeISO']));
      for (const hidden of ['ApplyPriceChangeInput', 'PriceChangeResult', 'InstallBillingDecision', 'join__Graph', '_Entity', '_Service']) {
        expect(names).not.toContain(hidden);
      }
    },
  },
  {
    name: 'introspection: __type of a few types, with a fragment on __Type',
    query: `{
      app: __type(name: "App") { ...TypeBits }
      install: __type(name: "Install") { ...TypeBits }
      filter: __type(name: "CallFilter") { ...TypeBits }
      appType: __type(name: "AppType") { ...TypeBits }
      dateTime: __type(name: "DateTimeISO") { kind name description specifiedByURL }
      hidden: __type(name: "ApplyPriceChangeInput") { name }
      nothing: __type(name: "NoSuchType") { name }
    } ${TYPE_REF}`,
    codes: { moderator: [], admin: [] },
    check: (body) => {
      const data = dataOf<{ app: { fields: { name: string }[] }; hidden: unknown }>(body);
      expect(data.app.fields.map((f) => f.name)).not.toContain('signingSecret');
      expect(data.hidden).toBeNull();
    },
  },
  {
    name: 'introspection mixed with data and __typename',
    query: `query ($id: ID!) { __typename __type(name: "Vendor") { name fields { name } } app(id: $id) { __typename name } }`,
    variables: (s) => ({ id: s.pbx }),
    codes: { moderator: [], admin: [] },
  },
  {
    name: 'an invalid query: an unknown field (GRAPHQL_VALIDATION_FAILED)',
    query: `query ($id: ID!) { app(id: $id) { name nope } }`,
    variables: (s) => ({ id: s.pbx }),
    codes: { moderator: ['GRAPHQL_VALIDATION_FAILED'], admin: ['GRAPHQL_VALIDATION_FAILED'] },
  },
  {
    name: 'an invalid query: an @inaccessible field, a missing argument, a wrong argument type, an unused fragment',
    query: `query ($id: ID!) { app(id: $id) { signingSecret } vendor { name } apps(first: "ten") { pageInfo { hasNextPage } } } fragment Unused on App { id }`,
    variables: (s) => ({ id: s.pbx }),
    codes: { moderator: Array(4).fill('GRAPHQL_VALIDATION_FAILED') },
  },
  {
    name: 'a parse error (GRAPHQL_PARSE_FAILED)',
    query: `query ($id: ID!) { app(id: $id) { name `,
    codes: { moderator: ['GRAPHQL_PARSE_FAILED'], admin: ['GRAPHQL_PARSE_FAILED'] },
  },
  {
    name: 'two operations: the one operationName names',
    query: `query Vendors { vendors { alias } } query Prices { subscriptionPrices { periodMonths discountPercent optionMonthlyKopecks } }`,
    operationName: 'Prices',
    codes: { moderator: [], admin: [] },
  },
  {
    name: 'a mutation refused by its subgraph: the moderator\'s NOT_FOUND is a user error in data, the admin\'s FORBIDDEN top-level (no state changes, so it can run twice)',
    query: `mutation ($id: ID!) { publishApp(id: $id) { app { id status } userErrors { field code } } }`,
    variables: () => ({ id: '00000000-0000-4000-8000-000000000001' }),
    codes: { moderator: [], admin: ['FORBIDDEN'] },
  },
];

describe('conformance: our gateway (every layer on) answers like a plain @apollo/gateway 2.14.4', () => {
  let stack: TestStack;
  let plain: { url: string; stop(): Promise<void> };
  let seed: Seed;
  const callers = {} as Record<Caller, Identity>;

  beforeAll(async () => {
    stack = await startTestStack();
    plain = await startPlainGateway(
      composeSupergraph(),
      Object.fromEntries(Object.entries(stack.subgraphs).map(([name, server]) => [name, server.url])),
    );
    seed = await seedMarketplace(stack);
    callers.moderator = { kind: 'moderator', moderatorId: 'moderator-conformance' };
    callers.admin = { kind: 'user', userId: seed.ruAdmin, accountId: seed.ru, role: 'ADMIN' };
  });
  afterAll(async () => {
    await plain?.stop();
    await stack?.stop();
  });

  async function both(caller: Caller, payload: unknown): Promise<{ ours: Answer; theirs: Answer }> {
    const identity = callers[caller];
    const ours = await post(stack.gateway.url, payload, gatewayHeadersFor(identity));
    const theirs = await post(plain.url, payload, { [PLAIN_IDENTITY_HEADER]: JSON.stringify(identity) });
    return { ours: normalised(ours), theirs: normalised(theirs) };
  }

  const runs = CASES.flatMap((c) => (Object.keys(c.codes) as Caller[]).map((caller) => [c.name, caller, c] as const));
  it.each(runs)('%s (as %s)', async (_name, caller, c) => {
    const variables = typeof c.variables === 'function' ? c.variables(seed) : c.variables;
    const { ours, theirs } = await both(caller, { query: c.query, variables, operationName: c.operationName });
    expect(ours).toEqual(theirs);
    // Equal as objects above (a readable diff); equal as JSON text too, so in the same key order.
    expect(JSON.stringify(ours.body)).toBe(JSON.stringify(theirs.body));
    expect(codesOf(ours.body)).toEqual(c.codes[caller]);
    c.check?.(ours.body, caller);
  });

  it.each(['moderator', 'admin'] as const)('pagination: the second page by the first page\'s cursors (as %s)', async (caller) => {
    const user = caller === 'admin';
    const first = await both(caller, {
      query: `query ($ru: ID!, $user: Boolean!) {
        apps(first: 1) { pageInfo { endCursor } }
        accounts(first: 1) { pageInfo { endCursor } }
        account(id: $ru) { calls(first: 1) { pageInfo { endCursor } } }
        storefront(first: 1, sort: NEWEST) @include(if: $user) { pageInfo { endCursor } }
      }`,
      variables: { ru: seed.ru, user },
    });
    expect(first.ours.body.errors).toBeUndefined();
    expect(first.ours).toEqual(first.theirs);
    type Cursor = { pageInfo: { endCursor: string } };
    const cursors = first.ours.body.data as { apps: Cursor; accounts: Cursor; account: { calls: Cursor }; storefront?: Cursor };
    const second = await both(caller, {
      query: `query ($ru: ID!, $user: Boolean!, $p: String, $a: String, $c: String, $s: String) {
        apps(first: 1, after: $p) { edges { cursor node { alias } } pageInfo { hasNextPage hasPreviousPage } }
        accounts(first: 1, after: $a) { edges { cursor node { name } } pageInfo { hasNextPage } }
        account(id: $ru) { calls(first: 1, after: $c) { edges { node { externalId } } pageInfo { hasNextPage } } }
        storefront(first: 1, after: $s, sort: NEWEST) @include(if: $user) { edges { node { alias } } pageInfo { hasNextPage } }
      }`,
      variables: {
        ru: seed.ru, user, p: cursors.apps.pageInfo.endCursor, a: cursors.accounts.pageInfo.endCursor,
        c: cursors.account.calls.pageInfo.endCursor, s: cursors.storefront?.pageInfo.endCursor,
      },
    });
    expect(second.ours.body.errors).toBeUndefined();
    expect(second.ours).toEqual(second.theirs);
    expect(JSON.stringify(second.ours.body)).toBe(JSON.stringify(second.theirs.body));
    // Newest first: ru-1 (11:00), then ru-2 (10:00).
    expect((second.ours.body.data as { account: { calls: { edges: unknown[] } } }).account.calls.edges).toEqual([{ node: { externalId: 'ru-2' } }]);
  });

  /**
   * Issue 14: a client error answers 4xx with its own code. Plain Apollo answers a missing or
   * unknown operationName with 500 INVALID_GRAPHQL (its gateway executor fails); ours refuses it
   * first with 400 OPERATION_RESOLUTION_FAILURE, Apollo Server's own code for it.
   */
  it.each([
    ['two operations and no operationName', { query: `query Vendors { vendors { alias } } query Prices { subscriptionPrices { periodMonths } }` }],
    ['an operationName the document does not have', { query: `query Vendors { vendors { alias } }`, operationName: 'Nope' }],
  ])('deliberate difference: %s is 400 OPERATION_RESOLUTION_FAILURE in ours, 500 INVALID_GRAPHQL in plain Apollo', async (_, payload) => {
    const { ours, theirs } = await both('moderator', payload);
    expect([ours.status, codesOf(ours.body)]).toEqual([400, ['OPERATION_RESOLUTION_FAILURE']]);
    expect([theirs.status, codesOf(theirs.body)]).toEqual([500, ['INVALID_GRAPHQL']]);
  });

  /**
   * Issue 14: an answer refused as a whole for the client's input (no data, only BAD_USER_INPUT or INPUT_*)
   * is 400 in ours (useInputErrorStatus); the body is the same as plain Apollo's, which answers 200.
   */
  it.each(['moderator', 'admin'] as const)('deliberate difference: an out-of-range page size at the root is the same body, but HTTP 400 (as %s)', async (caller) => {
    const { ours, theirs } = await both(caller, { query: `{ apps(first: 1000) { edges { node { id } } } }` });
    expect(ours.body).toEqual(theirs.body);
    expect(JSON.stringify(ours.body)).toBe(JSON.stringify(theirs.body));
    expect(codesOf(ours.body)).toEqual(['INPUT_OUT_OF_RANGE']);
    expect([ours.status, theirs.status]).toEqual([400, 200]);
  });

  /**
   * A difference of our error masking (docs/gateway.md, "Errors") doing its
   * job: the supergraph's DateTimeISO is a custom scalar, so neither gateway checks a literal of it;
   * the catalog subgraph refuses the whole fetch with HTTP 400 (GRAPHQL_VALIDATION_FAILED). The
   * plain gateway answers INTERNAL_SERVER_ERROR "400: Bad Request" with the subgraph's response
   * (its URL and body) in `extensions.response`; ours answers BAD_USER_INPUT with the subgraph's
   * own message (the client's mistake, not an internal error), without the subgraph's URL.
   */
  it('deliberate difference: a subgraph refusing the input (HTTP 400 on a bad DateTimeISO literal) is BAD_USER_INPUT with its reason in ours, an internal error in plain Apollo', async () => {
    const { ours, theirs } = await both('moderator', {
      query: `{ phoneCalls(filter: { from: "yesterday" }) { edges { node { id } } } }`,
    });
    // Refused as a whole for the client's input: 400 in ours (above), 200 in plain Apollo.
    expect([ours.status, theirs.status]).toEqual([400, 200]);
    expect(ours.body.data).toEqual({ phoneCalls: null });
    expect(theirs.body.data).toEqual({ phoneCalls: null });
    const [mine, plainError] = [ours.body.errors, theirs.body.errors] as { message: string; path?: unknown; extensions: Record<string, unknown> }[][];
    // A failed fetch, not a field: neither names a path. Ours names the reason, never the subgraph's URL.
    expect(mine).toStrictEqual([{
      message: expect.stringContaining('DateTime cannot represent an invalid date-time-string yesterday'),
      extensions: { code: 'BAD_USER_INPUT' },
    }]);
    expect(JSON.stringify(mine)).not.toContain('127.0.0.1');
    expect(plainError).toStrictEqual([{
      message: '400: Bad Request',
      extensions: expect.objectContaining({ code: 'INTERNAL_SERVER_ERROR', response: expect.objectContaining({ status: 400 }) }),
    }]);
    expect(JSON.stringify(plainError![0]!.extensions.response)).toContain('DateTime cannot represent an invalid date-time-string yesterday');
  });
});

/**
 * Three apps of one vendor (a paid TELEPHONY one, a free IFRAME one, a DRAFT), two accounts with
 * installs, billing rows, a subscription and calls, plus one install of an app the catalog does not
 * know (on its own account, so it only shows where a case asks for it) and one install whose frozen
 * permissions hold an entry without its non-null `entity` (an error inside a nullable field).
 */
async function seedMarketplace(stack: TestStack): Promise<Seed> {
  const { catalog, accounts, billing } = stack.dataSources;
  const telephony = stack.dataSources['telephony-loyalty']!;
  const vendor = await makeVendor(catalog!, { alias: 'conf-voice', name: 'Conf Voice' });
  const pbx = await makeApp(catalog!, vendor, {
    alias: 'pbx', type: AppType.TELEPHONY, name: 'Облачная АТС', priceKopecks: 100_000, trialDays: 7, publishedAt: new Date('2026-09-01T00:00:00Z'),
  });
  const frame = await makeApp(catalog!, vendor, { alias: 'frame', type: AppType.IFRAME, name: 'Окно', publishedAt: new Date('2026-09-02T00:00:00Z') });
  const draft = await makeApp(catalog!, vendor, { alias: 'draft', type: AppType.SERVER, status: AppStatus.DRAFT });
  const ghostApp = { id: randomUUID(), type: AppType.SERVER } as App; // never written to the catalog

  const ru = await makeAccount(accounts!, { name: 'Ромашка', zone: Zone.RU });
  const kz = await makeAccount(accounts!, { name: 'Алатау', zone: Zone.KZ, tariff: 'PROFESSIONAL' });
  const ghostAccount = await makeAccount(accounts!, { name: 'Призрак', zone: Zone.BY });
  const ruAdmin = await makeUser(accounts!, ru, { role: UserRole.ADMIN, fullName: 'Анна Админ' });
  await makeUser(accounts!, ru, { role: UserRole.EMPLOYEE, fullName: 'Иван Сотрудник', extension: '101' });
  await makeUser(accounts!, kz, { role: UserRole.ADMIN, fullName: 'Айгуль' });

  const ruPbx = await makeInstall(accounts!, ru, pbx, { installedAt: new Date('2026-10-30T08:00:00Z') });
  const kzPbx = await makeInstall(accounts!, kz, pbx, { installedAt: new Date('2026-10-01T08:00:00Z') });
  const brokenPermissions = { descriptorVersion: 1, scope: 'ADMIN', permissions: [{ entity: null, operations: ['VIEW'] }], flags: [] };
  const ruFrame = await makeInstall(accounts!, ru, frame, {
    installedAt: new Date('2026-10-02T08:00:00Z'), permissions: brokenPermissions as unknown as FrozenPermissions,
  });
  await makeInstall(accounts!, kz, frame, {
    status: InstallStatus.UNINSTALLED, installedAt: new Date('2026-09-01T08:00:00Z'), uninstalledAt: new Date('2026-09-10T08:00:00Z'),
  });
  const ruDraft = await makeInstall(accounts!, ru, draft, { installedAt: new Date('2026-10-03T08:00:00Z') });
  // As accounts' job does: the catalog's projection of installs, through which the account resolves
  // the DRAFT it installed (App's `_entities` apply app(id)'s visibility plus the account's installs).
  const recorded = await recordInstall(stack, ru.id, draft.id, true, `2026-10-03T08:00:00.000Z ${ruDraft.id}`);
  if (recorded.body.errors) throw new Error(JSON.stringify(recorded.body.errors));
  await makeInstall(accounts!, ghostAccount, ghostApp, { installedAt: new Date('2026-10-04T08:00:00Z') });

  await makeInstallBilling(billing!, ruPbx, { state: BillingState.TRIAL, trialEndsAt: new Date('2026-11-06T08:00:00Z'), priceKopecks: 100_000 });
  await makeInstallBilling(billing!, kzPbx, { state: BillingState.PAID, paidAppOptionsUsed: 2, priceKopecks: 100_000 });
  await makeInstallBilling(billing!, ruFrame);
  await makeSubscription(billing!, kz.id, { paidAppOptions: 3 });

  const calls: [number, CallDirection, CallStatus][] = [
    [9, CallDirection.INCOMING, CallStatus.COMPLETED], [11, CallDirection.OUTGOING, CallStatus.COMPLETED], [10, CallDirection.INCOMING, CallStatus.MISSED],
  ];
  for (const [i, [hour, direction, status]] of calls.entries()) {
    await makeCall(telephony, ruPbx, { externalId: `ru-${i}`, startedAt: new Date(Date.UTC(2026, 9, 31, hour)), direction, status });
  }
  await makeCall(telephony, kzPbx, { externalId: 'kz-0' });
  return {
    vendor: vendor.id, pbx: pbx.id, frame: frame.id, draft: draft.id, ghostApp: ghostApp.id,
    ru: ru.id, kz: kz.id, ghostAccount: ghostAccount.id, ruAdmin: ruAdmin.id, ruPbx: ruPbx.id, ruFrame: ruFrame.id,
  };
}
