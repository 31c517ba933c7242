import { DomainError } from '../errors';
import { Refusals } from '../refusals';

const refuse = (code: string, field: string) => () => {
  throw new DomainError(code, `${field} is wrong`, { field });
};

/** Issue 19, item 2: independent checks report together, so a form shows every problem at once. */
describe('Refusals', () => {
  const thrown = (refusals: Refusals): DomainError | undefined => {
    try {
      refusals.throwIfAny();
    } catch (error) {
      return error as DomainError;
    }
    return undefined;
  };

  it('throws nothing when every check passed, and the one refusal as it is when only one refused', () => {
    const none = new Refusals();
    none.check(() => undefined);
    expect(thrown(none)).toBeUndefined();
    const one = new Refusals();
    one.check(refuse('A', 'alias'));
    expect(thrown(one)).toMatchObject({ code: 'A', details: { field: 'alias' } });
    expect(thrown(one)!.details.errors).toBeUndefined();
  });

  it('throws the first refusal with all of them in details.errors, flattening a check that collected its own', async () => {
    const inner = new Refusals();
    inner.check(refuse('PRICE', 'priceKopecks'));
    inner.check(refuse('TRIAL', 'trialDays'));
    const outer = new Refusals();
    outer.check(refuse('ALIAS', 'alias'));
    await outer.checkAsync(async () => refuse('CATEGORY', 'categories')());
    outer.check(() => inner.throwIfAny());
    const error = thrown(outer)!;
    expect([error.code, error.details.field]).toEqual(['ALIAS', 'alias']);
    expect((error.details.errors as { code: string; field: string }[]).map((e) => [e.code, e.field])).toEqual([
      ['ALIAS', 'alias'], ['CATEGORY', 'categories'], ['PRICE', 'priceKopecks'], ['TRIAL', 'trialDays'],
    ]);
  });

  it('a fault is no refusal: it is thrown at once', () => {
    const refusals = new Refusals();
    expect(() => refusals.check(() => { throw new TypeError('bug'); })).toThrow(TypeError);
  });
});
