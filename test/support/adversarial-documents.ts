import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

/**
 * GraphQL documents that try to make the gateway work (issue 14), for the limits' tests and
 * `npm run bench:limits`: the issue's fragment doubling, the shapes that make graphql-js's own
 * validation quadratic, deep and wide ones, and seeded random ones. Each stays under the body
 * limit (100 kB) unless its name says otherwise.
 */

/** `query { ...F<n> } fragment F0 on Query { __typename } fragment F1 on Query { ...F0 ...F0 } …` (issue 14: F20 is ~800 bytes). */
export function fragmentDoubling(n: number): string {
  let text = `query { ...F${n} } fragment F0 on Query { __typename }`;
  for (let i = 1; i <= n; i++) text += ` fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }`;
  return text;
}

export interface NamedDocument {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

/** Documents built to cost work; every one of them must be refused by the default limits. */
export function adversarialDocuments(): NamedDocument[] {
  const times = (n: number, text: string) => text.repeat(n);
  return [
    { name: 'fragment doubling F20', query: fragmentDoubling(20) },
    { name: 'fragment doubling F29', query: fragmentDoubling(29) },
    { name: 'fragment doubling F60', query: fragmentDoubling(60) },
    { name: 'aliased doubling', query: `query { ...F20 } fragment F0 on Query { __typename } ${Array.from({ length: 20 }, (_, i) => `fragment F${i + 1} on Query { a: __schema { ...F${i} } b: __schema { ...F${i} } }`).join(' ')}`.replace(/fragment F(\d+) on Query \{ a: __schema/g, 'fragment F$1 on Query { a: __schema') },
    { name: 'one alias repeated 400 times', query: `{ ${times(400, 'a: __schema { __typename } ')} }` },
    { name: 'nested repeats', query: `{ ${times(300, '__schema { types { name kind } } ')} }` },
    { name: '300 fragments spread in one set', query: `{ ${Array.from({ length: 300 }, (_, i) => `...G${i}`).join(' ')} } ${Array.from({ length: 300 }, (_, i) => `fragment G${i} on Query { __typename a: __typename }`).join(' ')}` },
    { name: '500 inline fragments', query: `{ ${times(500, '... on Query { a: __typename } ')} }` },
    { name: '3000 directives on one field', query: `{ __typename ${times(3_000, '@include(if: true) ')} }` },
    { name: '900 levels deep', query: `{ ${times(900, 'a { ')}b${times(900, ' }')} }` },
    { name: 'variable default page sizes', query: `query($f: Int = 1000000) { ${times(10, 'apps(first: $f) { ')}id${times(10, ' }')} }` },
    { name: 'variable page sizes', query: `query($f: Int) { ${times(10, 'apps(first: $f) { ')}id${times(10, ' }')} }`, variables: { f: 1_000_000 } },
    { name: '31 fragments', query: `{ ...F0 } ${Array.from({ length: 31 }, (_, i) => `fragment F${i} on Query { ${i < 30 ? `...F${i + 1}` : '__typename'} }`).join(' ')}` },
    { name: '99 kB name', query: `{ ${'x'.repeat(99_000)} }` },
    { name: '20000 fields', query: `{ ${times(20_000, 'a ')} }` },
    { name: '50 kB comment', query: `${'#'.repeat(50_000)}\n{ ${times(3_000, 'a ')} }` },
    { name: '3000 aliases', query: `{ ${Array.from({ length: 3_000 }, (_, i) => `a${i}: __typename`).join(' ')} }` },
  ];
}

/** Deterministic pseudo-random numbers, so a failing document can be replayed from its seed. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

const FIELDS = ['apps', 'edges', 'node', 'id', 'name', 'vendor', 'accounts', 'calls', '__typename', 'a', 'b'];

/**
 * A random document over a few field names: fields with aliases, page sizes and directives,
 * inline fragments, spreads of up to 40 fragments (no cycles), nesting up to 15. Mostly not valid
 * against the schema: the limits judge documents before validation.
 */
export function randomDocument(rnd: () => number, width: number): string {
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const fragments = Math.floor(rnd() * 40);
  const set = (depth: number, size: number, below: number): string => {
    const parts: string[] = [];
    for (let i = 0; i < size; i++) {
      const r = rnd();
      if (r < 0.15 && below > 0) parts.push(`...F${Math.floor(rnd() * below)}`);
      else if (r < 0.2) parts.push(`... on Query { ${set(depth + 1, 1 + Math.floor(rnd() * 3), below)} }`);
      else {
        const alias = rnd() < 0.3 ? `${pick(['x', 'y', 'z'])}: ` : '';
        const args = rnd() < 0.2 ? `(first: ${Math.floor(rnd() * 200)})` : '';
        const directive = rnd() < 0.1 ? ' @include(if: true)'.repeat(1 + Math.floor(rnd() * 7)) : '';
        const sub = depth < 15 && rnd() < 0.4 ? ` { ${set(depth + 1, 1 + Math.floor(rnd() * 4), below)} }` : '';
        parts.push(`${alias}${pick(FIELDS)}${args}${directive}${sub}`);
      }
    }
    return parts.join(' ');
  };
  let text = `query { ${set(0, 1 + Math.floor(rnd() * width), fragments)} }`;
  // Fragment i spreads only fragments below i, so there are no cycles.
  for (let i = 0; i < fragments; i++) text += ` fragment F${i} on Query { ${set(1, 1 + Math.floor(rnd() * 5), i)} }`;
  return text;
}

/**
 * Valid operations against `schema` that stay inside the default limits while making each limit
 * work hardest: as many selections, repeats, fragments and directives as allowed, across every
 * subgraph. For the bench: what the gateway must still validate and plan in time.
 */
export function nearLimitDocuments(schema: GraphQLSchema): NamedDocument[] {
  const query = schema.getQueryType()!;
  const wide = (budget: number) => wideSelection(schema, query, 0, { budget }).join(' ');
  const fragmentNames = Array.from({ length: 30 }, (_, i) => `F${i}`);
  return [
    { name: 'widest valid query (≈900 selections)', query: `{ ${wide(900)} }` },
    { name: 'ten copies of one selection (repeats at the limit)', query: `{ ${Array.from({ length: 10 }, () => wide(90)).join(' ')} }` },
    {
      name: '30 fragments spread together',
      query: `{ ${Array.from({ length: 3 }, (_, k) => `r${k}: __type(name: "Query") { ${fragmentNames.map((f) => `...${f}`).join(' ')} }`).join(' ')} } ${fragmentNames
        .map((f, i) => `fragment ${f} on __Type { ${TYPE_FIELDS[i % TYPE_FIELDS.length]} }`)
        .join(' ')}`,
    },
    { name: 'introspection (GraphiQL)', query: INTROSPECTION },
    { name: '5 directives on every field', query: `{ ${wide(50).replace(/([_A-Za-z]\w*(?:\([^)]*\))?)(?= \{| [_A-Za-z]|$| \})/g, '$1 @include(if: true) @skip(if: false) @include(if: true) @skip(if: false) @include(if: true)')} }` },
  ];
}

/** Fields of `type` and below, depth-first, required arguments filled, until `budget` selections. */
function wideSelection(schema: GraphQLSchema, type: GraphQLObjectType, depth: number, state: { budget: number }): string[] {
  const parts: string[] = [];
  for (const field of Object.values(type.getFields())) {
    if (state.budget <= 0) break;
    const required = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
    const literals = required.map((a) => literalFor(a));
    if (literals.some((l) => l === undefined)) continue;
    const argText = required.map((a, i) => `${a.name}: ${literals[i]}`);
    if (field.args.some((a) => a.name === 'first') && !required.some((a) => a.name === 'first')) argText.push('first: 1');
    const head = `${field.name}${argText.length ? `(${argText.join(', ')})` : ''}`;
    const named = getNamedType(field.type);
    if (isObjectType(named)) {
      if (depth >= 6) continue;
      state.budget--;
      const inner = wideSelection(schema, named, depth + 1, state);
      parts.push(`${head} { ${inner.length ? inner.join(' ') : '__typename'} }`);
    } else {
      state.budget--;
      parts.push(head);
    }
  }
  return parts;
}

function literalFor(arg: GraphQLArgument): string | undefined {
  const type = (isNonNullType(arg.type) ? arg.type.ofType : arg.type) as GraphQLInputType;
  if (isListType(type)) return '[]';
  if (isInputObjectType(type)) return undefined;
  if (isEnumType(type)) return type.getValues()[0]?.name;
  if (isScalarType(type)) {
    if (type.name === 'Int') return '1';
    if (type.name === 'Float') return '1.0';
    if (type.name === 'Boolean') return 'true';
    if (type.name === 'ID' || type.name === 'UUID') return '"00000000-0000-4000-8000-000000000000"';
    return '"x"';
  }
  return undefined;
}

const TYPE_FIELDS = ['kind', 'name', 'description', 'specifiedByURL', 'fields { name }', 'interfaces { name }', 'possibleTypes { name }', 'enumValues { name }', 'inputFields { name }', 'ofType { name }'];

const INTROSPECTION = `query IntrospectionQuery { __schema { queryType { name } mutationType { name } subscriptionType { name }
  types { ...FullType } directives { name description locations args { ...InputValue } } } }
fragment FullType on __Type { kind name description fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
  inputFields { ...InputValue } interfaces { ...TypeRef } enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason } possibleTypes { ...TypeRef } }
fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }`;
