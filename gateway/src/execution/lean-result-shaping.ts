import {
  assert,
  ERRORS,
  isCompositeType,
  isListType,
  isNonNullType,
  isObjectType,
  isSubtype,
  isValidLeafValue,
  typenameFieldName,
  Variable,
  type CompositeType,
  type Directive,
  type FieldSelection,
  type Operation,
  type OutputType,
  type Schema,
  type SelectionSet,
  type Type,
} from '@apollo/federation-internals';
import type { GraphQLError } from 'graphql';

/**
 * @apollo/gateway 2.14.4's result shaping (dist/resultShaping.js, `computeResponse`: the subgraphs'
 * merged answer walked along the client's operation into the response), answer for answer and
 * error for error, without its garbage. The original allocates per field visited: two filtered
 * arrays for @skip/@include, a parameter object and a result object per value, and a closure per
 * assertion whether it fails or not — about 80 KB for a search page of 20 cards, 39 % of every
 * byte the gateway allocated under the search load (docs/BENCHMARKS.md, "Lean execution"). Here a
 * value's two flags travel in the walk's state and assertions build their message only on failure;
 * what remains allocated is the response itself, and its objects are ResponseObjects (below)
 * instead of `Object.create(null)` dictionaries. `test/gateway/lean-steps.test.ts` runs both on the same
 * inputs, nulls, bubbling, fragments, aliases, directives and bad subgraph values included.
 */
export interface ShapingInput {
  operation: Operation;
  variables?: Record<string, unknown>;
  input: Record<string, unknown> | null | undefined;
  introspectionHandling(selection: FieldSelection): unknown;
}

export interface ShapingResult {
  data: Record<string, unknown> | null | undefined;
  errors: GraphQLError[];
}

/**
 * A response object: no inherited property either (its prototype is a null-prototype object with
 * no properties, so an alias `__proto__` or `constructor` is an own field, as with
 * `Object.create(null)`), but made by a constructor, so V8 keeps it in fast mode with its fields in
 * the object, where `Object.create(null)` makes a hash-table dictionary per object — several
 * hundred bytes each, and JSON.stringify's slow path.
 */
const ResponseObject = function ResponseObject() {} as unknown as new () => Record<string, unknown>;
ResponseObject.prototype = Object.create(null) as object;

interface Walk {
  schema: Schema;
  variables: Record<string, unknown>;
  errors: GraphQLError[];
  introspectionHandling(selection: FieldSelection): unknown;
  path: (string | number)[];
  skip: string;
  include: string;
  /** Of the value updateOutputValue returned last: its parent must become null (a non-null field came back null). */
  invalid: boolean;
  /** Of the value updateOutputValue returned last: an error was already recorded under it. */
  hasErrors: boolean;
}

export function computeResponse({ operation, variables, input, introspectionHandling }: ShapingInput): ShapingResult {
  if (!input) return { data: input, errors: [] };
  const schema = operation.schema();
  const walk: Walk = {
    schema,
    variables: { __proto__: null, ...operation.collectDefaultedVariableValues(), ...variables } as Record<string, unknown>,
    errors: [],
    introspectionHandling,
    path: [],
    skip: schema.skipDirective().name,
    include: schema.includeDirective().name,
    invalid: false,
    hasErrors: false,
  };
  const data = new ResponseObject();
  const rootType = schema.schemaDefinition.rootType(operation.rootKind) as CompositeType;
  const bubbled = applySelectionSet(walk, input, operation.selectionSet, data, rootType);
  return { data: bubbled ? null : data, errors: walk.errors };
}

type Element = FieldSelection['element'] | { appliedDirectives: readonly Directive<any>[]; kind: string };

function shouldSkip(element: Element, walk: Walk): boolean {
  const directives = element.appliedDirectives;
  if (directives.length === 0) return false;
  let skip: Directive<any> | undefined;
  let include: Directive<any> | undefined;
  for (let i = 0; i < directives.length; i++) {
    const directive = directives[i]!;
    if (skip === undefined && directive.name === walk.skip) skip = directive;
    else if (include === undefined && directive.name === walk.include) include = directive;
  }
  return Boolean((skip && ifValue(skip, walk.variables)) || (include && !ifValue(include, walk.variables)));
}

