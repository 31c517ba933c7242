import { loaderByKey, loaderOfMany } from '../loaders';

describe('per-request loaders', () => {
  it('batch every key of a tick into one fetch and answer in key order, null for a missing key', async () => {
    const batches: (readonly string[])[] = [];
    const loader = loaderByKey(async (keys: readonly string[]) => {
      batches.push(keys);
      return [{ id: 'b', v: 2 }, { id: 'a', v: 1 }];
    }, (row) => row.id);
    const results = await Promise.all(['a', 'b', 'zzz'].map((k) => loader.load(k)));
    expect(results).toEqual([{ id: 'a', v: 1 }, { id: 'b', v: 2 }, null]);
    expect(batches).toEqual([['a', 'b', 'zzz']]);
  });

  it('group one-to-many rows by key, an empty list for a key with none', async () => {
    const loader = loaderOfMany(async () => [{ k: 'x', n: 1 }, { k: 'x', n: 2 }, { k: 'y', n: 3 }], (r) => r.k);
    expect(await Promise.all(['x', 'y', 'z'].map((k) => loader.load(k)))).toEqual([
      [{ k: 'x', n: 1 }, { k: 'x', n: 2 }], [{ k: 'y', n: 3 }], [],
    ]);
  });
});
