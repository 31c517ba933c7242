import {
  buildSchema,
  isAbstractType,
  isCompositeType,
  isEnumType,
  isListType,
  isNonNullType,
  operationFromDocument,
  type CompositeType,
  type FieldSelection,
  type OutputType,
  type Schema,
  type SelectionSet,
} from '@apollo/federation-internals';
import { parse, type OperationDefinitionNode } from 'graphql';
import { seededRandom } from '@appmarket/demo-data';
import { leanExecutionState, originalComputeResponse, setLeanExecution } from '../../gateway/src/execution/lean-execution';
import { computeResponse as leanComputeResponse } from '../../gateway/src/execution/lean-result-shaping';
import { cachingOperationFromDocument } from '../../gateway/src/execution/operation-cache';

/**
 * The lean execution steps against @apollo/gateway's own (issue 17: the gateway's garbage per
 * request). Result shaping is compared answer for answer on thousands of subgraph answers
 * generated from the operations' own shape — valid, null where non-null is promised, missing,
 * of the wrong kind, with unknown or non-composite __typenames — including what each throws.
 */
const SDL = `
  scalar JSON
  enum Status { DRAFT PUBLISHED HIDDEN }
  interface Node { id: ID! }
  type App implements Node { id: ID! name: String! price: Int rating: Float free: Boolean status: Status! tags: [String!] matrix: [[Int]] vendor: Vendor meta: JSON }
  type Vendor implements Node { id: ID! name: String apps: [App!]! }
  union SearchHit = App | Vendor
  type Query { apps(first: Int): [App] app(id: ID!): App! node(id: ID!): Node hits: [SearchHit!] vendor: Vendor count: Int! }
`;

const OPERATIONS: { name: string; query: string; variables?: Record<string, unknown>[] }[] = [
  { name: 'every kind of field', query: '{ apps { id name price rating free status tags matrix vendor { id name } meta } }' },
  {
    name: 'aliases, @skip and @include with variables and a default',
    query: 'query Q($s: Boolean!, $i: Boolean = true) { a: apps { id n: name price @skip(if: $s) vendor @include(if: $i) { name } } b: apps { id } count @include(if: false) }',
    variables: [{ s: true }, { s: false }, { s: false, i: false }, { s: true, i: true }],
  },
  {
    name: 'abstract types and inline fragments',
    query: '{ node(id: "1") { __typename id ... on App { name status } ... on Vendor { name apps { id } } } hits { __typename ... on App { id name } ... on Vendor { id name } } }',
  },
  {
    name: 'named fragments visiting one response name twice',
    query: 'query { app(id: "1") { ...A name vendor { id } ...V } } fragment A on App { id vendor { name } } fragment V on App { vendor { apps { id status } } }',
  },
  { name: '__typename, aliased and plain', query: '{ app(id: "1") { t: __typename id } vendor { __typename name } node(id: "2") { kind: __typename } }' },
  { name: 'introspection beside data', query: '{ __typename count __schema { queryType { name } } t: __type(name: "App") { name } }' },
  { name: 'aliases that are Object.prototype\'s names', query: '{ apps { __proto__: id constructor: name toString: status hasOwnProperty: vendor { valueOf: name } } }' },
  { name: 'non-null bubbling to the root', query: '{ app(id: "1") { id name status vendor { apps { id name } } } count }' },
];

/** A subgraph answer for `selectionSet`, mostly right and sometimes wrong in every way the shaping must handle. */
function answerFor(schema: Schema, selectionSet: SelectionSet, parentType: CompositeType, rnd: () => number, depth = 0): Record<string, unknown> {
  const out = Object.create(null) as Record<string, unknown>; // so an alias `__proto__` is a field
  let concrete: CompositeType = parentType;
  if (isAbstractType(parentType)) {
    const candidates = parentType.kind === 'UnionType' ? parentType.types() : parentType.possibleRuntimeTypes();
    concrete = candidates[Math.floor(rnd() * candidates.length)]!;
  }
  const typenameRoll = rnd();
  if (typenameRoll < 0.85) out.__typename = concrete.name;
  else if (typenameRoll < 0.9) out.__typename = 'Nope';
  else if (typenameRoll < 0.93) out.__typename = 'Status';
  else if (typenameRoll < 0.95) out.__typename = 7;
  for (const selection of selectionSet.selections()) {
    if (selection.kind !== 'FieldSelection') {
      Object.assign(out, answerFor(schema, selection.selectionSet, selection.element.typeCondition ?? parentType, rnd, depth));
      continue;
    }
    const field = selection.element;
    if (field.definition.isSchemaIntrospectionField() || field.name === '__typename') continue;
    const roll = rnd();
    if (roll < 0.05) continue; // missing
    out[field.responseName()] = roll < 0.12 ? null : valueFor(schema, field.definition.type!, selection, rnd, depth);
  }
  return out;
}

