import { getIntrospectionQuery, parse } from 'graphql';
import { adversarialDocuments, fragmentDoubling, randomDocument, seededRandom } from '../../../test/support/adversarial-documents';
import { countTokens, DEFAULT_OPERATION_LIMITS, judgeSource, LimitExceededError, measureCost, measureRepeatedFields, measureStructure, operationOf, type OperationLimits, type WorkCounter } from '../limits';

/**
 * The judge of a document's limits (limits/): each measure, each refusal with its own code, the
 * measured value and the limit; and its work linear in the document, counted rather than timed.
 */
const LIMITS: OperationLimits = DEFAULT_OPERATION_LIMITS;

const refusal = (source: string, variables: Record<string, unknown> = {}, limits = LIMITS): Record<string, unknown> | undefined => {
  try {
    judgeSource(source, { variables }, limits);
    return undefined;
  } catch (error) {
    if (!(error instanceof LimitExceededError)) throw error;
    return { message: error.message, ...error.extensions };
  }
};

describe('measures', () => {
  const structure = (source: string) => measureStructure(parse(source));

  it('multiplies nested fields by the page sizes around them and counts aliases and depth', () => {
    const document = parse('query($n: Int) { apps(first: $n) { edges { node { id name } } } a: __typename }');
    expect(measureCost(document, operationOf(document, undefined)!, { n: 50 }, 20)).toBe(1 + 50 * (1 + 1 + 2));
    expect(structure('query($n: Int) { apps(first: $n) { edges { node { id name } } } a: __typename }')).toMatchObject({ depth: 4, aliases: 1, selections: 6 });
  });

  it('counts a page size from the literal, the variable, the variable\'s default, else the default list size; null means the default list size', () => {
    const document = parse('query($f: Int = 100) { apps(first: $f) { id } }');
    const operation = operationOf(document, undefined)!;
    expect(measureCost(document, operation, {}, 20)).toBe(1 + 100);
    expect(measureCost(document, operation, { f: 7 }, 20)).toBe(1 + 7);
    expect(measureCost(document, operation, { f: null }, 20)).toBe(1 + 20);
    const noDefault = parse('query($f: Int) { apps(first: $f) { id } b: apps(first: 3) { id } c: apps { id } }');
    expect(measureCost(noDefault, operationOf(noDefault, undefined)!, {}, 20)).toBe(1 + 20 + 1 + 3 + 1 + 1);
  });

  it('counts fragments\' selections each time they are spread, as executed; aliases too', () => {
    expect(structure('{ ...A ...A } fragment A on Query { x: __typename y: __typename }')).toMatchObject({ selections: 2 * (1 + 2), aliases: 4, fragments: 1 });
    expect(structure(fragmentDoubling(20))).toMatchObject({ selections: 2 ** 21 - 1 + 2 ** 20, depth: 0, fragments: 21 });
  });

  it('counts fragments nobody spreads (validation walks them too), the most directives on one node, and merged repeats', () => {
    expect(structure('{ a } fragment U on Query { b c }')).toMatchObject({ selections: 3 });
    expect(structure('{ a @include(if: true) @skip(if: false) ... on Query @include(if: true) { b } }').directives).toBe(2);
    expect(measureRepeatedFields(parse('{ a { x } a { x } ... on Query { a { x } } ...F } fragment F on Query { a { x } }'))).toBe(4);
  });
});

describe('refusals: each its own code, the measured value and the limit', () => {
  it('fragment doubling (issue 14: F20, F29; ~800 bytes, anonymous) is refused for its selections as executed', () => {
    for (const n of [20, 29]) {
      expect(refusal(fragmentDoubling(n))).toMatchObject({ code: 'MAX_SELECTIONS_EXCEEDED', selections: 2 ** (n + 1) - 1 + 2 ** n, limit: 1000, http: { status: 400 } });
    }
  });

  it('the cost of `first: $f` counts the variable\'s default exactly like the same value sent as a variable (issue 14)', () => {
    const query = 'query($f: Int = 100) { accounts(first: $f) { edges { node { id calls(first: $f) { edges { node { id status } } } } } } }';
    const withDefault = refusal(query);
    const withVariable = refusal(query.replace('$f: Int = 100', '$f: Int'), { f: 100 });
    expect(withDefault).toMatchObject({ code: 'COST_LIMIT_EXCEEDED', limit: 20_000 });
    expect(withDefault).toEqual(withVariable);
    expect(refusal(query, { f: 5 })).toBeUndefined();
  });

  it.each([
    ['tokens', `{ ${'__typename '.repeat(2_500)} }`, { code: 'MAX_TOKENS_EXCEEDED', tokens: 2_502, limit: 2_000 }],
    ['fragments', `{ ...F0 } ${Array.from({ length: 31 }, (_, i) => `fragment F${i} on Query { ${i < 30 ? `...F${i + 1}` : '__typename'} }`).join(' ')}`, { code: 'MAX_FRAGMENTS_EXCEEDED', fragments: 31, limit: 30 }],
    ['directives on one field', `{ __typename ${'@include(if: true) '.repeat(6)} }`, { code: 'MAX_DIRECTIVES_EXCEEDED', directives: 6, limit: 5 }],
    ['depth', `{ ${'a { '.repeat(13)}b${' }'.repeat(13)} }`, { code: 'MAX_DEPTH_EXCEEDED', depth: 14, limit: 12 }],
    ['aliases', `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: __typename`).join(' ')} }`, { code: 'MAX_ALIASES_EXCEEDED', aliases: 31, limit: 30 }],
    ['fields repeated under one response key', `{ ${'a: __schema { __typename } '.repeat(11)} }`, { code: 'MAX_REPEATED_FIELDS_EXCEEDED', repeatedFields: 11, limit: 10 }],
  ])('%s', (_, source, expected) => {
    const refused = refusal(source);
    expect(refused).toMatchObject(expected);
    expect(String(refused!.message)).toContain(String(expected.limit));
  });

  it('accepts the shipped kinds of operation: GraphiQL\'s introspection, a storefront page, fragments', () => {
    expect(refusal(getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true }))).toBeUndefined();
    expect(refusal('query S($first: Int!) { storefront(first: $first) { edges { node { ...App } } } } fragment App on App { id name vendor { name } }', { first: 50 })).toBeUndefined();
  });

  it('leaves what is not valid syntax to the parser (Apollo Server answers GRAPHQL_PARSE_FAILED)', () => {
    expect(judgeSource('{ a ', {}, LIMITS)).toBeUndefined();
    expect(countTokens('{ a b c } \u0000')).toBe(5);
  });
});

describe('work linear in the document (counted, not timed)', () => {
  it('for adversarial and seeded random documents up to the body limit (100 kB): visits ≤ 4 × tokens + the selections limit', () => {
    const rnd = seededRandom(14);
    const documents = [...adversarialDocuments().map((d) => d.query), ...Array.from({ length: 300 }, (_, i) => randomDocument(rnd, i < 150 ? 20 : 200))]
      .filter((source) => source.length <= 100_000); // what the body limit lets through
    expect(documents.length).toBeGreaterThan(250);
    let refused = 0;
    for (const source of documents) {
      const counter: WorkCounter = { visits: 0 };
      try {
        judgeSource(source, {}, LIMITS, counter);
      } catch (error) {
        if (!(error instanceof LimitExceededError)) throw error;
        refused++;
      }
      const bound = 4 * countTokens(source) + LIMITS.maxSelections;
      expect({ source: source.slice(0, 80), withinBound: counter.visits <= bound }).toEqual({ source: source.slice(0, 80), withinBound: true });
    }
    expect(refused).toBeGreaterThan(200);
  });
});
