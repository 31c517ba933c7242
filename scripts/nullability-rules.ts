import { Supergraph } from '@apollo/federation-internals';
import {
  buildASTSchema, getNamedType, isInputObjectType, isInterfaceType, isNonNullType, isObjectType, isUnionType, parse, valueFromASTUntyped,
  type ConstDirectiveNode, type GraphQLField, type GraphQLNamedType, type GraphQLObjectType,
} from 'graphql';

/**
 * The nullability rules of docs/ARCHITECTURE.md ("Nullability"), checked on the composed
 * supergraph so that one subgraph's outage, or one field a caller may not see, costs only its own
 * fields (issue 14 item 4, issue 19 item 3). test/nullability.test.ts runs `nullabilityProblems`
 * on supergraph.graphql; every rule names itself in the problems it reports.
 *
 * - **root**: every public Query field is nullable: each is served by one subgraph, and a
 *   non-null root field that fails blanks the whole response, other subgraphs' fields included.
 * - **extension**: a field of an entity served by another subgraph than the entity's owner (the
 *   subgraph serving most of its fields) is nullable.
 * - **reference**: a field that returns an entity owned by another subgraph than the one serving
 *   the field is nullable (`Install.app`: accounts answers the reference, the catalog the rest).
 * - **owner-only**: a field tagged `owner-only` (OWNER_ONLY) is nullable: others get null with
 *   FORBIDDEN at its path.
 *
 * Mutation fields are exempt from **root**: a mutation's answer is its own result, not part of a
 * page (the other rules still apply to them). @inaccessible fields are internal and exempt.
 */
export function nullabilityProblems(supergraphSdl: string): string[] {
  const schema = buildASTSchema(parse(supergraphSdl), { assumeValidSDL: true });
  const problems: string[] = [];
  const owners = entityOwners(schema);
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      if (directives(field, 'inaccessible').length > 0 || isNullable(field)) continue;
      const coordinate = `${type.name}.${field.name}`;
      const servedBy = graphsOf(type, field);
      if (type.name === schema.getQueryType()?.name) problems.push(`${coordinate} (root): a root field must be nullable`);
      const owner = owners.get(type.name);
      if (owner && !keyFieldsOf(type).has(field.name) && !servedBy.includes(owner)) {
        problems.push(`${coordinate} (extension): served by ${servedBy.join('/')}, not by ${type.name}'s owner ${owner}, so it must be nullable`);
      }
      const returned = getNamedType(field.type).name;
      const returnedOwner = owners.get(returned);
      if (returnedOwner && servedBy.length > 0 && !servedBy.includes(returnedOwner)) {
        problems.push(`${coordinate} (reference): ${servedBy.join('/')} returns ${returned}, owned by ${returnedOwner}, so it must be nullable`);
      }
      if (tagsOf(field).includes('owner-only')) problems.push(`${coordinate} (owner-only): an owner-only field must be nullable`);
    }
  }
  return problems;
}

/**
 * Types of the public API (the supergraph without @inaccessible elements) that no root field
 * reaches: dead types, or types only internal operations use that lack @inaccessible.
 */
export function unreachableApiTypes(supergraphSdl: string): string[] {
  const api = Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
  const reached = new Set<string>();
  const queue: GraphQLNamedType[] = [api.getQueryType(), api.getMutationType(), api.getSubscriptionType()].filter((t): t is GraphQLObjectType => !!t);
  while (queue.length > 0) {
    const type = queue.pop()!;
    if (reached.has(type.name)) continue;
    reached.add(type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) queue.push(getNamedType(field.type), ...field.args.map((a) => getNamedType(a.type)));
      if (isObjectType(type)) queue.push(...type.getInterfaces());
    }
    if (isInputObjectType(type)) for (const field of Object.values(type.getFields())) queue.push(getNamedType(field.type));
    if (isUnionType(type)) queue.push(...type.getTypes());
  }
  return Object.keys(api.getTypeMap()).filter((name) => !name.startsWith('__') && !reached.has(name)).sort();
}

function isNullable(field: GraphQLField<unknown, unknown>): boolean {
  return !isNonNullType(field.type);
}

/** Entity type → the subgraph (supergraph enum value, e.g. CATALOG) serving most of its non-key fields. */
function entityOwners(schema: ReturnType<typeof buildASTSchema>): Map<string, string> {
  const owners = new Map<string, string>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || keyFieldsOf(type).size === 0) continue;
    const count = new Map<string, number>();
    for (const field of Object.values(type.getFields())) {
      if (keyFieldsOf(type).has(field.name)) continue;
      for (const graph of graphsOf(type, field)) count.set(graph, (count.get(graph) ?? 0) + 1);
    }
    const ranked = [...count].sort((a, b) => b[1] - a[1]);
    if (ranked[0]) owners.set(type.name, ranked[0][0]);
  }
  return owners;
}

/** The subgraphs serving a field: its @join__field graphs, or every graph of its type. */
function graphsOf(type: GraphQLObjectType, field: GraphQLField<unknown, unknown>): string[] {
  const fieldGraphs = directives(field, 'join__field').map((d) => argument(d, 'graph')).filter((g): g is string => typeof g === 'string');
  if (fieldGraphs.length > 0) return [...new Set(fieldGraphs)];
  return [...new Set(directivesOfType(type, 'join__type').map((d) => argument(d, 'graph')).filter((g): g is string => typeof g === 'string'))];
}

/** The fields named in the type's @key field sets (`id`). */
function keyFieldsOf(type: GraphQLObjectType): Set<string> {
  const keys = directivesOfType(type, 'join__type').map((d) => argument(d, 'key')).filter((k): k is string => typeof k === 'string');
  return new Set(keys.flatMap((key) => key.split(/[\s{}]+/).filter(Boolean)));
}

function tagsOf(field: GraphQLField<unknown, unknown>): string[] {
  return directives(field, 'tag').map((d) => argument(d, 'name')).filter((n): n is string => typeof n === 'string');
}

function directives(field: GraphQLField<unknown, unknown>, name: string): readonly ConstDirectiveNode[] {
  return field.astNode?.directives?.filter((d) => d.name.value === name) ?? [];
}

function directivesOfType(type: GraphQLObjectType, name: string): readonly ConstDirectiveNode[] {
  return [type.astNode, ...type.extensionASTNodes].flatMap((node) => node?.directives?.filter((d) => d.name.value === name) ?? []);
}

function argument(directive: ConstDirectiveNode, name: string): unknown {
  const arg = directive.arguments?.find((a) => a.name.value === name);
  return arg ? valueFromASTUntyped(arg.value) : undefined;
}
