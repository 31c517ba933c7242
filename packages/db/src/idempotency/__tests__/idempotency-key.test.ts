import { DomainError } from '@appmarket/core';
import { canonicalJson, checkedIdempotencyKey, requestFingerprint } from '../idempotency-key';

describe('idempotency keys: what a key may be, and when two requests are the same', () => {
  it('accepts 1 to 128 letters, digits and - _ . : ; no key is null', () => {
    for (const key of ['a', 'k'.repeat(128), '0b1e2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', 'order-42:attempt_1.retry']) {
      expect(checkedIdempotencyKey(key)).toBe(key);
    }
    expect(checkedIdempotencyKey(null)).toBeNull();
    expect(checkedIdempotencyKey(undefined)).toBeNull();
  });

  it('refuses an empty, long or unsafe key with INVALID_IDEMPOTENCY_KEY naming the argument', () => {
    for (const key of ['', 'k'.repeat(129), 'with space', 'new\nline', 'quote"', 'ключ', 'a/b', '<script>']) {
      let thrown: unknown;
      try {
        checkedIdempotencyKey(key);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(DomainError);
      expect(thrown).toMatchObject({ code: 'INVALID_IDEMPOTENCY_KEY', details: { field: 'idempotencyKey' } });
    }
  });

  it('a request is its operation and input: member order and omitted members do not matter, values and the operation do', () => {
    const a = requestFingerprint('buyPaidAppOptions', { paidAppOptions: 2, periodMonths: 1, nested: { b: 1, a: [1, 2] } });
    expect(requestFingerprint('buyPaidAppOptions', { nested: { a: [1, 2], b: 1 }, periodMonths: 1, paidAppOptions: 2, note: undefined })).toBe(a);
    expect(requestFingerprint('buyPaidAppOptions', { paidAppOptions: 3, periodMonths: 1, nested: { b: 1, a: [1, 2] } })).not.toBe(a);
    expect(requestFingerprint('buyPaidAppOptions', { paidAppOptions: 2, periodMonths: 1, nested: { b: 1, a: [2, 1] } })).not.toBe(a);
    expect(requestFingerprint('buyMarketplaceSubscription', { paidAppOptions: 2, periodMonths: 1, nested: { b: 1, a: [1, 2] } })).not.toBe(a);
    expect(canonicalJson({ b: null, a: 1 })).toBe('{"a":1,"b":null}');
  });
});
