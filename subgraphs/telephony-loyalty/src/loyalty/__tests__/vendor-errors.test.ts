import { DomainError } from '@appmarket/core';
import { checkAnswer, MAX_RELAYED_VENDOR_ERRORS, MAX_VENDOR_TEXT } from '../loyalty-client';

/**
 * TL-2: a loyalty app's refusal (`{errors:[{error, code, parameter}]}`) reaches the point of sale
 * as user errors; a hostile or broken app cannot make the answer grow with its body (up to 1 MiB).
 */
describe('relaying a loyalty app’s errors', () => {
  const refusal = (body: unknown, status = 400): DomainError => {
    try {
      checkAnswer(status, body);
    } catch (error) {
      return error as DomainError;
    }
    throw new Error('expected a refusal');
  };

  it('relays each error at the argument its parameter names', () => {
    const e = refusal({ errors: [{ error: 'Неверный код', code: 1, parameter: 'verificationCode' }, { error: 'Нет покупателя', code: 2, parameter: 'agent' }] });
    expect(e.code).toBe('LOYALTY_REQUEST_REJECTED');
    expect(e.details.errors).toEqual([
      { code: 'LOYALTY_REQUEST_REJECTED', message: 'Неверный код', field: 'code' },
      { code: 'LOYALTY_REQUEST_REJECTED', message: 'Нет покупателя', field: 'customerId' },
    ]);
  });

  it('bounds how many errors and how much text it relays, and keeps only scalar codes and string parameters', () => {
    const errors = Array.from({ length: 5_000 }, (_, i) => ({ error: 'x'.repeat(10_000), code: { nested: i }, parameter: ['agent'] }));
    const e = refusal({ errors });
    expect(e.details.errors).toHaveLength(MAX_RELAYED_VENDOR_ERRORS);
    expect((e.details.vendorErrors as unknown[]).length).toBe(MAX_RELAYED_VENDOR_ERRORS);
    expect(e.message).toHaveLength(MAX_VENDOR_TEXT);
    expect(e.details.vendorErrors).toContainEqual({ error: 'x'.repeat(MAX_VENDOR_TEXT), code: null, parameter: null });
    expect(refusal({ errors }, 503).code).toBe('LOYALTY_APP_FAILED');
  });
});
