import 'reflect-metadata';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { type GraphQLSchema, parse } from 'graphql';
import { buildSchema, createResolversMap, type BuildSchemaOptions } from 'type-graphql';
import { applyInputBounds, type InputBounds } from './input-bounds';

/**
 * The only place that knows the Federation version and which federation directives subgraphs may
 * use. Every subgraph builds its schema through `buildFederatedSchema`.
 */
export const PERMISSIONS_SPEC_URL = 'https://appmarket.dev/permissions/v1.0';

export const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ' +
  '["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@tag", "@override", "@composeDirective"])' +
  ` @link(url: "${PERMISSIONS_SPEC_URL}", import: ["@requiresPermission"])` +
  ' @composeDirective(name: "@requiresPermission")';

/** The operations a permission names (the same values as catalog's `App.access`, AR-1). */
export const PERMISSION_OPERATIONS = ['VIEW', 'CREATE', 'UPDATE', 'DELETE', 'PRINT', 'APPROVE'] as const;
export type PermissionOperationName = (typeof PERMISSION_OPERATIONS)[number];

/**
 * Our field-level permission directive, kept in the supergraph by `@composeDirective` and
 * checked by the gateway before planning (AR-2: an app's own frozen set; a user's role). On a
 * field: `@Directive('@requiresPermission(entity: "calls", operation: VIEW)')`.
 * (@apollo/gateway refuses supergraphs importing @authenticated/@requiresScopes/@policy.)
 */
export const PERMISSION_DIRECTIVE_SDL =
  'directive @requiresPermission(entity: String!, operation: PermissionOperation!) on FIELD_DEFINITION';
const PERMISSION_OPERATION_ENUM_SDL = `enum PermissionOperation {\n  ${PERMISSION_OPERATIONS.join('\n  ')}\n}`;

/** The SDL every subgraph starts with: the links, our directive, and its enum unless the subgraph has it. */
export function federationPreamble(subgraphSdl: string): string {
  const hasEnum = /^enum PermissionOperation\b/m.test(subgraphSdl);
  return [FEDERATION_LINK, PERMISSION_DIRECTIVE_SDL, hasEnum ? '' : PERMISSION_OPERATION_ENUM_SDL].join('\n');
}

/** `__resolveReference` per entity type name: turns a representation into the object. */
export type ReferenceResolvers<TContext> = Record<
  string,
  (representation: { __typename: string } & Record<string, unknown>, context: TContext) => unknown
>;

export interface FederatedSchemaOptions<TContext> {
  resolvers: BuildSchemaOptions['resolvers'];
  orphanedTypes?: BuildSchemaOptions['orphanedTypes'];
  referenceResolvers?: ReferenceResolvers<TContext>;
  /**
   * Types only internal operations (themselves @inaccessible) use: marked @inaccessible, so the
   * public API shows no type nothing public points to, and composition refuses a public field
   * that starts using one. (type-graphql puts directives on classes, not on enums: hence here.)
   */
  inaccessibleTypes?: readonly string[];
  /** The bounds of every argument and input field, by schema coordinate (the subgraph's `input-bounds.ts`). */
  inputBounds: InputBounds;
}

/**
 * What clients read on the root types (issue 19 item 8: everything described). type-graphql has no
 * option for them; every subgraph sets the same text, so composition keeps it without a hint.
 */
export const ROOT_TYPE_DESCRIPTIONS = {
  Query: 'What a client can read. Every list is a Relay connection; what a field shows depends on who asks (see Viewer).',
  Mutation: 'What a client can change. Each public mutation answers its <Name>Payload: what it made or changed, and userErrors, empty on success.',
} as const;

function describeRootTypes(schema: GraphQLSchema): void {
  for (const [name, description] of Object.entries(ROOT_TYPE_DESCRIPTIONS)) {
    const type = schema.getType(name);
    if (type && !type.description) Object.assign(type, { description });
  }
}

/** Builds a Federation 2 subgraph schema from type-graphql resolvers. */
export async function buildFederatedSchema<TContext>(options: FederatedSchemaOptions<TContext>): Promise<GraphQLSchema> {
  const typeGraphqlSchema = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes,
    // Federation adds _entities/_service itself; type-graphql's own check would reject the
    // entity-only types that have no Query root here.
    skipCheck: true,
  });
  for (const name of options.inaccessibleTypes ?? []) {
    const type = typeGraphqlSchema.getType(name);
    if (!type) throw new Error(`inaccessibleTypes: no type ${name} in this subgraph`);
    // printSchemaWithDirectives prints the directives found in `extensions.directives`.
    Object.assign(type, { extensions: { ...type.extensions, directives: { inaccessible: {} } } });
  }
  describeRootTypes(typeGraphqlSchema);
  const printed = printSchemaWithDirectives(typeGraphqlSchema);
  const typeDefs = parse(`${federationPreamble(printed)}\n${printed}`);
  const resolvers = createResolversMap(typeGraphqlSchema) as GraphQLResolverMap<unknown>;
  for (const [typeName, resolveReference] of Object.entries(options.referenceResolvers ?? {})) {
    const existing = (resolvers[typeName] ?? {}) as Record<string, unknown>;
    resolvers[typeName] = {
      ...existing,
      __resolveReference: (reference: { __typename: string } & Record<string, unknown>, context: unknown) =>
        resolveReference(reference, context as TContext),
    } as never;
  }
  return applyInputBounds(buildSubgraphSchema({ typeDefs, resolvers }), options.inputBounds);
}