function ifValue(directive: Directive<any>, variables: Record<string, unknown>): boolean {
  const ifArg = (directive.arguments() as { if: unknown }).if;
  if (ifArg instanceof Variable) {
    const value = variables[ifArg.name];
    assert(value !== undefined && typeof value === 'boolean', () => `Unexpected value ${String(value)} for variable ${ifArg.toString()} of ${directive.toString()}`);
    return value;
  }
  return ifArg as boolean;
}

function typeConditionApplies(schema: Schema, typeCondition: CompositeType | undefined, typename: string | undefined, parentType: CompositeType): boolean {
  if (!typeCondition) return true;
  if (typename) {
    const type = schema.type(typename);
    return !!type && isSubtype(typeCondition, type);
  }
  return isSubtype(typeCondition, parentType);
}

/** Fills `output` from `input` along `selectionSet`; true when a non-null field came back null and `output`'s owner must be null. */
function applySelectionSet(walk: Walk, input: Record<string, unknown>, selectionSet: SelectionSet, output: Record<string, unknown>, parentType: CompositeType): boolean {
  const selections = selectionSet.selections();
  for (let i = 0; i < selections.length; i++) {
    const selection = selections[i]!;
    if (shouldSkip(selection.element, walk)) continue;
    if (selection.kind === 'FieldSelection') {
      const field = selection.element;
      const definition = field.definition;
      const responseName = field.alias ? field.alias : definition.name;
      const outputValue = output[responseName];
      if (definition.isSchemaIntrospectionField()) {
        if (outputValue === undefined) output[responseName] = walk.introspectionHandling(selection);
        continue;
      }
      let inputValue: unknown = Object.prototype.hasOwnProperty.call(input, responseName) ? input[responseName] : undefined;
      if (inputValue === undefined) inputValue = null;
      if (definition.name === typenameFieldName) {
        if (outputValue === undefined) {
          if (inputValue === null && responseName !== typenameFieldName) inputValue = input[typenameFieldName] ?? null;
          const type = inputValue !== null && typeof inputValue === 'string' ? (walk.schema.type(inputValue) ?? parentType) : parentType;
          if (!isObjectType(type)) return true;
          output[responseName] = type.name;
        }
        continue;
      }
      walk.path.push(responseName);
      output[responseName] = updateOutputValue(walk, outputValue, definition.type!, inputValue, selection.selectionSet, parentType);
      walk.path.pop();
      if (walk.invalid) return true;
    } else {
      const fragment = selection.element;
      const typename = input[typenameFieldName];
      if (typename && typeof typename !== 'string') assert(false, () => `Got unexpected value for __typename: ${String(typename)}`);
      if (typeConditionApplies(walk.schema, fragment.typeCondition, typename as string | undefined, parentType)) {
        if (applySelectionSet(walk, input, selection.selectionSet, output, fragment.typeCondition ?? parentType)) return true;
      }
    }
  }
  return false;
}

function pathLastElementDescription(path: (string | number)[], currentType: Type, parentType: CompositeType): string {
  const element = path[path.length - 1];
  assert(element !== undefined, 'Should not have been called on an empty path');
  return typeof element === 'string' ? `field ${parentType.toString()}.${element}` : `array element of type ${currentType.toString()} at index ${element}`;
}

