import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { capabilityManifests, permissionTableMarkdown, PERMISSIONS_DOC } from './access-contracts';
import { composeSupergraph, SUPERGRAPH_FILE } from './contracts';
import { API_SCHEMA_FILE, apiSchemaSdl } from './schema/api-schema';

/**
 * `npm run compose` (after print-schemas): composes supergraph.yaml into supergraph.graphql, and
 * from it writes the API schema clients see (web/schema.graphql), docs/permissions.md and the
 * gateway's capability manifests (gateway/capabilities/).
 */
try {
  const supergraph = composeSupergraph();
  writeFileSync(SUPERGRAPH_FILE, supergraph);
  console.log('wrote supergraph.graphql');
  mkdirSync(path.dirname(API_SCHEMA_FILE), { recursive: true });
  writeFileSync(API_SCHEMA_FILE, apiSchemaSdl(supergraph));
  console.log('wrote web/schema.graphql');
  writeFileSync(PERMISSIONS_DOC, permissionTableMarkdown(supergraph));
  console.log('wrote docs/permissions.md');
  for (const { file, content } of capabilityManifests(supergraph)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
    console.log(`wrote ${path.relative(path.resolve(__dirname, '..'), file)}`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
