import {
  defaultFieldResolver, getNamedType, getNullableType, isInputObjectType, isIntrospectionType, isListType, isObjectType,
  type GraphQLArgument, type GraphQLInputField, type GraphQLInputType, type GraphQLSchema,
} from 'graphql';
import { unchecked, type Bound, type InputBounds } from './bound';
import { checkInput } from './check';

/** Federation's own entry point: its representations are what the gateway's query plan builds. */
export const FEDERATION_BOUNDS: InputBounds = {
  'Query._entities(representations:)': unchecked("federation's entity fetch: representations come from the gateway's query plan, its size from the operation's limits"),
};

const declared = new WeakMap<GraphQLSchema, InputBounds>();

/** The bounds a schema was built with (for the walk in the tests and the generated docs). */
export function inputBoundsOf(schema: GraphQLSchema): InputBounds {
  return declared.get(schema) ?? {};
}

/**
 * Makes every field with arguments check them against `bounds` before its resolver runs, so a
 * refused argument reaches no service and writes nothing. Returns the same schema.
 */
export function applyInputBounds(schema: GraphQLSchema, subgraphBounds: InputBounds): GraphQLSchema {
  const hasEntities = schema.getQueryType()?.getFields()._entities !== undefined;
  const bounds = { ...(hasEntities ? FEDERATION_BOUNDS : {}), ...subgraphBounds };
  declared.set(schema, bounds);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || isIntrospectionType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.args.length === 0) continue;
      const args = field.args.map((arg) => ({ arg, bound: bounds[`${type.name}.${field.name}(${arg.name}:)`] }));
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, values, context, info) => {
        for (const { arg, bound } of args) checkInput(values[arg.name], arg.type, bound, arg.name, bounds);
        return resolve(source, values, context, info);
      };
    }
  }
  return schema;
}

/** Whether an argument or input field of this type must be declared (ID, enums, Booleans, custom scalars, input objects need not). */
function needsBound(type: GraphQLInputType): boolean {
  const inner = getNullableType(type);
  if (isListType(inner)) return true;
  return ['String', 'Int', 'Float'].includes(getNamedType(type).name);
}

function fits(bound: Bound, type: GraphQLInputType): boolean {
  if (bound.kind === 'unchecked') return true;
  const inner = getNullableType(type);
  if (isListType(inner)) return bound.kind === 'list' && (!bound.items || fits(bound.items, inner.ofType as GraphQLInputType));
  const name = getNamedType(type).name;
  if (bound.kind === 'int') return name === 'Int';
  if (bound.kind === 'float') return name === 'Float' || name === 'Int';
  if (bound.kind === 'list') return false;
  return name === 'String' || name === 'ID';
}

export interface BoundedInput {
  coordinate: string;
  type: string;
  bound: Bound | undefined;
  /** What checks it when no bound is declared: an input object's own fields, or GraphQL (enums, Booleans, custom scalars). */
  checkedBy: 'fields' | 'graphql' | 'uuid';
}

function checkedBy(type: GraphQLInputType): BoundedInput['checkedBy'] {
  const named = getNamedType(type);
  if (isInputObjectType(named)) return 'fields';
  return named.name === 'ID' ? 'uuid' : 'graphql';
}

/** Every argument and input field of the schema with its declared bound (undefined: none). */
export function boundedInputs(schema: GraphQLSchema): BoundedInput[] {
  const bounds = inputBoundsOf(schema);
  const rows: BoundedInput[] = [];
  const add = (coordinate: string, input: GraphQLArgument | GraphQLInputField) =>
    rows.push({ coordinate, type: String(input.type), bound: bounds[coordinate], checkedBy: checkedBy(input.type) });
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type)) continue;
    if (isObjectType(type)) {
      for (const field of Object.values(type.getFields())) for (const arg of field.args) add(`${type.name}.${field.name}(${arg.name}:)`, arg);
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) add(`${type.name}.${field.name}`, field);
    }
  }
  return rows.sort((a, b) => a.coordinate.localeCompare(b.coordinate));
}

/**
 * What is wrong with a schema's bounds: an argument or input field that needs one and has none,
 * a bound of the wrong kind for its type, a bound on a coordinate the schema does not have.
 */
export function inputBoundProblems(schema: GraphQLSchema): string[] {
  const bounds = inputBoundsOf(schema);
  const problems: string[] = [];
  const seen = new Set<string>();
  const check = (coordinate: string, type: GraphQLInputType) => {
    seen.add(coordinate);
    const bound = bounds[coordinate];
    if (!bound) {
      if (needsBound(type)) problems.push(`${coordinate} (${String(type)}) has no bound`);
    } else if (!fits(bound, type)) {
      problems.push(`${coordinate} (${String(type)}) has a ${bound.kind} bound`);
    }
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type)) continue;
    if (isObjectType(type)) {
      for (const field of Object.values(type.getFields())) for (const arg of field.args) check(`${type.name}.${field.name}(${arg.name}:)`, arg.type);
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) check(`${type.name}.${field.name}`, field.type);
    }
  }
  for (const coordinate of Object.keys(bounds)) if (!seen.has(coordinate)) problems.push(`${coordinate} is bounded but not in the schema`);
  return problems;
}