/** The value to put at `walk.path`; its flags are left in `walk.invalid` and `walk.hasErrors`. */
function updateOutputValue(walk: Walk, outputValue: unknown, type: OutputType, inputValue: unknown, selectionSet: SelectionSet | undefined, parentType: CompositeType): unknown {
  if (inputValue === undefined) assert(false, 'Should not pass undefined for `inputValue` to this method');
  if (outputValue === null || (outputValue !== undefined && !selectionSet)) return done(walk, outputValue, false);
  if (isNonNullType(type)) {
    const updated = updateOutputValue(walk, outputValue, type.ofType, inputValue, selectionSet, parentType);
    if (updated !== null) return done(walk, updated, false);
    if (!walk.hasErrors) {
      walk.errors.push(ERRORS.INVALID_GRAPHQL.err(`Cannot return null for non-nullable ${pathLastElementDescription(walk.path, type.ofType, parentType)}.`, { path: Array.from(walk.path) }));
    }
    walk.invalid = true;
    walk.hasErrors = true;
    return updated;
  }
  if (inputValue === null) return done(walk, null, false);
  if (isListType(type)) {
    if (!Array.isArray(inputValue)) assert(false, () => `Invalid non-list value ${String(inputValue)} returned by subgraph for list type ${type.toString()}`);
    if (outputValue !== undefined && !Array.isArray(outputValue)) assert(false, () => `Invalid non-list value ${String(outputValue)} returned by subgraph for list type ${type.toString()}`);
    const inputList = inputValue as unknown[];
    const outputList = outputValue as unknown[] | undefined;
    const length = inputList.length;
    if (outputList !== undefined && outputList.length !== length) {
      assert(false, () => `[${String(inputList)}].length (${length}) !== [${String(outputList)}].length (${outputList.length})`);
    }
    const updated = new Array<unknown>(length);
    let shouldNullify = false;
    let hasErrors = false;
    for (let index = 0; index < length; index++) {
      walk.path.push(index);
      updated[index] = updateOutputValue(walk, outputList === undefined ? undefined : outputList[index], type.ofType, inputList[index], selectionSet, parentType);
      walk.path.pop();
      shouldNullify ||= walk.invalid;
      hasErrors ||= walk.hasErrors;
    }
    return done(walk, shouldNullify ? null : updated, hasErrors);
  }
  if (isCompositeType(type)) {
    if (!selectionSet) assert(false, () => `Invalid empty selection set for composite type ${type.toString()}`);
    if (typeof inputValue !== 'object') assert(false, () => `Invalid non-object value ${String(inputValue)} returned by subgraph for composite type ${type.toString()}`);
    if (outputValue !== undefined && typeof outputValue !== 'object') assert(false, () => `Invalid non-object value ${String(inputValue)} returned by subgraph for composite type ${type.toString()}`);
    const inputObject = inputValue as Record<string, unknown>;
    const inputTypename = inputObject[typenameFieldName];
    if (inputTypename !== undefined && typeof inputTypename !== 'string') assert(false, () => `Invalid non-string value ${String(inputTypename)} for __typename at ${String(walk.path)}`);
    let objectType: CompositeType = type;
    if (inputTypename) {
      const typenameType = walk.schema.type(inputTypename as string);
      if (!typenameType || !isCompositeType(typenameType)) {
        walk.errors.push(ERRORS.INVALID_GRAPHQL.err(`Invalid __typename found for object at ${pathLastElementDescription(walk.path, type, parentType)}.`, { path: Array.from(walk.path) }));
        return done(walk, null, true);
      }
      objectType = typenameType;
    }
    const outputObject = (outputValue === undefined ? new ResponseObject() : outputValue) as Record<string, unknown>;
    const bubbled = applySelectionSet(walk, inputObject, selectionSet!, outputObject, objectType);
    return done(walk, bubbled ? null : outputObject, bubbled);
  }
  if (outputValue !== undefined) assert(false, () => `Excepted output to be undefined but got ${type.toString()} for type ${type.toString()}`);
  const valid = isValidLeafValue(walk.schema, inputValue, type);
  if (!valid) {
    walk.errors.push(ERRORS.INVALID_GRAPHQL.err(`Invalid value found for ${pathLastElementDescription(walk.path, type, parentType)}.`, { path: Array.from(walk.path) }));
  }
  return done(walk, valid ? inputValue : null, !valid);
}

function done(walk: Walk, updated: unknown, hasErrors: boolean): unknown {
  walk.invalid = false;
  walk.hasErrors = hasErrors;
  return updated;
}
