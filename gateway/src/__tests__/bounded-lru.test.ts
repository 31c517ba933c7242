import { BoundedLru } from '../bounded-lru';

describe('BoundedLru', () => {
  it('forgets the least recently used entry beyond maxEntries; a read makes an entry the most recently used', () => {
    const lru = new BoundedLru<string, number>({ maxEntries: 2, maxWeight: 100 });
    lru.set('a', 1, 1);
    lru.set('b', 2, 1);
    expect(lru.get('a')).toBe(1);
    lru.set('c', 3, 1);
    expect([lru.get('a'), lru.get('b'), lru.get('c'), lru.size]).toEqual([1, undefined, 3, 2]);
  });

  it('keeps the sum of weights within maxWeight, replaces an entry of the same key, and keeps nothing heavier than the bound', () => {
    const lru = new BoundedLru<string, string>({ maxEntries: 10, maxWeight: 10 });
    lru.set('a', 'a', 4);
    lru.set('b', 'b', 4);
    lru.set('a', 'a2', 5);
    expect([lru.totalWeight, lru.size]).toEqual([9, 2]);
    lru.set('c', 'c', 5); // 14 > 10: the least recently used (b) goes
    expect([lru.get('b'), lru.get('a'), lru.get('c'), lru.totalWeight]).toEqual([undefined, 'a2', 'c', 10]);
    lru.set('huge', 'x', 11);
    expect([lru.get('huge'), lru.size, lru.totalWeight]).toEqual([undefined, 2, 10]);
    lru.delete('a');
    expect([lru.size, lru.totalWeight]).toEqual([1, 5]);
  });
});
