import { DomainError } from '@appmarket/core';
import { decodeCursor, encodeCursor, pageSize, toConnection } from '../pagination';

describe('cursor pagination', () => {
  it('round-trips a keyset cursor and refuses one it did not issue', () => {
    expect(decodeCursor(encodeCursor(['2026-01-01T00:00:00.000Z', 'id-1']), 2)).toEqual(['2026-01-01T00:00:00.000Z', 'id-1']);
    expect(() => decodeCursor('garbage', 2)).toThrow(DomainError);
    expect(() => decodeCursor(encodeCursor(['only-one']), 2)).toThrow('after is not a cursor');
  });

  it('takes page sizes from 1 to 100 only', () => {
    expect(pageSize(undefined)).toBe(20);
    expect(pageSize(100)).toBe(100);
    for (const bad of [0, 101, 2.5, -1]) expect(() => pageSize(bad)).toThrow(/first must be between 1 and 100/);
  });

  it('uses the extra fetched row only to say that a next page exists', () => {
    const rows = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    const page = toConnection(rows, 2, (r) => [r.id], false);
    expect(page.edges.map((e) => e.node.id)).toEqual(['a', 'b']);
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(decodeCursor(page.pageInfo.endCursor!, 1)).toEqual(['b']);
    expect(toConnection(rows.slice(0, 2), 2, (r) => [r.id], true).pageInfo.hasNextPage).toBe(false);
  });
});
