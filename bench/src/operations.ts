import type { Identity } from '@appmarket/federation';
import { BENCH_APP_TOKENS, benchId, KIND } from './generate';
import type { Settings, Target } from './settings';

/**
 * What the bench sends: each operation at two sizes (the first is loaded; both are checked and
 * counted in SQL statements per request), the caller, and how its answer is checked.
 */
export interface Size {
  label: string;
  variables: Record<string, unknown>;
  caller: Identity;
  /** JWT or app token for our gateway (and the floor); the other targets get the identity itself. */
  credential: string;
  /** Why the answer is wrong, or undefined when it is right. */
  check(data: any): string | undefined;
}

export interface Operation {
  name: string;
  /** Which subgraphs the operation touches; `direct` runs only one-subgraph operations. */
  subgraphs: string[];
  query: string;
  sizes: Size[];
  persisted?: boolean;
  /** The floor (bench/src/floor.ts) serves this operation too. */
  floor?: boolean;
  /** Connections of its load (search: fewer, as issue 17 sets its target at 10). */
  connections: number;
}

export const STOREFRONT = `query Storefront($first: Int!) {
  storefront(block: NEW, first: $first) {
    edges { node { id name priceKopecks trialDays vendor { name } installs { id installedAt billing { state trialEndsAt } } } }
  }
}`;
const STOREFRONT_CARDS = `query StorefrontCards($first: Int!) {
  storefront(block: NEW, first: $first) { edges { node { id name priceKopecks trialDays vendor { name } } } }
}`;
const ACCOUNT_INSTALLS = `query AccountInstalls($id: ID!) {
  account(id: $id) {
    name
    installs {
      id appType installedAt
      permissions { scope permissions { entity operations } flags }
      app { name priceKopecks vendor { name } }
      billing { state trialEndsAt }
    }
  }
}`;
export const PARTNER = `query PartnerAccountInstalls($id: ID!) {
  account(id: $id) { name installs { id appType installedAt app { name priceKopecks } billing { state trialEndsAt } } }
}`;
const SEARCH = `query StorefrontSearch($search: String!, $first: Int!) {
  storefront(search: $search, first: $first) { edges { node { id name nameEn priceKopecks vendor { name } } } }
}`;

/**
 * Search queries (issue 17, item 5), real words of the generator's vocabulary
 * (packages/demo-data/src/vocabulary.ts, which bench/src/generate.ts names its apps from), one per
 * kind the storefront's search supports (subgraphs/catalog/src/storefront): full-text in Russian,
 * in English, a Russian word typed in Latin letters (transliterated back), and a misspelling
 * (trigram similarity). `top` must be in the best hit's name (Russian or English).
 */
export const SEARCHES = [
  { kind: 'Russian', search: 'печать этикеток', top: 'Печать этикеток' },
  { kind: 'English', search: 'bank reconciliation', top: 'Bank Reconciliation' },
  { kind: 'transliterated', search: 'markirovka', top: 'Маркировка товаров' },
  { kind: 'misspelt', search: 'инвинтаризация', top: 'Инвентаризация' },
] as const;

const userOf = (account: number): Identity => ({ kind: 'user', userId: benchId(KIND.user, account), accountId: benchId(KIND.account, account), role: 'ADMIN' });
const appOf = (account: number, install: number, groups: number): Identity => ({
  kind: 'app', installId: benchId(KIND.install, install), accountId: benchId(KIND.account, account),
  appId: benchId(KIND.app, (account % groups) * 10 + (install % 10)), appType: 'SERVER',
});

const exactly = (expected: number, count: (data: any) => number) => (data: any): string | undefined => {
  const n = count(data);
  return n === expected ? undefined : `${n} items, expected ${expected}`;
};

export function operations(settings: Settings, groups: number, jwtFor: (identity: Identity) => string): Operation[] {
  // The NEW block lists SERVER and IFRAME apps: 8 of every 10 (generate.ts); a small BENCH_SCALE
  // has fewer than a page of them.
  const newBlockApps = groups * 8;
  const user0 = userOf(0);
  const user1 = userOf(1);
  const edges = (data: any) => data.storefront.edges.length;
  const installs = (data: any) => data.account.installs.length;
  const { connections } = settings;
  const all: Operation[] = [
    {
      name: 'storefront page', subgraphs: ['catalog', 'accounts', 'billing'], query: STOREFRONT, floor: true, connections,
      sizes: [20, 100].map((first) => ({
        label: `first: ${first}`, variables: { first }, caller: user0, credential: jwtFor(user0), check: exactly(Math.min(first, newBlockApps), edges),
      })),
    },
    {
      name: 'account installs', subgraphs: ['accounts', 'catalog', 'billing'], query: ACCOUNT_INSTALLS, connections,
      sizes: [
        { label: '10 installs', variables: { id: benchId(KIND.account, 0) }, caller: user0, credential: jwtFor(user0), check: exactly(10, installs) },
        { label: '50 installs', variables: { id: benchId(KIND.account, 1) }, caller: user1, credential: jwtFor(user1), check: exactly(50, installs) },
      ],
    },
    {
      name: 'partner persisted query (app token)', subgraphs: ['accounts', 'catalog', 'billing'], query: PARTNER, persisted: true, connections,
      sizes: BENCH_APP_TOKENS.map((t) => ({
        label: `${t.account === 0 ? 10 : 50} installs`, variables: { id: benchId(KIND.account, t.account) },
        caller: appOf(t.account, t.install, groups), credential: t.token, check: exactly(t.account === 0 ? 10 : 50, installs),
      })),
    },
    {
      name: 'storefront cards (catalog only)', subgraphs: ['catalog'], query: STOREFRONT_CARDS, connections,
      sizes: [20, 100].map((first) => ({
        label: `first: ${first}`, variables: { first }, caller: user0, credential: jwtFor(user0), check: exactly(Math.min(first, newBlockApps), edges),
      })),
    },
    ...SEARCHES.map(({ kind, search, top }): Operation => ({
      name: `search, ${kind} "${search}"`, subgraphs: ['catalog'], query: SEARCH, connections: settings.searchConnections,
      sizes: [20, 100].map((first) => ({
        label: `first: ${first}`, variables: { search, first }, caller: user0, credential: jwtFor(user0),
        check: (data: any) => {
          const best = data.storefront.edges[0]?.node;
          if (!best) return 'no hits';
          return `${best.name} ${best.nameEn}`.toLowerCase().includes(top.toLowerCase()) ? undefined : `best hit "${best.name}" / "${best.nameEn}", expected "${top}"`;
        },
      })),
    })),
  ];
  const wanted = settings.operations;
  return wanted.length === 0 ? all : all.filter((op) => wanted.some((w) => op.name.startsWith(w)));
}

/** Whether a target serves an operation: direct only one-subgraph ones, the floor only its own. */
export function serves(target: Target, op: Operation): boolean {
  if (target === 'direct') return op.subgraphs.length === 1;
  if (target === 'floor') return op.floor === true;
  return true;
}
