import { DomainError } from '@appmarket/core';
import { keysetPages, pageWindow, type KeysetListSpec } from '../keyset-pages';
import { encodeCursor } from '../pagination';

const SPEC: KeysetListSpec = {
  from: 'installs', parent: 't.account_id',
  order: [{ sql: 't.installed_at', cast: 'timestamptz', descending: true }, { sql: 't.id', cast: 'uuid', descending: true }],
};

describe('keyset pages', () => {
  it('reads Relay arguments one way at a time, sizes 1 to 100', () => {
    expect(pageWindow({}, 2)).toEqual({ size: 20, backward: false, cursor: undefined });
    expect(pageWindow({ last: 5 }, 2)).toMatchObject({ size: 5, backward: true });
    expect(() => pageWindow({ first: 2, last: 2 }, 2)).toThrow(DomainError);
    expect(() => pageWindow({ last: 101 }, 2)).toThrow(/last must be between 1 and 100/);
    expect(() => pageWindow({ before: 'garbage' }, 2)).toThrow(/before is not a cursor/);
  });

  it('refuses a forged cursor before any SQL (a cast error would be a 500), and pages the other way with reversed comparisons', async () => {
    const statements: { sql: string; params: unknown[] }[] = [];
    const db = { query: async (sql: string, params: unknown[] = []) => { statements.push({ sql, params }); return []; } };
    const forged = pageWindow({ after: encodeCursor(['2026-01-01', 'not-a-uuid']) }, 2);
    await expect(keysetPages(db, SPEC, ['a'], forged)).rejects.toThrow(/after is not a cursor/);
    expect(statements).toHaveLength(0);
    const backward = pageWindow({ last: 3, before: encodeCursor(['1780000000000000', '00000000-0000-4000-8000-000000000001']) }, 2);
    const pages = await keysetPages(db, SPEC, ['00000000-0000-4000-8000-00000000000a'], backward);
    expect(statements).toHaveLength(1);
    expect(statements[0]!.sql).toMatch(/\) > \(/);
    expect(statements[0]!.sql).toMatch(/ORDER BY t\.installed_at ASC, t\.id ASC LIMIT 4/);
    expect(pages.get('00000000-0000-4000-8000-00000000000a')!.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
  });
});
