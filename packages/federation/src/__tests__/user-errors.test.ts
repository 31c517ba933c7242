import { DomainError, ErrorCodes } from '@appmarket/core';
import { userErrorCodeEnum, userErrorOf, withUserErrors } from '../user-errors';

const CODES = { INVALID_PAID_APP_OPTIONS: 'PR-3: a subscription buys 1 to 1000 paid-app options.', IDEMPOTENCY_KEY_REUSED: 'The key was used for another request.' };

describe('user errors (issue 19, item 2: errors as data)', () => {
  it('a declared refusal becomes a user error with the path of its argument', () => {
    const refusal = new DomainError('INVALID_PAID_APP_OPTIONS', 'a subscription buys 1 to 1000 paid-app options', { field: 'paidAppOptions' });
    expect(userErrorOf(refusal, ['INVALID_PAID_APP_OPTIONS'], 'input')).toEqual({
      field: ['input', 'paidAppOptions'], message: 'a subscription buys 1 to 1000 paid-app options', code: 'INVALID_PAID_APP_OPTIONS',
    });
    const nested = new DomainError('INVALID_PRICE', 'x', { field: 'positions.0.priceKopecks' });
    expect(userErrorOf(nested, ['INVALID_PRICE'], 'input')?.field).toEqual(['input', 'positions', '0', 'priceKopecks']);
    const key = new DomainError('IDEMPOTENCY_KEY_REUSED', 'x', { field: 'idempotencyKey' });
    expect(userErrorOf(key, ['IDEMPOTENCY_KEY_REUSED'], 'input')?.field).toEqual(['idempotencyKey']);
    expect(userErrorOf(new DomainError('TRIAL_ALREADY_EXTENDED', 'x'), ['TRIAL_ALREADY_EXTENDED'], 'input')?.field).toBeNull();
  });

  it('authentication, permissions, faults, undeclared codes and other errors stay top-level', async () => {
    for (const code of ['UNAUTHENTICATED', 'FORBIDDEN', 'IDEMPOTENCY_KEY_IN_PROGRESS']) {
      expect(userErrorOf(new DomainError(code, 'x'), [code])).toBeNull();
    }
    expect(userErrorOf(new DomainError('APP_ALIAS_TAKEN', 'x'), ['INVALID_APP_ALIAS'])).toBeNull();
    expect(userErrorOf(new Error('boom'), ['INVALID_APP_ALIAS'])).toBeNull();
    await expect(withUserErrors(['INVALID_APP_ALIAS'], 'input', async () => { throw new DomainError('FORBIDDEN', 'no'); })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await withUserErrors(['INVALID_APP_ALIAS'], 'input', async () => 7)).toEqual({ result: 7, userErrors: [] });
    expect(await withUserErrors(['INVALID_APP_ALIAS'], 'input', async () => { throw new DomainError('INVALID_APP_ALIAS', 'bad', { field: 'alias' }); }))
      .toEqual({ result: null, userErrors: [{ field: ['input', 'alias'], message: 'bad', code: 'INVALID_APP_ALIAS' }] });
  });

  it('a payload\'s error-code enum is made from the catalogue, and refuses codes it does not hold or top-level ones', () => {
    const made = userErrorCodeEnum(['INVALID_PAID_APP_OPTIONS', 'IDEMPOTENCY_KEY_REUSED'], [ErrorCodes, CODES]);
    expect(made.values).toEqual({ INVALID_PAID_APP_OPTIONS: 'INVALID_PAID_APP_OPTIONS', IDEMPOTENCY_KEY_REUSED: 'IDEMPOTENCY_KEY_REUSED' });
    expect(made.valuesConfig.INVALID_PAID_APP_OPTIONS!.description).toBe(CODES.INVALID_PAID_APP_OPTIONS);
    expect(() => userErrorCodeEnum(['NO_SUCH_CODE'], [ErrorCodes, CODES])).toThrow(/not in the error catalogue/);
    expect(() => userErrorCodeEnum(['FORBIDDEN'], [ErrorCodes])).toThrow(/top-level/);
  });
});
