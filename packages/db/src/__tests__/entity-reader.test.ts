import 'reflect-metadata';
import { AfterLoad, Column, DataSource, Entity, PrimaryColumn } from 'typeorm';
import { createTestDatabase } from '../testing';
import type { ScratchDatabase } from '../database-url';
import { countSqlStatements, CountingTypeOrmLogger } from '../sql-statement-counter';
import { EntityReader } from '../entity-reader';

/**
 * Issue 17, item 3: EntityReader reads flat entities without the query builder, and must give
 * exactly what `getMany()` gives — the same class, every column type hydrated the same way, the
 * same order, `select: false` columns left out — and be counted like any other statement.
 */
enum Colour {
  RED = 'RED',
  GREEN = 'GREEN',
}

@Entity({ name: 'reader_things' })
class Thing {
  @PrimaryColumn('uuid') id: string;
  @Column({ name: 'owner_id', type: 'uuid' }) ownerId: string;
  @Column({ type: 'enum', enum: Colour, enumName: 'reader_colour' }) colour: Colour;
  @Column({ name: 'made_at', type: 'timestamptz' }) madeAt: Date;
  @Column({ name: 'gone_at', type: 'timestamptz', nullable: true }) goneAt: Date | null;
  @Column({ type: 'jsonb', nullable: true }) details: { entity: string; operations: string[] }[] | null;
  @Column({ name: 'user_ids', type: 'uuid', array: true, nullable: true }) userIds: string[] | null;
  @Column({ type: 'integer' }) kopecks: number;
  @Column({ type: 'bigint' }) big: string;
  @Column({ type: 'boolean', default: true }) free: boolean;
  @Column({ type: 'simple-array' }) tags: string[];
  @Column({ type: 'varchar', select: false }) secret: string;
  @Column({ type: 'integer', transformer: { to: (v: number) => v * 100, from: (v: number) => v / 100 } }) scaled: number;
}

@Entity({ name: 'reader_loaded' })
class Loaded {
  @PrimaryColumn('uuid') id: string;
  loaded = false;
  @AfterLoad() markLoaded() {
    this.loaded = true;
  }
}

const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

describe('EntityReader', () => {
  let db: ScratchDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    // A throwaway table for this test only (subgraphs' schemas change only through migrations).
    dataSource = new DataSource({ type: 'postgres', url: db.url, entities: [Thing, Loaded], synchronize: true, logging: true, logger: new CountingTypeOrmLogger() });
    await dataSource.initialize();
    const repo = dataSource.getRepository(Thing);
    for (let n = 1; n <= 6; n++) {
      await repo.insert({
        id: uuid(n), ownerId: uuid(100 + (n % 2)), colour: n % 2 ? Colour.RED : Colour.GREEN,
        madeAt: new Date(Date.UTC(2026, 0, n, 12, 30, 15, 123)), goneAt: n === 3 ? new Date(Date.UTC(2026, 5, 1)) : null,
        details: n === 2 ? [{ entity: 'calls', operations: ['VIEW'] }] : null, userIds: n === 4 ? [uuid(7), uuid(8)] : null,
        kopecks: n * 1000, big: String(2n ** 53n + BigInt(n)), free: n !== 5, tags: ['a', `t${n}`], secret: `s${n}`, scaled: n,
      });
    }
  });

  afterAll(async () => {
    await dataSource.destroy();
    await db.drop();
  });

  it('hydrates what getMany hydrates: same class, values, types and order; select: false left out', async () => {
    const reader = new EntityReader(dataSource, Thing);
    const read = await reader.where('t.owner_id = ANY($1) ORDER BY t.made_at DESC, t.id DESC', [[uuid(100), uuid(101)]]);
    const built = await dataSource.getRepository(Thing).createQueryBuilder('t')
      .where('t.owner_id = ANY(:ids)', { ids: [uuid(100), uuid(101)] }).orderBy('t.made_at', 'DESC').addOrderBy('t.id', 'DESC').getMany();
    expect(read).toHaveLength(6);
    expect(read).toStrictEqual(built);
    expect(read.every((thing) => thing instanceof Thing)).toBe(true);
    expect(read.map((t) => t.id)).toEqual([6, 5, 4, 3, 2, 1].map(uuid));
    const third = read.find((t) => t.id === uuid(3))!;
    expect(third.goneAt).toEqual(new Date(Date.UTC(2026, 5, 1)));
    expect(third.madeAt.getUTCMilliseconds()).toBe(123);
    expect(read.find((t) => t.id === uuid(4))!.userIds).toEqual([uuid(7), uuid(8)]);
    expect(read.find((t) => t.id === uuid(2))!.details).toEqual([{ entity: 'calls', operations: ['VIEW'] }]);
    expect(third.scaled).toBe(3);
    expect(third.tags).toEqual(['a', 't3']);
    expect('secret' in third).toBe(false);
  });

  it('is one counted statement, with no rows for no match', async () => {
    const reader = new EntityReader(dataSource, Thing);
    const { result, count } = await countSqlStatements(() => reader.where('t.id = ANY($1)', [[uuid(99)]]));
    expect(result).toEqual([]);
    expect(count).toBe(1);
  });

  it('refuses an entity whose reads TypeORM must do itself (here: an @AfterLoad listener)', () => {
    expect(() => new EntityReader(dataSource, Loaded)).toThrow(/@AfterLoad/);
  });
});
