import DataLoader from 'dataloader';

/**
 * A per-request loader of rows by key. `fetch` issues one `WHERE key = ANY($1)` for the whole
 * batch; the result is put back in key order, `null` for a key with no row (DataLoader's rule:
 * one value per key, in order).
 */
export function loaderByKey<K, V>(fetch: (keys: readonly K[]) => Promise<V[]>, keyOf: (row: V) => K): DataLoader<K, V | null> {
  return new DataLoader<K, V | null>(async (keys) => {
    const rows = await fetch(keys);
    const byKey = new Map<K, V>();
    for (const row of rows) byKey.set(keyOf(row), row);
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/** A per-request loader of the rows that belong to each key (one-to-many), in key order. */
export function loaderOfMany<K, V>(fetch: (keys: readonly K[]) => Promise<V[]>, keyOf: (row: V) => K): DataLoader<K, V[]> {
  return new DataLoader<K, V[]>(async (keys) => {
    const rows = await fetch(keys);
    const byKey = new Map<K, V[]>();
    for (const row of rows) {
      const key = keyOf(row);
      const list = byKey.get(key);
      if (list) list.push(row);
      else byKey.set(key, [row]);
    }
    return keys.map((key) => byKey.get(key) ?? []);
  });
}

/**
 * A per-request loader whose keys are objects (an app with the fields another subgraph gave for
 * it): `batch` answers one value per key, in key order; `cacheKey` says which keys are the same.
 */
export function loaderOfObjects<K, V>(batch: (keys: readonly K[]) => Promise<V[]>, cacheKey: (key: K) => string): DataLoader<K, V, string> {
  return new DataLoader<K, V, string>(batch, { cacheKeyFn: cacheKey });
}
