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
  /** The bounds of every argument and input field, by schema coordinate (the subgraph's `input-bounds.ts`). */
  inputBounds: InputBounds;
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
