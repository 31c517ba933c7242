import { randomUUID } from 'node:crypto';
import { inputBoundsOf, type Bound, type InputBounds } from '@appmarket/federation';
import {
  getNamedType, getNullableType, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType,
  type GraphQLArgument, type GraphQLField, type GraphQLInputType, type GraphQLSchema,
} from 'graphql';

/**
 * Bad-input cases generated from a subgraph's schema and its input bounds: for every root field the
 * gateway serves, a valid value for each argument, then — one at a time — each leaf (argument,
 * input field, list item) made too long, blank, NUL-bearing, out of range, a bad id, a bad URL, a
 * list too long, a wrong type or an unknown enum value. Each case says the status, the code and
 * the argument path the answer must carry.
 */
export interface BadInputCase {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  status: number;
  code: string;
  /** `extensions.field` the refusal names; null when GraphQL itself refuses (a wrong type). */
  field: string | null;
}

type Path = (string | number)[];

/** The gateway's default GATEWAY_MAX_BODY_BYTES: a larger case never reaches a subgraph (413 BODY_TOO_LARGE). */
export const GATEWAY_MAX_BODY_BYTES = 100_000;
interface Variant { label: string; value: unknown; code: string; fieldAt: 'leaf' | 'list' | null }

const inaccessible = (node: { directives?: readonly { name: { value: string } }[] } | null | undefined) =>
  Boolean(node?.directives?.some((d) => d.name.value === 'inaccessible'));

/** A value every bound accepts, for the arguments a case leaves alone. */
function validValue(type: GraphQLInputType, bound: Bound | undefined, bounds: InputBounds): unknown {
  const inner = getNullableType(type) as GraphQLInputType;
  if (isListType(inner)) return [];
  if (isInputObjectType(inner)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(inner.getFields())) {
      if (isNonNullType(field.type) && field.defaultValue === undefined) value[field.name] = validValue(field.type, bounds[`${inner.name}.${field.name}`], bounds);
    }
    return value;
  }
  if (isEnumType(inner)) return inner.getValues()[0]!.name; // the GraphQL name a variable carries (Zone.RU), not the internal value ('ru')
  switch (inner.name) {
    case 'Boolean': return true;
    case 'DateTimeISO': return '2026-11-01T09:00:00.000Z';
    case 'Int': case 'Float': {
      const range = bound?.kind === 'int' || bound?.kind === 'float' ? bound : { min: 0, max: 1 };
      return Math.min(Math.max(1, range.min), range.max);
    }
    case 'ID': return bound?.kind === 'opaqueId' ? 'ext-1' : randomUUID();
    default:
      if (bound?.kind === 'url') return 'https://example.com/a';
      if (bound?.kind === 'opaqueId') return 'ext-1';
      if (bound?.kind === 'text' && bound.pattern) return bound.pattern.example;
      return 'ok';
  }
}

