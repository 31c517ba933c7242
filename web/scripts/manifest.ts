import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'graphql';

/**
 * The web app's operations, registered with the gateway as a client's manifest
 * (apollo-persisted-query-manifest, gateway/persisted-queries/web.json): the app then sends only
 * hashes, and a test fails when this file is stale (test/web/web-manifest.test.ts).
 */
export const WEB_DIR = path.resolve(__dirname, '..');
export const PERSISTED_DOCUMENTS = path.join(WEB_DIR, 'src', 'gql', 'persisted-documents.json');
export const WEB_MANIFEST = path.join(WEB_DIR, '..', 'gateway', 'persisted-queries', 'web.json');

export function webManifest(persisted: Record<string, string>): string {
  const operations = Object.entries(persisted).map(([id, body]) => {
    const definition = parse(body).definitions.find((d) => d.kind === 'OperationDefinition');
    if (!definition || definition.kind !== 'OperationDefinition' || !definition.name) throw new Error(`web: every operation is named (${id})`);
    return { id, name: definition.name.value, type: definition.operation, body };
  }).sort((a, b) => a.name.localeCompare(b.name));
  return `${JSON.stringify({ format: 'apollo-persisted-query-manifest', version: 1, operations }, null, 2)}\n`;
}

if (require.main === module) {
  writeFileSync(WEB_MANIFEST, webManifest(JSON.parse(readFileSync(PERSISTED_DOCUMENTS, 'utf8')) as Record<string, string>));
  console.log(`wrote ${path.relative(process.cwd(), WEB_MANIFEST)}`);
}