function valueFor(schema: Schema, type: OutputType, selection: FieldSelection, rnd: () => number, depth: number): unknown {
  if (isNonNullType(type)) return valueFor(schema, type.ofType, selection, rnd, depth);
  const roll = rnd();
  if (isListType(type)) {
    if (roll < 0.03) return 'not a list';
    const length = depth > 3 ? 0 : Math.floor(rnd() * 4);
    return Array.from({ length }, () => (rnd() < 0.08 ? null : valueFor(schema, type.ofType, selection, rnd, depth + 1)));
  }
  if (isCompositeType(type)) {
    if (roll < 0.03) return 42;
    return answerFor(schema, selection.selectionSet!, type, rnd, depth + 1);
  }
  if (roll < 0.06) return { an: 'object' };
  if (roll < 0.12) return true;
  if (roll < 0.18) return 1.5;
  if (roll < 0.24) return '12';
  if (isEnumType(type)) return roll < 0.3 ? 'UNKNOWN' : type.values[Math.floor(rnd() * type.values.length)]!.name;
  switch (type.name) {
    case 'Int': return Math.floor(rnd() * 100);
    case 'Float': return rnd() * 10;
    case 'Boolean': return rnd() < 0.5;
    case 'ID': return rnd() < 0.5 ? String(Math.floor(rnd() * 1000)) : Math.floor(rnd() * 1000);
    case 'JSON': return { any: ['thing', 1] };
    default: return `text ${Math.floor(rnd() * 1000)}`;
  }
}

type Shaper = typeof leanComputeResponse;

function outcome(shape: Shaper, args: Parameters<Shaper>[0]) {
  try {
    const { data, errors } = shape(args);
    return { data, json: JSON.stringify(data), errors: errors.map((e) => ({ message: e.message, path: e.path, code: e.extensions?.code })) };
  } catch (error) {
    return { threw: (error as Error).message };
  }
}

describe('lean result shaping (issue 17)', () => {
  const schema = buildSchema(SDL);
  const everyOutcome = new Set<string>();

  it.each(OPERATIONS)('answers as @apollo/gateway 2.14.4 does: $name', ({ query, variables }) => {
    const operation = operationFromDocument(schema, parse(query), { validate: false });
    const root = schema.schemaDefinition.rootType('query')!;
    let differing = 0;
    const outcomes = new Set<string>();
    for (let seed = 1; seed <= 400; seed++) {
      const rnd = seededRandom(seed).next; // seeded, so a failure names its case
      // As a subgraph's answer arrives: parsed JSON.
      const input = JSON.parse(JSON.stringify(answerFor(schema, operation.selectionSet, root, rnd))) as Record<string, unknown>;
      const vars = variables?.[seed % variables.length];
      const introspectionHandling = (selection: FieldSelection) => ({ asked: selection.element.responseName() });
      const lean = outcome(leanComputeResponse, { operation, variables: vars, input, introspectionHandling });
      const original = outcome(originalComputeResponse, { operation, variables: vars, input, introspectionHandling });
      if (JSON.stringify(lean) !== JSON.stringify(original)) differing++;
      expect({ seed, ...lean }).toStrictEqual({ seed, ...original });
      outcomes.add('threw' in original ? 'threw' : original.errors.length ? (original.data === null ? 'bubbled to the root' : 'errors') : 'clean');
    }
    expect(differing).toBe(0);
    // The generated answers reach more than the happy path.
    expect(outcomes.has('clean') && outcomes.size > 1).toBe(true);
    for (const kind of outcomes) everyOutcome.add(kind);
  });

  it('was compared on every kind of outcome', () => {
    expect([...everyOutcome].sort()).toEqual(['bubbled to the root', 'clean', 'errors', 'threw']);
  });

  it('answers objects that inherit nothing, as the original\'s null-prototype ones', () => {
    const operation = operationFromDocument(schema, parse('{ apps { __proto__: id constructor: name } }'), { validate: false });
    const { data } = leanComputeResponse({ operation, input: JSON.parse('{"apps":[{"__proto__":"1","constructor":"x"}]}') as Record<string, unknown>, introspectionHandling: () => null });
    const app = (data!.apps as Record<string, unknown>[])[0]!;
    expect(Object.keys(app)).toEqual(['__proto__', 'constructor']);
    expect(app.constructor).toBe('x');
    expect('toString' in app || 'hasOwnProperty' in data!).toBe(false);
    expect(JSON.stringify(data)).toBe('{"apps":[{"__proto__":"1","constructor":"x"}]}');
  });

  it('without input answers as the original does', () => {
    const operation = operationFromDocument(schema, parse('{ count }'), { validate: false });
    const args = { operation, input: undefined, introspectionHandling: () => null };
    expect(leanComputeResponse(args)).toEqual(originalComputeResponse(args));
  });
});

