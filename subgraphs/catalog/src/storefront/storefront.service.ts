import { BadInputError } from '@appmarket/core';
import { encodeCursor, pageWindow, type PageWindow } from '@appmarket/federation';
import type { DataSource } from 'typeorm';
import { TYPES_OF_BLOCK, type StorefrontBlock } from '../apps/app.capabilities';
import type { AccountOverlays } from '../cache/account-overlays';
import { NO_CACHE, type CatalogCache } from '../cache/catalog-cache';
import { orQuery, searchWords, transliterate } from './search-terms';
import type { StorefrontPage } from './storefront-page';

export enum StorefrontSort {
  RELEVANCE = 'RELEVANCE',
  NEWEST = 'NEWEST',
  POPULARITY = 'POPULARITY',
}

export interface StorefrontQuery {
  accountId: string;
  search?: string | null;
  block?: StorefrontBlock | null;
  category?: string | null;
  freeOnly?: boolean | null;
  sort?: StorefrontSort | null;
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** The paging arguments (and the sort) that filterOf does not read. */
type PagingOf = 'first' | 'after' | 'last' | 'before' | 'sort';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type { StorefrontPage } from './storefront-page';

/** The nil uuid: an account id no account has; VISIBLE_TO_ACCOUNT for it is the public storefront (PUBLISHED apps). */
export const NO_ACCOUNT = '00000000-0000-0000-0000-000000000000';

/** Trigram word similarity from which a name counts as a (possibly misspelt) match. */
const TYPO_THRESHOLD = 0.4;

/**
 * LC-3: what the caller's account may see: PUBLISHED apps, and HIDDEN apps it has installed
 * (the projection fed by accounts). `$1` is the account id.
 */
export const VISIBLE_TO_ACCOUNT = `(a.status = 'PUBLISHED' OR (a.status = 'HIDDEN' AND EXISTS (
  SELECT 1 FROM installed_apps i WHERE i.account_id = $1 AND i.app_id = a.id AND i.installed)))`;

/** Name similarity in either alphabet; the same, weaker, for names plus short descriptions. */
const NAME_SIMILARITY = `greatest(word_similarity(q.raw, a.search_names), word_similarity(q.alt, a.search_names))`;
/** Per query word (or its transliteration), the best match in names and short descriptions, averaged. */
const TEXT_SIMILARITY = `(SELECT avg(greatest(word_similarity(w.word, a.search_text), word_similarity(w.alt, a.search_text)))
  FROM unnest(q.words, q.alts) AS w(word, alt))`;

/**
 * Each order's key. NEWEST and POPULARITY are exactly the expressions of the partial indexes
 * `apps_storefront_newest_idx` and `apps_storefront_popular_idx`, so a page is an index scan that
 * stops after `first + 1` visible apps; `cursor` turns the key into the cursor's text and `param`
 * a cursor's text back into the key (timestamps as exact epoch microseconds).
 */
const SORT_KEYS: Record<StorefrontSort, { expression: string; cursor: string; param: (placeholder: string) => string; pattern: RegExp }> = {
  RELEVANCE: {
    expression: `(ts_rank(a.search_vector, q.ts) + ${NAME_SIMILARITY} + 0.5 * ${TEXT_SIMILARITY})::float8`,
    cursor: 's.k::text', // float8's text is its shortest exact form: the cursor names the very score
    param: (p) => `${p}::float8`,
    pattern: /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i,
  },
  NEWEST: {
    expression: 'coalesce(a.published_at, a.created_at)',
    cursor: `(extract(epoch FROM s.k) * 1000000)::bigint::text`,
    param: (p) => `('epoch'::timestamptz + ${p}::bigint * interval '1 microsecond')`,
    pattern: /^-?\d{1,18}$/,
  },
  POPULARITY: { expression: 'a.live_installs', cursor: 's.k::text', param: (p) => `${p}::int`, pattern: /^\d{1,9}$/ },
};

export interface StorefrontFacetCounts {
  total: number;
  types: { value: string; count: number }[];
  free: number;
  paid: number;
  categories: { value: string; count: number }[];
}

/**
 * The storefront's filters as SQL: the `q` CTE (the search's forms) and the WHERE over `apps a`;
 * `params` starts with the account id (VISIBLE_TO_ACCOUNT's $1). Validates the text inputs.
 */
function filterOf(query: Omit<StorefrontQuery, PagingOf>): { with: string; where: string; params: unknown[]; search: string | null } {
  // Length and control characters (which PostgreSQL's text cannot hold) are refused by the input bounds (input-bounds.ts).
  const search = query.search?.trim() || null;
  if (search && search.length > 200) throw new BadInputError('search is at most 200 characters', { field: 'search' });
  const alt = search ? transliterate(search) : '';
  const words = searchWords(search ?? '');
  const tsQuery = orQuery([...new Set([...words, ...searchWords(alt)])]) ?? '';
  const params: unknown[] = [query.accountId, search?.toLowerCase() ?? '', alt, tsQuery, words, words.map(transliterate)];
  const where = [VISIBLE_TO_ACCOUNT];
  if (search) where.push(`(a.search_vector @@ q.ts OR ${TEXT_SIMILARITY} >= ${TYPO_THRESHOLD})`);
  if (query.block) where.push(`a.type::text = ANY($${params.push(TYPES_OF_BLOCK[query.block])})`);
  if (query.freeOnly) where.push(`a.price_kopecks IS NULL`); // BX-1: the "free solutions" filter
  if (query.category) where.push(`($${params.push(query.category)} = a.category OR $${params.length} = ANY(a.categories))`);
  return {
    with: `WITH q AS (SELECT to_tsquery('russian', $4) || to_tsquery('english', $4) AS ts, $2::text AS raw, $3::text AS alt,
                         $5::text[] AS words, $6::text[] AS alts)`,
    where: where.join(' AND '),
    params,
    search,
  };
}

/** The storefront (DL-5 is checked by the resolver): one statement per page, whatever its size. */
export class StorefrontService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cache: CatalogCache = NO_CACHE(),
    private readonly overlays?: AccountOverlays,
  ) {}

  /**
   * A page of the storefront. With the cache on, an account that sees no HIDDEN app (most) gets
   * the public page, kept under the query's own terms (docs/CACHING.md); pages sorted by
   * popularity live at most CATALOG_CACHE_POPULARITY_TTL_SECONDS.
   */
  async page(query: StorefrontQuery): Promise<StorefrontPage> {
    const window = pageWindow(query, 3); // refuses mixed directions, sizes out of range and forged cursors before any lookup
    if (!this.cache.enabled || !this.overlays || !(await this.overlays.seesOnlyPublic(query.accountId))) return this.pageFromDb(query, window);
    const search = query.search?.trim() || null;
    const sort = query.sort ?? (search ? StorefrontSort.RELEVANCE : StorefrontSort.NEWEST);
    const byPopularity = sort === StorefrontSort.POPULARITY || (sort === StorefrontSort.RELEVANCE && !search);
    // The direction is part of the key: `last: 20` and `first: 20` (or a cursor as `before` and as `after`) are different pages.
    const key = JSON.stringify([search, query.block ?? null, query.category ?? null, query.freeOnly ?? false, sort,
      window.backward ? 'last' : 'first', window.size, window.cursor ?? null]);
    const page = await this.cache.storefrontPages.get(key, () => this.pageFromDb({ ...query, accountId: NO_ACCOUNT }, window), {
      ttlMs: byPopularity ? this.cache.settings.popularityTtlMs : undefined,
    });
    return page!;
  }

  /**
   * One statement per page. Forward pages read the order `(k, id) DESC` after the cursor; backward
   * pages read it ascending before the cursor and are turned round, so that walking back from the
   * end with last/before meets exactly the items (ties included: id breaks them) of the forward walk.
   */
  private async pageFromDb(query: StorefrontQuery, window: PageWindow): Promise<StorefrontPage> {
    const filter = filterOf(query);
    const sort = query.sort ?? (filter.search ? StorefrontSort.RELEVANCE : StorefrontSort.NEWEST);
    const effective = sort === StorefrontSort.RELEVANCE && !filter.search ? StorefrontSort.POPULARITY : sort;
    const key = SORT_KEYS[effective];
    const field = window.backward ? 'before' : 'after';
    const cursor = window.cursor as [string, string, string] | undefined;
    // A cursor carries its sort: one issued for another order cannot be continued here.
    if (cursor && cursor[0] !== effective) throw new BadInputError(`${field} is a cursor of another sort order`, { field });
    // A forged key would fail its cast in SQL (a 500): refused as input instead.
    if (cursor && (typeof cursor[1] !== 'string' || !key.pattern.test(cursor[1]) || !UUID.test(String(cursor[2])))) {
      throw new BadInputError(`${field} is not a cursor this list issued`, { field });
    }
    const params = filter.params;
    const keyset = cursor
      ? `WHERE (s.k, s.id) ${window.backward ? '>' : '<'} (${key.param(`$${params.push(cursor[1])}`)}, $${params.push(cursor[2])}::uuid)`
      : '';
    const direction = window.backward ? 'ASC' : 'DESC';
    const rows: { id: string; k: string }[] = await this.dataSource.query(
      `${filter.with}
       SELECT s.id, ${key.cursor} AS k FROM (
         SELECT a.id, ${key.expression} AS k FROM apps a, q WHERE ${filter.where}
       ) s ${keyset}
       ORDER BY s.k ${direction}, s.id ${direction} LIMIT ${window.size + 1}`,
      params,
    );
    const more = rows.length > window.size;
    const page = rows.slice(0, window.size);
    if (window.backward) page.reverse();
    return {
      ids: page.map((r) => ({ id: r.id, cursor: encodeCursor([effective, r.k, r.id]) })),
      hasNextPage: window.backward ? cursor !== undefined : more,
      hasPreviousPage: window.backward ? more : cursor !== undefined,
    };
  }

  /**
   * How many apps the query finds (its filters, not its page): one statement, only when a client
   * asks for totalCount. Not cached; with a search it costs what one page of that search costs.
   */
  async count(query: Omit<StorefrontQuery, PagingOf>): Promise<number> {
    const filter = filterOf(query);
    const [row]: { n: string }[] = await this.dataSource.query(`${filter.with} SELECT count(*) AS n FROM apps a, q WHERE ${filter.where}`, filter.params);
    return Number(row?.n ?? 0);
  }

  /**
   * Facets of the current search: how many of the apps it finds (every filter applied) are of each
   * type, free or paid, and in each category — one statement, whatever the number of apps.
   */
  async facets(query: Omit<StorefrontQuery, PagingOf>): Promise<StorefrontFacetCounts> {
    const filter = filterOf(query);
    const rows: { facet: 'total' | 'type' | 'price' | 'category'; value: string; count: string }[] = await this.dataSource.query(
      `${filter.with}, s AS (SELECT a.id, a.type, a.price_kopecks, a.category, a.categories FROM apps a, q WHERE ${filter.where})
       SELECT 'total' AS facet, '' AS value, count(*) AS count FROM s
       UNION ALL SELECT 'type', s.type::text, count(*) FROM s GROUP BY s.type
       UNION ALL SELECT 'price', CASE WHEN s.price_kopecks IS NULL THEN 'FREE' ELSE 'PAID' END, count(*) FROM s GROUP BY 2
       UNION ALL SELECT 'category', c, count(DISTINCT s.id) FROM s, unnest(array_append(s.categories, s.category)) AS c GROUP BY c`,
      filter.params,
    );
    const counts: StorefrontFacetCounts = { total: 0, types: [], free: 0, paid: 0, categories: [] };
    for (const r of rows) {
      const count = Number(r.count);
      if (r.facet === 'total') counts.total = count;
      else if (r.facet === 'type') counts.types.push({ value: r.value, count });
      else if (r.facet === 'price') counts[r.value === 'FREE' ? 'free' : 'paid'] = count;
      else counts.categories.push({ value: r.value, count });
    }
    const byCount = (a: { value: string; count: number }, b: { value: string; count: number }) => b.count - a.count || a.value.localeCompare(b.value);
    counts.types.sort(byCount);
    counts.categories.sort(byCount);
    return counts;
  }

  /** DL-3, DL-4: the app behind a card address when the account may see it, else null. */
  async visibleByUid(accountId: string, appAlias: string, vendorAlias: string): Promise<string | null> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT a.id FROM apps a JOIN vendors v ON v.id = a.vendor_id
        WHERE a.alias = $2 AND v.alias = $3 AND ${VISIBLE_TO_ACCOUNT}`,
      [accountId, appAlias, vendorAlias],
    );
    return rows[0]?.id ?? null;
  }
}
