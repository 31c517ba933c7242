import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Operation manifests in the `apollo-persisted-query-manifest` format, one file per client
 * (`<client>.json` in GATEWAY_PERSISTED_QUERIES_DIR). Each operation's id is the sha256 of its
 * body, so a client may send the body or only `extensions.persistedQuery.sha256Hash`. App tokens
 * (partner integrations) may run only these operations; they are planned at start-up.
 */
export interface ManifestOperation {
  id: string;
  name: string;
  type: 'query' | 'mutation' | 'subscription';
  body: string;
  client: string;
}

export interface OperationManifests {
  operations: ManifestOperation[];
  byHash: Map<string, ManifestOperation>;
}

export const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');

export function loadManifests(directory: string | undefined): OperationManifests {
  const operations: ManifestOperation[] = [];
  if (directory && existsSync(directory)) {
    for (const file of readdirSync(directory).filter((f) => f.endsWith('.json')).sort()) {
      const client = path.basename(file, '.json');
      const manifest = JSON.parse(readFileSync(path.join(directory, file), 'utf8')) as {
        format?: string; version?: number; operations?: Omit<ManifestOperation, 'client'>[];
      };
      if (manifest.format !== 'apollo-persisted-query-manifest' || manifest.version !== 1 || !Array.isArray(manifest.operations)) {
        throw new Error(`${file}: not an apollo-persisted-query-manifest, version 1`);
      }
      for (const op of manifest.operations) {
        if (sha256Hex(op.body) !== op.id) throw new Error(`${file}: operation ${op.name}: id is not the sha256 of its body`);
        operations.push({ ...op, client });
      }
    }
  }
  return { operations, byHash: new Map(operations.map((op) => [op.id, op])) };
}