/** The bad values of one leaf, by its bound. */
function variantsOf(type: GraphQLInputType, bound: Bound | undefined): Variant[] {
  const inner = getNullableType(type) as GraphQLInputType;
  const named = getNamedType(type);
  if (isListType(inner)) {
    const variants: Variant[] = [];
    if (bound?.kind === 'list') {
      const item = validValue(inner.ofType as GraphQLInputType, bound.items, {});
      variants.push({ label: `${bound.maxItems + 1} items`, value: Array.from({ length: bound.maxItems + 1 }, () => item), code: 'INPUT_TOO_MANY_ITEMS', fieldAt: 'list' });
    }
    if (!isInputObjectType(getNamedType(inner))) {
      for (const v of variantsOf(inner.ofType as GraphQLInputType, bound?.kind === 'list' ? bound.items : undefined)) {
        variants.push({ ...v, label: `an item ${v.label}`, value: [v.value], fieldAt: v.fieldAt === 'leaf' ? 'leaf' : v.fieldAt });
      }
    }
    return variants;
  }
  if (isEnumType(named)) return [{ label: 'an unknown enum value', value: 'NOT_A_VALUE', code: 'BAD_USER_INPUT', fieldAt: null }];
  if (!isScalarType(named)) return [];
  const wrongType: Variant = { label: 'of a wrong type', value: { not: 'a scalar' }, code: 'BAD_USER_INPUT', fieldAt: null };
  if (named.name === 'Boolean') return [{ ...wrongType, value: 'yes' }];
  if (named.name === 'DateTimeISO') return [{ ...wrongType, label: 'not a date', value: 'yesterday' }];
  if (named.name === 'Int' || named.name === 'Float') {
    const variants: Variant[] = [{ ...wrongType, label: 'a string', value: '12' }];
    if (named.name === 'Int') variants.push({ ...wrongType, label: 'beyond 32 bits', value: 2 ** 31 }, { ...wrongType, label: 'a fraction', value: 1.5 });
    if (bound?.kind === 'int' || bound?.kind === 'float') {
      variants.push({ label: `above ${bound.max}`, value: bound.max + 1, code: 'INPUT_OUT_OF_RANGE', fieldAt: 'leaf' });
      if (bound.min - 1 >= -(2 ** 31)) variants.push({ label: `below ${bound.min}`, value: bound.min - 1, code: 'INPUT_OUT_OF_RANGE', fieldAt: 'leaf' });
    }
    return variants;
  }
  const variants: Variant[] = [wrongType];
  const effective: Bound = bound ?? { kind: 'id' };
  switch (effective.kind) {
    case 'id':
      variants.push(
        { label: 'not a UUID', value: 'not-a-uuid', code: 'INPUT_INVALID_ID', fieldAt: 'leaf' },
        { label: 'SQL in an id', value: "1' OR '1'='1", code: 'INPUT_INVALID_ID', fieldAt: 'leaf' },
      );
      break;
    case 'opaqueId':
      variants.push(
        { label: 'an id with a space', value: 'a b', code: 'INPUT_INVALID_ID', fieldAt: 'leaf' },
        { label: `an id of ${effective.max + 1} characters`, value: 'x'.repeat(effective.max + 1), code: 'INPUT_INVALID_ID', fieldAt: 'leaf' },
      );
      break;
    case 'url':
      variants.push(
        { label: 'javascript:', value: 'javascript:alert(1)', code: 'INPUT_INVALID_URL', fieldAt: 'leaf' },
        { label: 'no host', value: 'https://', code: 'INPUT_INVALID_URL', fieldAt: 'leaf' },
        { label: `${effective.max + 1} characters`, value: `https://example.com/${'a'.repeat(effective.max)}`, code: 'INPUT_TOO_LONG', fieldAt: 'leaf' },
      );
      if (!effective.schemes.includes('http')) variants.push({ label: 'plain http', value: 'http://example.com/a', code: 'INPUT_INVALID_URL', fieldAt: 'leaf' });
      break;
    case 'text':
      variants.push(
        // Cyrillic where it is short (characters, not bytes, are counted); long ones in ASCII stay under the body limit.
        { label: `${effective.max + 1} characters`, value: (effective.max < 10_000 ? 'я' : 'x').repeat(effective.max + 1), code: 'INPUT_TOO_LONG', fieldAt: 'leaf' },
        { label: 'a NUL byte', value: 'a\u0000b', code: 'INPUT_INVALID_TEXT', fieldAt: 'leaf' },
        { label: 'an escape character', value: 'a\u001b[31mb', code: 'INPUT_INVALID_TEXT', fieldAt: 'leaf' },
        { label: 'a lone surrogate', value: 'a\ud800b', code: 'INPUT_INVALID_TEXT', fieldAt: 'leaf' },
      );
      if (!effective.multiline) variants.push({ label: 'a line break', value: 'a\nb', code: 'INPUT_INVALID_TEXT', fieldAt: 'leaf' });
      if (!(effective.blank ?? !isNonNullType(type))) variants.push({ label: 'blank', value: '   ', code: 'INPUT_BLANK', fieldAt: 'leaf' });
      if (effective.pattern && !effective.pattern.regex.test('~')) variants.push({ label: `not ${effective.pattern.name}`, value: '~', code: 'INPUT_INVALID_FORMAT', fieldAt: 'leaf' });
      break;
    default:
      break;
  }
  return variants;
}

function pathText(path: Path): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

function setAt(root: Record<string, unknown>, path: Path, value: unknown): Record<string, unknown> {
  const copy = structuredClone(root);
  let node: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = value;
  return copy;
}

/** Every leaf under an argument: itself, or each input-object field, recursively (lists of objects: their first item). */
function* leaves(type: GraphQLInputType, coordinate: string | null, path: Path, bounds: InputBounds, depth = 0):
  Generator<{ type: GraphQLInputType; bound: Bound | undefined; path: Path; itemPath?: Path }> {
  const inner = getNullableType(type) as GraphQLInputType;
  const bound = coordinate ? bounds[coordinate] : undefined;
  if (isInputObjectType(inner) && depth < 3) {
    for (const field of Object.values(inner.getFields())) yield* leaves(field.type, `${inner.name}.${field.name}`, [...path, field.name], bounds, depth + 1);
    return;
  }
  if (isListType(inner) && isInputObjectType(getNamedType(inner))) {
    yield { type, bound, path };
    const item = getNamedType(inner) as ReturnType<typeof getNamedType> & { getFields(): Record<string, { name: string; type: GraphQLInputType }> };
    for (const field of Object.values(item.getFields())) {
      yield { ...[...leaves(field.type, `${item.name}.${field.name}`, [...path, 0, field.name], bounds, depth + 1)][0]!, itemPath: [...path, 0] };
    }
    return;
  }
  yield { type, bound, path };
}

