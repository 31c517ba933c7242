import { getIntrospectionQuery, parse } from 'graphql';
import { adversarialDocuments, fragmentDoubling, randomDocument, seededRandom } from '../../../test/support/adversarial-documents';
import { countTokens, DEFAULT_OPERATION_LIMITS, judgeDocument, JudgedSources, judgeSource, LimitExceededError, measureCost, measureRepeatedFields, measureStructure, operationOf, type OperationLimits, type WorkCounter } from '../limits';

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

describe('JudgedSources: the structure remembered per text, the cost judged per request', () => {
  const STOREFRONT = 'query S($first: Int!) { storefront(first: $first) { edges { node { ...App } } } } fragment App on App { id name vendor { name } }';
  const TWO = 'query A { a { b } } query B($n: Int) { apps(first: $n) { edges { node { id } } } }';
  const outcome = (judge: (counter: WorkCounter) => unknown) => {
    const counter: WorkCounter = { visits: 0 };
    try {
      return { result: judge(counter), visits: counter.visits };
    } catch (error) {
      if (!(error instanceof LimitExceededError)) throw error;
      return { refusal: { message: error.message, ...error.extensions }, visits: counter.visits };
    }
  };
  const rnd = seededRandom(17);
  const sources = [
    STOREFRONT, TWO, getIntrospectionQuery(), '{ a ', '{ a b c } \u0000',
    ...adversarialDocuments().map((d) => d.query), ...Array.from({ length: 60 }, (_, i) => randomDocument(rnd, i < 30 ? 5 : 40)),
  ].filter((source) => source.length <= 100_000);
  const requests = [{ variables: { first: 50 } }, { variables: { first: 100_000 } }, { operationName: 'B', variables: { n: 10 } }, { operationName: 'B', variables: { n: 1e9 } }, {}];

  it('answers, refuses and counts work exactly as judgeSource, on the first request of a text and on every later one', () => {
    const judged = new JudgedSources(LIMITS);
    let accepted = 0;
    for (let round = 0; round < 2; round++) {
      for (const source of sources) {
        for (const request of requests) {
          const expected = outcome((counter) => judgeSource(source, request, LIMITS, counter));
          if (round === 0 && 'result' in expected && expected.result) accepted++;
          expect({ source: source.slice(0, 60), request, ...outcome((counter) => judged.judgeSource(source, request, counter)) }).toEqual({ source: source.slice(0, 60), request, ...expected });
        }
      }
    }
    expect(accepted).toBeGreaterThan(5);
  });

  it('as judgeDocument for a document parsed elsewhere (APQ by hash), whichever of the two judged the text first', () => {
    for (const judgeSourceFirst of [false, true]) {
      const judged = new JudgedSources(LIMITS);
      for (const source of sources) {
        let document;
        try {
          document = parse(source);
        } catch {
          continue;
        }
        for (const request of requests) {
          if (judgeSourceFirst) outcome((counter) => judged.judgeSource(source, request, counter));
          const expected = outcome((counter) => judgeDocument(document, request, LIMITS, counter));
          expect({ source: source.slice(0, 60), request, ...outcome((counter) => judged.judgeDocument(source, document, request, counter)) }).toEqual({ source: source.slice(0, 60), request, ...expected });
        }
      }
    }
  });

  it('keeps at most maxEntries texts and maxBytes as estimated, least recently used out first', () => {
    const judged = new JudgedSources(LIMITS, { maxEntries: 3, maxBytes: 1_000_000 });
    const texts = ['{ a }', '{ b }', '{ c }', '{ d }'];
    for (const text of texts) judged.judgeSource(text, {});
    const passed = (judged as unknown as { passed: { size: number; get(key: string): unknown } }).passed;
    expect(passed.size).toBe(3);
    expect([passed.get('{ a }'), passed.get('{ d }')]).toEqual([undefined, expect.anything()]);
    const small = new JudgedSources(LIMITS, { maxEntries: 100, maxBytes: 1_000 });
    small.judgeSource(STOREFRONT, { variables: { first: 1 } }); // ≈ 30 tokens × 200 bytes: over the bound, not kept
    expect((small as unknown as { passed: { size: number } }).passed.size).toBe(0);
  });
});
