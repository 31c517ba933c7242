import { GraphQLInt } from 'graphql';
import { priceOf, SafeInt } from '../money';

describe('Money amounts', () => {
  it('SafeInt carries totals that GraphQL Int cannot (over 21 million roubles in kopecks) and refuses unsafe ones', () => {
    const total = 3_000_000_000; // 30 million roubles
    expect(() => GraphQLInt.serialize(total)).toThrow();
    expect(SafeInt.serialize(total)).toBe(total);
    expect(() => SafeInt.serialize(2 ** 53)).toThrow();
    expect(() => SafeInt.serialize(1.5)).toThrow();
  });

  it('a free app has no price; a paid one a monthly price in roubles', () => {
    expect(priceOf(null)).toBeNull();
    expect(priceOf(50_000)).toEqual({ amount: { amountKopecks: 50_000, currency: 'RUB' }, periodMonths: 1 });
    expect(priceOf(150_000, 3)).toMatchObject({ periodMonths: 3 });
  });
});