describe('operation cache (issue 17)', () => {
  const schema = buildSchema(SDL);
  const calls: string[] = [];
  const cached = cachingOperationFromDocument((s, document, options) => {
    calls.push(options?.operationName ?? 'execution');
    return operationFromDocument(s, document, options);
  });

  it('builds one operation per parsed document for the execution call, and passes the planner through', () => {
    const document = parse('query Q { app(id: "1") { ...A } } fragment A on App { id name }');
    const [operationNode, fragment] = document.definitions as [OperationDefinitionNode, (typeof document.definitions)[number]];
    // executeQueryPlan builds a new document object per request from the same nodes.
    const first = cached(schema, { kind: document.kind, definitions: [operationNode, fragment] }, { validate: false });
    const second = cached(schema, { kind: document.kind, definitions: [operationNode, fragment] }, { validate: false });
    expect(second).toBe(first);
    expect(calls).toEqual(['execution']);

    cached(schema, document, { operationName: 'Q' });
    cached(schema, document, { operationName: 'Q' });
    expect(calls).toEqual(['execution', 'Q', 'Q']);
  });

  it('does not answer a rewritten document (another node) or other fragments with a cached operation', () => {
    calls.length = 0;
    const document = parse('query { app(id: "1") { id name } }');
    const rewritten = parse('query { app(id: "1") { id } }');
    const a = cached(schema, document, { validate: false });
    const b = cached(schema, rewritten, { validate: false });
    expect(b).not.toBe(a);
    expect(b.toString()).not.toEqual(a.toString());
    const withFragment = parse('query { app(id: "1") { id } } fragment F on App { name }');
    const node = withFragment.definitions[0]!;
    const c = cached(schema, { kind: withFragment.kind, definitions: [node] }, { validate: false });
    const d = cached(schema, withFragment, { validate: false });
    expect(d).not.toBe(c);
    expect(calls).toHaveLength(4);
  });

  it('is bounded: distinct documents beyond the bound push the least recently used out, and one heavier than the bound is not kept', () => {
    const built: string[] = [];
    const bounded = cachingOperationFromDocument((s, document, options) => {
      built.push((document.definitions[0] as OperationDefinitionNode).name?.value ?? '?');
      return operationFromDocument(s, document, options);
    }, { maxEntries: 2, maxBytes: 64 * 1024 });
    const [a, b, c] = ['A', 'B', 'C'].map((name) => parse(`query ${name} { count }`));
    for (const document of [a, b, a, c, a, b]) bounded(schema, document!, { validate: false });
    // a and b kept; c pushes b (least recently used) out; a is still there, b is built again.
    expect(built).toEqual(['A', 'B', 'C', 'B']);

    const heavy = parse(`query Heavy { count } # ${'x'.repeat(4_096)}`); // 32 bytes per character: over 64 KB
    bounded(schema, heavy, { validate: false });
    bounded(schema, heavy, { validate: false });
    expect(built.filter((name) => name === 'Heavy')).toHaveLength(2);
  });
});

describe('setLeanExecution', () => {
  const resultShaping = require('@apollo/gateway/dist/resultShaping') as { computeResponse: unknown };
  const internals = require('@apollo/federation-internals') as { operationFromDocument: unknown };
  const original = { shaping: resultShaping.computeResponse, operation: internals.operationFromDocument };

  afterAll(() => setLeanExecution(true));

  it('puts the lean steps where @apollo/gateway looks them up, and takes them back', () => {
    expect(setLeanExecution(true)).toBe('on');
    expect(leanExecutionState()).toBe('on');
    expect(resultShaping.computeResponse).toBe(leanComputeResponse);
    expect(internals.operationFromDocument).not.toBe(original.operation);

    expect(setLeanExecution(false)).toBe('off');
    expect(leanExecutionState()).toBe('off');
    expect(resultShaping.computeResponse).toBe(originalComputeResponse);
    expect(internals.operationFromDocument).toBe(original.operation);
  });
});
