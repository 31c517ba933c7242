import 'reflect-metadata';
import { BadInputError } from '@appmarket/core';
import DataLoader from 'dataloader';
import { ArgsType, Field, Int } from 'type-graphql';
import { decodeCursor, encodeCursor, MAX_PAGE_SIZE, type Connection, type PageInfo } from './pagination';

/** Relay arguments both ways: `first`/`after` pages forward, `last`/`before` backward (one direction per request). */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Forward page size, 1 to ${MAX_PAGE_SIZE} (default 20).` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Forward: the cursor of the last edge of the previous page.' })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: `Backward page size, 1 to ${MAX_PAGE_SIZE}; with before, the page just before it.` })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'Backward: the cursor of the first edge of the next page.' })
  before?: string | null;
}

export interface PageWindow {
  size: number;
  backward: boolean;
  cursor?: unknown[];
}

/** Reads Relay arguments into one window; mixing directions or an out-of-range size is refused (400). */
export function pageWindow(args: PageArgs, arity: number, fallback = 20): PageWindow {
  const backward = args.last != null || args.before != null;
  if (backward && (args.first != null || args.after != null)) {
    throw new BadInputError('page forward (first, after) or backward (last, before), not both', { field: args.first != null ? 'first' : 'after' });
  }
  const field = backward ? 'last' : 'first';
  const size = (backward ? args.last : args.first) ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw new BadInputError(`${field} must be between 1 and ${MAX_PAGE_SIZE}, but got: ${size}`, { field });
  }
  const given = backward ? args.before : args.after;
  const cursor = given == null ? undefined : decodeCursorAs(given, arity, backward ? 'before' : 'after');
  return { size, backward, cursor };
}

function decodeCursorAs(cursor: string, arity: number, field: string): unknown[] {
  try {
    return decodeCursor(cursor, arity)!;
  } catch {
    throw new BadInputError(`${field} is not a cursor this list issued`, { field });
  }
}

/** One key of an order: its SQL expression over alias `t`, the cast a cursor value needs, and its direction. */
export interface OrderKey {
  sql: string;
  cast: string;
  descending: boolean;
  /** What a cursor's value must look like (else the cast would fail in SQL: a 500 for a forged cursor); by cast when left out. */
  pattern?: RegExp;
}

/** Cursor values by cast: a forged cursor is refused as input (400) before it reaches a cast. */
const VALUE_PATTERNS: Record<string, RegExp> = {
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  timestamptz: /^-?\d{1,18}$/, // epoch microseconds (keyText)
  bigint: /^-?\d{1,18}$/,
  integer: /^-?\d{1,9}$/,
  varchar: /^[^\u0000]{0,1000}$/,
  text: /^[^\u0000]{0,1000}$/,
};

/**
 * The cursor's values checked against their casts, and normalised: a timestamp written as ISO text
 * (the cursors of the forward-only lists before issue 19) becomes epoch microseconds.
 */
function checkedCursor(order: readonly OrderKey[], cursor: unknown[], field: string): string[] {
  return order.map((key, i) => {
    let value = cursor[i];
    if (key.cast === 'timestamptz' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(value) && !Number.isNaN(Date.parse(value))) {
      value = String(Date.parse(value) * 1000);
    }
    const pattern = key.pattern ?? VALUE_PATTERNS[key.cast];
    if (typeof value !== 'string' || !pattern?.test(value)) throw new BadInputError(`${field} is not a cursor this list issued`, { field });
    return value;
  });
}

export interface KeysetListSpec {
  /** `FROM` target, aliased `t` (a table, or a subquery in parentheses). */
  from: string;
  /** The column that names each row's parent (`t.account_id`), or null for a root list. */
  parent: string | null;
  /** More conditions over `t`, with `$n` placeholders numbered after the ones the builder uses. */
  where?: (param: (value: unknown) => string) => string[];
  /** The order, the last key unique (the id). All keys one direction. */
  order: OrderKey[];
}

export interface KeysetPage {
  ids: { id: string; cursor: string }[];
  pageInfo: PageInfo;
}

type Queryable = { query(sql: string, params?: unknown[]): Promise<unknown[]> };

/**
 * One page of each parent's list in one statement (a LATERAL subquery per parent), whatever the
 * number of parents or the page size: the no-N+1 rule for lists under a list. Rows are identified
 * by `t.id`; the caller loads them through its loader (one more statement).
 */
export async function keysetPages(db: Queryable, spec: KeysetListSpec, parentIds: readonly string[], window: PageWindow): Promise<Map<string, KeysetPage>> {
  const params: unknown[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;
  const parents = spec.parent ? `unnest(${param([...parentIds])}::uuid[])` : `unnest(ARRAY['root'])`;
  const descending = spec.order[0]!.descending !== window.backward; // backward pages read the order reversed
  const where = [...(spec.parent ? [`${spec.parent} = p.id`] : []), ...(spec.where?.(param) ?? [])];
  if (window.cursor) {
    const cursor = checkedCursor(spec.order, window.cursor, window.backward ? 'before' : 'after');
    const keys = spec.order.map((k) => k.sql).join(', ');
    const values = spec.order.map((k, i) => castBack(param(cursor[i]), k.cast)).join(', ');
    where.push(`(${keys}) ${descending ? '<' : '>'} (${values})`);
  }
  const orderBy = spec.order.map((k) => `${k.sql} ${descending ? 'DESC' : 'ASC'}`).join(', ');
  const keyColumns = spec.order.map((k, i) => `${keyText(k)} AS k${i}`).join(', ');
  const rows = (await db.query(
    `SELECT p.id::text AS parent_id, r.* FROM ${parents} AS p(id)
     CROSS JOIN LATERAL (SELECT t.id::text AS row_id, ${keyColumns} FROM ${spec.from} t
                         ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY ${orderBy} LIMIT ${window.size + 1}) r`,
    params,
  )) as Record<string, unknown>[];
  const pages = new Map<string, KeysetPage>();
  for (const parentId of spec.parent ? parentIds : ['root']) {
    const mine = rows.filter((r) => r.parent_id === parentId);
    const more = mine.length > window.size;
    const page = mine.slice(0, window.size);
    if (window.backward) page.reverse();
    const ids = page.map((r) => ({ id: String(r.row_id), cursor: encodeCursor(spec.order.map((_, i) => r[`k${i}`])) }));
    pages.set(parentId, {
      ids,
      pageInfo: {
        hasNextPage: window.backward ? window.cursor !== undefined : more,
        hasPreviousPage: window.backward ? more : window.cursor !== undefined,
        startCursor: ids[0]?.cursor ?? null,
        endCursor: ids[ids.length - 1]?.cursor ?? null,
      },
    });
  }
  return pages;
}

/** A key as the cursor's text: timestamps as exact epoch microseconds (a JavaScript Date keeps only milliseconds). */
function keyText(key: OrderKey): string {
  return key.cast === 'timestamptz' ? `(extract(epoch FROM ${key.sql}) * 1000000)::bigint::text` : `${key.sql}::text`;
}

function castBack(placeholder: string, cast: string): string {
  return cast === 'timestamptz' ? `('epoch'::timestamptz + ${placeholder}::bigint * interval '1 microsecond')` : `${placeholder}::${cast}`;
}

/** Rows per parent in one grouped statement (a connection's totalCount). */
export async function countsByParent(db: Queryable, spec: Pick<KeysetListSpec, 'from' | 'parent' | 'where'>, parentIds: readonly string[]): Promise<Map<string, number>> {
  const params: unknown[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;
  const where = spec.where?.(param) ?? [];
  if (!spec.parent) {
    const [row] = (await db.query(`SELECT count(*) AS n FROM ${spec.from} t ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`, params)) as { n: string }[];
    return new Map([['root', Number(row?.n ?? 0)]]);
  }
  const rows = (await db.query(
    `SELECT ${spec.parent}::text AS parent_id, count(*) AS n FROM ${spec.from} t
      WHERE ${[`${spec.parent} = ANY(${param([...parentIds])}::uuid[])`, ...where].join(' AND ')} GROUP BY 1`,
    params,
  )) as { parent_id: string; n: string }[];
  return new Map(parentIds.map((id) => [id, Number(rows.find((r) => r.parent_id === id)?.n ?? 0)]));
}

/**
 * Per-request loaders of pages and counts: every parent asking for the same list with the same
 * window is answered by one statement (and its totalCount by one more, only when asked).
 * `listKey` names the list and whatever its `where` depends on.
 */
export function createPageLoaders(db: Queryable) {
  const pages = new Map<string, DataLoader<string, KeysetPage>>();
  const counts = new Map<string, DataLoader<string, number>>();
  return {
    page(listKey: string, spec: KeysetListSpec, window: PageWindow): DataLoader<string, KeysetPage> {
      const key = JSON.stringify([listKey, window]);
      let loader = pages.get(key);
      if (!loader) {
        loader = new DataLoader<string, KeysetPage>(async (ids) => {
          const found = await keysetPages(db, spec, ids, window);
          return ids.map((id) => found.get(spec.parent ? id : 'root')!);
        });
        pages.set(key, loader);
      }
      return loader;
    },
    count(listKey: string, spec: Pick<KeysetListSpec, 'from' | 'parent' | 'where'>): DataLoader<string, number> {
      let loader = counts.get(listKey);
      if (!loader) {
        loader = new DataLoader<string, number>(async (ids) => {
          const found = await countsByParent(db, spec, ids);
          return ids.map((id) => found.get(spec.parent ? id : 'root') ?? 0);
        });
        counts.set(listKey, loader);
      }
      return loader;
    },
  };
}
export type PageLoaders = ReturnType<typeof createPageLoaders>;

/** A connection of the page's rows, loaded by id (rows gone since are left out); totalCount is counted only when asked. */
export async function pageConnection<T>(
  page: KeysetPage,
  load: (ids: string[]) => Promise<readonly (T | Error | null)[]>,
  count?: () => Promise<number>,
): Promise<Connection<T> & { totalCount?: Promise<number> }> {
  const nodes = await load(page.ids.map((r) => r.id));
  const edges = page.ids
    .map((r, i) => ({ cursor: r.cursor, node: nodes[i] }))
    .filter((e): e is { cursor: string; node: T } => e.node !== null && e.node !== undefined && !(e.node instanceof Error));
  return {
    edges,
    pageInfo: page.pageInfo,
    get totalCount() {
      return count?.();
    },
  } as Connection<T> & { totalCount?: Promise<number> };
}
