/**
 * A map that forgets its least recently used entries beyond `maxEntries` entries or `maxWeight`
 * in all (each entry weighs what `set` says: e.g. the bytes it keeps alive). For the gateway's
 * per-document memos (limits, permissions), whose keys are client input: without both bounds, a
 * client sending distinct documents would grow the gateway's memory without end.
 */
export class BoundedLru<K, V> {
  private readonly entries = new Map<K, { value: V; weight: number }>();
  private weight = 0;

  constructor(private readonly bounds: { maxEntries: number; maxWeight: number }) {}

  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    // Map keeps insertion order: moved to the end, it is the most recently used.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  /** Remembers `value`; one heavier than the whole bound is not kept. */
  set(key: K, value: V, weight: number): void {
    this.delete(key);
    if (weight > this.bounds.maxWeight || this.bounds.maxEntries < 1) return;
    this.entries.set(key, { value, weight });
    this.weight += weight;
    for (const [oldest, entry] of this.entries) {
      if (this.entries.size <= this.bounds.maxEntries && this.weight <= this.bounds.maxWeight) break;
      this.entries.delete(oldest);
      this.weight -= entry.weight;
    }
  }

  delete(key: K): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.weight -= entry.weight;
  }

  get size(): number {
    return this.entries.size;
  }

  get totalWeight(): number {
    return this.weight;
  }
}
