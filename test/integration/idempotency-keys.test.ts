import { DomainError, HOUR, ManualClock } from '@appmarket/core';
import {
  createIdempotencyKeysTable, createSubgraphDataSource, dropIdempotencyKeysTable, IdempotencyKeys, migrateSubgraph, type ScratchDatabase,
} from '@appmarket/db';
import { createTestDatabase } from '@appmarket/db/src/testing';
import type { DataSource, EntityManager, MigrationInterface, QueryRunner } from 'typeorm';

class KeysTable1764300000000 implements MigrationInterface {
  name = 'KeysTable1764300000000';
  async up(q: QueryRunner) {
    await createIdempotencyKeysTable(q);
    await q.query('CREATE TABLE things (id serial PRIMARY KEY, label text NOT NULL)');
  }
  down(q: QueryRunner) {
    return dropIdempotencyKeysTable(q);
  }
}

/** Resolves once some session of the database waits for a lock (the repeat behind the first's key). */
async function waitUntilBlocked(dataSource: DataSource): Promise<void> {
  for (let i = 0; i < 500; i++) {
    const [{ n }] = await dataSource.query(`SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`);
    if (Number(n) > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('no session ever waited for the key');
}

/** A gate a test opens when it likes: the first run waits on it while holding its key. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

/**
 * The shared helper (packages/db/src/idempotency) on a real Postgres: what settles concurrent
 * repeats is the key's primary key and its row lock, not memory in one process.
 */
describe('IdempotencyKeys on PostgreSQL', () => {
  let database: ScratchDatabase;
  let dataSource: DataSource;
  const clock = new ManualClock('2026-05-01T00:00:00Z');
  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = createSubgraphDataSource({ url: database.url, schema: 'keys_test', entities: [], migrations: [KeysTable1764300000000], poolSize: 8 });
    await migrateSubgraph(dataSource, 'keys_test');
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  const keys = (waitMs = 10_000) => new IdempotencyKeys(dataSource, clock, { retentionMs: 24 * HOUR, waitMs });
  const insertThing = async (m: EntityManager, label: string) =>
    ((await m.query('INSERT INTO things (label) VALUES ($1) RETURNING id', [label])) as { id: number }[])[0]!.id;
  const things = async (label: string) => Number((await dataSource.query('SELECT count(*) AS n FROM things WHERE label = $1', [label]))[0].n);
  /** The write; `claimed` is opened once it runs (its key's row is inserted), then it waits for `before`. */
  const work = (label: string, before?: Promise<void>, claimed?: () => void) => ({
    run: async (m: EntityManager) => {
      const id = await insertThing(m, label);
      claimed?.();
      await before;
      return id;
    },
    keep: (id: number) => ({ id }),
    replay: async (kept: unknown) => (kept as { id: number }).id,
  });

  it('a repeat that waits longer than waitMs is refused with IDEMPOTENCY_KEY_IN_PROGRESS; once the first commits, repeats replay it', async () => {
    const [held, claimed] = [gate(), gate()];
    const request = { scope: 'account:a', key: 'slow', operation: 'make', input: { label: 'slow' } };
    const first = keys().transaction(request, work('slow', held.opened, claimed.open));
    await claimed.opened;
    await expect(keys(100).transaction(request, work('slow'))).rejects.toMatchObject({ code: 'IDEMPOTENCY_KEY_IN_PROGRESS' });
    held.open();
    const id = await first;
    expect(await keys(100).transaction(request, work('slow'))).toBe(id);
    expect(await things('slow')).toBe(1);
  });

  it('a repeat waiting on a first run that rolls back runs the write itself: only successes are remembered', async () => {
    const [held, claimed] = [gate(), gate()];
    const request = { scope: 'account:b', key: 'flaky', operation: 'make', input: { label: 'flaky' } };
    const failing = keys().transaction(request, {
      ...work('flaky'),
      run: async (m: EntityManager) => {
        await insertThing(m, 'flaky');
        claimed.open();
        await held.opened;
        throw new DomainError('CONFLICT', 'refused after writing');
      },
    });
    await claimed.opened;
    const waiting = keys().transaction(request, work('flaky'));
    // The repeat is queued behind the first's uncommitted key row before the first gives up.
    await waitUntilBlocked(dataSource);
    held.open();
    await expect(failing).rejects.toMatchObject({ code: 'CONFLICT' });
    const id = await waiting;
    expect(typeof id).toBe('number');
    expect(await things('flaky')).toBe(1);
  });

  it('ten concurrent repeats across separate connections run the write once and answer one result', async () => {
    const request = { scope: 'account:c', key: 'burst', operation: 'make', input: { label: 'burst' } };
    const ids = await Promise.all(Array.from({ length: 10 }, () => keys().transaction(request, work('burst'))));
    expect(new Set(ids).size).toBe(1);
    expect(await things('burst')).toBe(1);
  });

  it('keeps the caller\'s own lock_timeout for the write after the key is claimed', async () => {
    const request = { scope: 'account:d', key: 'timeout', operation: 'make', input: {} };
    const seen = await keys(123).transaction(request, {
      run: async (m) => ((await m.query(`SELECT current_setting('lock_timeout') AS t`)) as { t: string }[])[0]!.t,
      keep: () => null,
      replay: async () => 'replayed',
    });
    expect(seen).toBe('0');
  });

  it('expire() deletes the keys older than the retention period and nothing newer (the hourly sweep)', async () => {
    const request = (key: string) => ({ scope: 'account:e', key, operation: 'make', input: {} });
    clock.set('2026-05-02T00:00:00Z');
    await keys().transaction(request('old'), work('sweep'));
    clock.advance(23 * HOUR);
    await keys().transaction(request('young'), work('sweep'));
    clock.advance(HOUR);
    expect(await keys().expire()).toBeGreaterThanOrEqual(1); // the earlier tests' keys are older still
    const left = await dataSource.query(`SELECT key FROM idempotency_keys WHERE scope = 'account:e'`);
    expect(left).toEqual([{ key: 'young' }]);
  });
});