/** The cases of one root field (`Query.storefront`, `Mutation.createApp`). */
function casesOfField(rootName: 'Query' | 'Mutation', field: GraphQLField<unknown, unknown>, bounds: InputBounds): BadInputCase[] {
  const coordinateOf = (arg: GraphQLArgument) => `${rootName}.${field.name}(${arg.name}:)`;
  const valid: Record<string, unknown> = {};
  for (const arg of field.args) if (isNonNullType(arg.type)) valid[arg.name] = validValue(arg.type, bounds[coordinateOf(arg)], bounds);
  const selection = isScalarType(getNamedType(field.type)) || isEnumType(getNamedType(field.type)) ? '' : ' { __typename }';
  const declarations = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const query = `${rootName === 'Query' ? 'query' : 'mutation'} Bad(${declarations}) { ${field.name}(${field.args.map((a) => `${a.name}: $${a.name}`).join(', ')})${selection} }`;
  const cases: BadInputCase[] = [];
  for (const arg of field.args) {
    for (const leaf of leaves(arg.type, coordinateOf(arg), [arg.name], bounds)) {
      for (const variant of variantsOf(leaf.type, leaf.bound)) {
        // The object around a list item's field holds the item's other required fields.
        let variables = valid;
        if (leaf.itemPath) {
          const parentPath = leaf.itemPath.slice(0, -1);
          variables = setAt(fillTo(valid, parentPath, arg, bounds), leaf.itemPath, itemValue(arg.type, parentPath.slice(1), bounds));
        } else if (leaf.path.length > 1) {
          variables = fillTo(valid, leaf.path.slice(0, -1), arg, bounds);
        }
        variables = setAt(variables, leaf.path, variant.value);
        const at = variant.fieldAt === null ? null
          : variant.fieldAt === 'list' || !Array.isArray(variant.value) ? pathText(leaf.path) : `${pathText(leaf.path)}[0]`;
        const name = `${rootName}.${field.name}(${pathText(leaf.path)}): ${variant.label}`;
        const bytes = Buffer.byteLength(JSON.stringify({ query, variables }));
        cases.push(bytes > GATEWAY_MAX_BODY_BYTES
          ? { name, query, variables, status: 413, code: 'BODY_TOO_LARGE', field: null }
          : { name, query, variables, status: 400, code: variant.code, field: at });
      }
    }
  }
  return cases;
}

/** The valid variables with every object on the way to `path` present (a nullable input object filled with its required fields). */
function fillTo(valid: Record<string, unknown>, path: Path, arg: GraphQLArgument, bounds: InputBounds): Record<string, unknown> {
  let copy = structuredClone(valid);
  let type: GraphQLInputType = arg.type;
  for (let i = 1; i <= path.length; i++) {
    const at = path.slice(0, i);
    const inner = getNullableType(type) as GraphQLInputType;
    if (i === 1) {
      if (copy[arg.name] === undefined) copy = setAt(copy, at, validValue(arg.type, undefined, bounds));
      continue;
    }
    if (!isInputObjectType(inner)) break;
    const key = at[at.length - 1] as string;
    const fieldType = inner.getFields()[key]!.type;
    let node: unknown = copy;
    for (const k of at) node = (node as Record<string | number, unknown>)?.[k];
    if (node === undefined) copy = setAt(copy, at, validValue(fieldType, bounds[`${inner.name}.${key}`], bounds));
    type = fieldType;
  }
  return copy;
}

/** A valid item of the list of input objects at `path` under the argument's type. */
function itemValue(argType: GraphQLInputType, path: Path, bounds: InputBounds): unknown {
  let type = getNullableType(argType) as GraphQLInputType;
  for (const key of path) {
    if (isInputObjectType(type)) type = getNullableType(type.getFields()[key as string]!.type) as GraphQLInputType;
  }
  return validValue(getNamedType(type) as GraphQLInputType, undefined, bounds);
}

/**
 * Every case of a subgraph, federation's own root fields left out: `public`, the root fields the
 * gateway serves; `internal`, the @inaccessible ones services call on the subgraph directly.
 */
export function casesOfSubgraph(schema: GraphQLSchema, which: 'public' | 'internal' = 'public'): BadInputCase[] {
  const bounds = inputBoundsOf(schema);
  const cases: BadInputCase[] = [];
  for (const root of ['Query', 'Mutation'] as const) {
    const type = root === 'Query' ? schema.getQueryType() : schema.getMutationType();
    for (const field of Object.values(type?.getFields() ?? {})) {
      if (field.name.startsWith('_') || field.args.length === 0 || inaccessible(field.astNode) !== (which === 'internal')) continue;
      cases.push(...casesOfField(root, field, bounds));
    }
  }
  return cases;
}
