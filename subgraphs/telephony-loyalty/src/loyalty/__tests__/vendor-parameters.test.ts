import { argumentOfParameter } from '../vendor-parameters';

describe('the Loyalty API parameter a refusal names, as the mutation argument (issue 19, item 2; TL-2)', () => {
  it('maps the protocol names to the point-of-sale arguments', () => {
    expect(['verificationCode', 'agent', 'retailStore', 'demand', 'positions', 'bonusProgram', 'name'].map(argumentOfParameter))
      .toEqual(['code', 'customerId', 'retailStoreId', 'saleId', 'positions', 'bonusValueToSpend', 'name']);
  });

  it('leaves an ambiguous, unknown or missing parameter to the request as a whole', () => {
    expect(['meta', 'somethingElse', '__proto__', 'constructor', '', null, undefined].map(argumentOfParameter)).toEqual(Array(7).fill(undefined));
  });
});
