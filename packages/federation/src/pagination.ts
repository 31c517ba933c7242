import 'reflect-metadata';
import { BadInputError } from '@appmarket/core';
import { ArgsType, Directive, Field, Int, ObjectType, type ClassType } from 'type-graphql';

/** Relay cursor pagination: opaque cursors over a keyset, never offsets. */
// Every subgraph with a list defines the same PageInfo, so it is shareable.
@ObjectType({ description: 'Where a page of a connection stands in its list (Relay): whether more items follow or precede it, and the cursors to reach them.' })
@Directive('@shareable')
export class PageInfo {
  @Field({ description: 'True when items follow this page: ask again with `after: endCursor`.' }) hasNextPage: boolean;
  @Field({ description: 'True when items precede this page (it was asked for after a cursor).' }) hasPreviousPage: boolean;
  @Field(() => String, { nullable: true, description: 'The cursor of the first edge of this page; null when the page is empty.' }) startCursor: string | null;
  @Field(() => String, { nullable: true, description: 'The cursor of the last edge of this page, to pass as `after` for the next one; null when the page is empty.' }) endCursor: string | null;
}

@ArgsType()
export class ForwardPageArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 1 to 100 (default 20).' })
  first?: number;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge of the previous page.' })
  after?: string;
}

export const MAX_PAGE_SIZE = 100;

export function pageSize(first: number | undefined, fallback = 20): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw new BadInputError(`first must be between 1 and ${MAX_PAGE_SIZE}, but got: ${size}`, { field: 'first' });
  }
  return size;
}

export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string | undefined, arity: number): unknown[] | undefined {
  if (cursor === undefined || cursor === null) return undefined;
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === arity) return key;
  } catch {
    // fall through to the error below
  }
  throw new BadInputError('after is not a cursor this list issued', { field: 'after' });
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount?: number;
}

/**
 * Builds a connection from `size + 1` fetched rows: the extra row only says that a next page
 * exists.
 */
export function toConnection<T>(rows: T[], size: number, keyOf: (row: T) => unknown[], hasPrevious: boolean): Connection<T> {
  const page = rows.slice(0, size);
  const edges = page.map((node) => ({ node, cursor: encodeCursor(keyOf(node)) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage: hasPrevious,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/** Declares `<Name>Connection` and `<Name>Edge` GraphQL types for a node type. */
export function ConnectionType<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} of a page, with its cursor.` })
  class Edge {
    @Field({ description: 'Opaque; pass it as `after` (or `before`) to continue from this item.' }) cursor: string;
    @Field(() => node, { description: `The ${name}.` }) node: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items (Relay).` })
  class ConnectionClass {
    @Field(() => [Edge], { description: 'The items of this page, in the list\'s order.' }) edges: Edge[];
    @Field(() => PageInfo, { description: 'Whether there are more pages, and the cursors to reach them.' }) pageInfo: PageInfo;
  }
  return ConnectionClass;
}

/** `<Name>Connection` with `totalCount`, for lists whose count is one cheap grouped statement. */
export function CountedConnectionType<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} of a page, with its cursor.` })
  class Edge {
    @Field({ description: 'Opaque; pass it as `after` (or `before`) to continue from this item.' }) cursor: string;
    @Field(() => node, { description: `The ${name}.` }) node: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items (Relay); totalCount counts every item of the list.` })
  class CountedConnection {
    @Field(() => [Edge], { description: 'The items of this page, in the list\'s order.' }) edges: Edge[];
    @Field(() => PageInfo, { description: 'Whether there are more pages, and the cursors to reach them.' }) pageInfo: PageInfo;
    @Field(() => Int, { description: 'How many items the whole list has (every page).' }) totalCount: number;
  }
  return CountedConnection;
}
