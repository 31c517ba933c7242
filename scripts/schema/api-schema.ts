import path from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import { printSchema } from 'graphql';
import { ROOT } from '../contracts';

/**
 * The API schema: what clients see of the supergraph (no join__/link__ machinery, no @inaccessible
 * fields). `npm run compose` writes it for front ends' code generation and for the schema checks:
 * the linter (test/schema/schema-lint.test.ts) and the breaking-change check
 * (test/schema/schema-evolution.test.ts) read this file, and `npm run schema:release` snapshots it.
 */
export const API_SCHEMA_FILE = path.join(ROOT, 'web', 'schema.graphql');

/** The last released API schema: what partners built on; breaking changes are measured against it. */
export const RELEASED_SCHEMA_FILE = path.join(ROOT, 'schema', 'released', 'api-schema.graphql');

/** The API schema of a composed supergraph, printed the way graphql-js prints a schema. */
export function apiSchemaSdl(supergraphSdl: string): string {
  const api = Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
  return `${printSchema(api).trim()}\n`;
}
