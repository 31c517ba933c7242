import { ReadThroughCache } from '../read-through-cache';

/** A promise the test resolves when it wants: a load "in flight". */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => { resolve = res; reject = rej; });
  return { promise, resolve, reject };
}

const row = (id: string, version = 1) => ({ id, version });
type Row = ReturnType<typeof row>;

function liveCache() {
  const cache = new ReadThroughCache<Row>({ name: 'test', maxEntries: 100, ttlMs: 60_000 });
  cache.setLive(true);
  return cache;
}

describe('ReadThroughCache', () => {
  it('single flight: concurrent misses of one key share one load, later reads hit memory', async () => {
    const cache = liveCache();
    const gate = deferred<Row>();
    const load = jest.fn(() => gate.promise);
    const readers = Array.from({ length: 10 }, () => cache.get('a', load));
    gate.resolve(row('a'));
    expect(await Promise.all(readers)).toEqual(Array(10).fill(row('a')));
    expect(load).toHaveBeenCalledTimes(1);
    expect(await cache.get('a', load)).toEqual(row('a'));
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('keys missed together load in one batch; a key already loading is joined, not loaded again', async () => {
    const cache = liveCache();
    const gate = deferred<void>();
    const loadMissing = jest.fn(async (keys: string[]) => {
      await gate.promise;
      return new Map(keys.map((k) => [k, row(k)]));
    });
    const first = cache.getMany(['a', 'b'], loadMissing);
    const second = cache.getMany(['b', 'c'], loadMissing);
    gate.resolve();
    expect([...(await first).keys()]).toEqual(['a', 'b']);
    expect([...(await second).keys()].sort()).toEqual(['b', 'c']);
    expect(loadMissing.mock.calls).toEqual([[['a', 'b']], [['c']]]);
  });

  it('a load that started before an invalidation answers its reader but is not kept (no stale re-fill)', async () => {
    const cache = liveCache();
    const old = deferred<Row>();
    const stale = cache.get('a', () => old.promise);
    cache.delete(['a']); // a write committed while the read was in flight
    // A reader after the invalidation does not join the old load: it loads the new row.
    const fresh = await cache.get('a', async () => row('a', 2));
    old.resolve(row('a', 1));
    expect(await stale).toEqual(row('a', 1));
    expect(fresh).toEqual(row('a', 2));
    expect(await cache.get('a', async () => row('a', 3))).toEqual(row('a', 2));
  });

  it('keeps only what `keep` allows, and nothing that is missing', async () => {
    const cache = liveCache();
    const load = jest.fn(async (keys: string[]) => new Map(keys.filter((k) => k !== 'gone').map((k) => [k, row(k, k === 'draft' ? 0 : 1)])));
    const keep = (r: Row) => r.version > 0;
    await cache.getMany(['pub', 'draft', 'gone'], load, { keep });
    await cache.getMany(['pub', 'draft', 'gone'], load, { keep });
    expect(load.mock.calls).toEqual([[['pub', 'draft', 'gone']], [['draft', 'gone']]]);
  });

  it('a failed load rejects for every reader sharing it and is not kept', async () => {
    const cache = liveCache();
    const gate = deferred<Row>();
    const readers = [cache.get('a', () => gate.promise), cache.get('a', () => gate.promise)];
    gate.reject(new Error('database down'));
    await expect(Promise.all(readers)).rejects.toThrow('database down');
    expect(await cache.get('a', async () => row('a', 2))).toEqual(row('a', 2));
  });

  it('stores nothing while not live (the invalidation channel is not listening), and starts empty when live again', async () => {
    const cache = new ReadThroughCache<Row>({ name: 'test', maxEntries: 100, ttlMs: 60_000 });
    const load = jest.fn(async () => row('a'));
    await cache.get('a', load);
    await cache.get('a', load);
    expect(load).toHaveBeenCalledTimes(2);
    cache.setLive(true);
    await cache.get('a', load);
    await cache.get('a', load);
    expect(load).toHaveBeenCalledTimes(3);
    cache.setLive(false);
    await cache.get('a', load);
    expect(load).toHaveBeenCalledTimes(4);
  });

  it('is bounded: the least recently used entry goes first', async () => {
    const cache = new ReadThroughCache<Row>({ name: 'test', maxEntries: 2, ttlMs: 60_000 });
    cache.setLive(true);
    const load = jest.fn(async (keys: string[]) => new Map(keys.map((k) => [k, row(k)])));
    await cache.getMany(['a', 'b', 'c'], load);
    expect(cache.size).toBe(2);
    await cache.getMany(['a'], load);
    expect(load.mock.calls.at(-1)).toEqual([['a']]);
  });
});
