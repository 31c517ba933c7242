import { createLogger } from '@appmarket/core';
import { maskInternalErrors } from '../plugins/useErrorMasking';
import { pathsOfFetch } from '../subgraph-failures';

/**
 * What a failed subgraph fetch owed (useSubgraphOutage answers one error per path), in the shapes
 * @apollo/gateway's query plans send: root fields with aliases, `_entities` with inline fragments
 * per type, named fragments.
 */
describe('pathsOfFetch', () => {
  it('a root fetch owes each root response key, aliases as the client named them, __typename aside', () => {
    expect(pathsOfFetch('query Q__billing__0 { subscriptionPrices { periodMonths } mine: myVendorRevenue(month: "2026-10") { month } __typename }', {}))
      .toEqual([['subscriptionPrices'], ['mine']]);
  });

  it('an entity fetch owes, per representation, the fields selected on its own type', () => {
    const query = `query Q__billing__1($representations: [_Any!]!) { _entities(representations: $representations) {
      ... on Account { __typename paidAppOptions { total } periods: subscriptionPeriods { id } }
      ... on Install { billing { state } }
    } }`;
    const representations = [{ __typename: 'Account', id: 'a1' }, { __typename: 'Install', id: 'i1' }, { __typename: 'Account', id: 'a2' }];
    expect(pathsOfFetch(query, { representations })).toEqual([
      ['_entities', 0, 'paidAppOptions'], ['_entities', 0, 'periods'],
      ['_entities', 1, 'billing'],
      ['_entities', 2, 'paidAppOptions'], ['_entities', 2, 'periods'],
    ]);
  });

  it('named fragments are followed for their own type only', () => {
    const query = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ...A ...I } }
      fragment A on Account { paidAppOptions { total } }
      fragment I on Install { billing { state } }`;
    expect(pathsOfFetch(query, { representations: [{ __typename: 'Install', id: 'i1' }] })).toEqual([['_entities', 0, 'billing']]);
  });

  it('no representations, no paths (the failure is then left to @apollo/gateway)', () => {
    expect(pathsOfFetch('query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on App { name } } }', {})).toEqual([]);
  });
});

describe('maskInternalErrors', () => {
  const mask = maskInternalErrors(createLogger('test', 'error'));

  it('a coded error keeps its path and serviceName but loses the subgraph\'s HTTP answer (URL, body) and any stack', () => {
    const formatted = mask({
      message: '401: Unauthorized',
      path: ['account', 'paidAppOptions'],
      extensions: {
        code: 'UNAUTHENTICATED', serviceName: 'billing',
        response: { url: 'http://10.0.0.7:4003/graphql', status: 401, body: 'identity header is missing' },
        stacktrace: ['Error: at /srv/app/gateway/src/x.ts:1'],
      },
    }, new Error('x'));
    expect(formatted).toEqual({ message: '401: Unauthorized', path: ['account', 'paidAppOptions'], extensions: { code: 'UNAUTHENTICATED', serviceName: 'billing' } });
  });

  it('a domain error passes as it is', () => {
    const error = { message: 'App not found', path: ['app'], extensions: { code: 'NOT_FOUND', id: 'x', serviceName: 'catalog' } };
    expect(mask(error, new Error('x'))).toBe(error);
  });
});
