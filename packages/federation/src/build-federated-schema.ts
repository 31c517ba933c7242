import 'reflect-metadata';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { type GraphQLSchema, parse } from 'graphql';
import { buildSchema, createResolversMap, type BuildSchemaOptions } from 'type-graphql';

/**
 * The only place that knows the Federation version and which federation directives subgraphs may
 * use. Every subgraph builds its schema through `buildFederatedSchema`.
 */
export const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ' +
  '["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@tag", "@override"])';

/** `__resolveReference` per entity type name: turns a representation into the object. */
export type ReferenceResolvers<TContext> = Record<
  string,
  (representation: { __typename: string } & Record<string, unknown>, context: TContext) => unknown
>;

export interface FederatedSchemaOptions<TContext> {
  resolvers: BuildSchemaOptions['resolvers'];
  orphanedTypes?: BuildSchemaOptions['orphanedTypes'];
  referenceResolvers?: ReferenceResolvers<TContext>;
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
  const typeDefs = parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(typeGraphqlSchema)}`);
  const resolvers = createResolversMap(typeGraphqlSchema) as GraphQLResolverMap<unknown>;
  for (const [typeName, resolveReference] of Object.entries(options.referenceResolvers ?? {})) {
    const existing = (resolvers[typeName] ?? {}) as Record<string, unknown>;
    resolvers[typeName] = {
      ...existing,
      __resolveReference: (reference: { __typename: string } & Record<string, unknown>, context: unknown) =>
        resolveReference(reference, context as TContext),
    } as never;
  }
  return buildSubgraphSchema({ typeDefs, resolvers });
}
