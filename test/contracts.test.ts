import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { buildASTSchema, parse, validate } from 'graphql';
import path from 'node:path';
import { loadManifests } from '../gateway/src/persisted-queries';
import { composeSupergraph, printSubgraphSdls, ROOT, SUPERGRAPH_FILE } from '../scripts/contracts';
import { API_SCHEMA_FILE, apiSchemaSdl } from '../scripts/schema/api-schema';

/**
 * The committed contracts are what the code produces: each subgraph's schema.graphql and the
 * supergraph composed from them. Fix a failure with `npm run compose` and commit the result.
 */
describe('committed GraphQL contracts', () => {
  it.each(['catalog', 'accounts', 'billing', 'telephony-loyalty'])('subgraphs/%s/schema.graphql is up to date', async (name) => {
    const printed = (await printSubgraphSdls()).find((s) => s.name === name);
    expect(printed).toBeDefined();
    const committed = readFileSync(printed!.file, 'utf8');
    if (committed !== printed!.sdl) {
      throw new Error(`${path.relative(ROOT, printed!.file)} is stale: run \`npm run compose\` and commit it`);
    }
  });

  it('the subgraphs compose, and supergraph.graphql is their current composition', () => {
    const composed = composeSupergraph();
    if (readFileSync(SUPERGRAPH_FILE, 'utf8') !== composed) {
      throw new Error('supergraph.graphql is stale: run `npm run compose` and commit it');
    }
  });

  it('web/schema.graphql is the API schema of supergraph.graphql (what clients see)', () => {
    if (readFileSync(API_SCHEMA_FILE, 'utf8') !== apiSchemaSdl(readFileSync(SUPERGRAPH_FILE, 'utf8'))) {
      throw new Error('web/schema.graphql is stale: run `npm run compose` and commit it');
    }
  });
});

/**
 * The operations clients have persisted (partner integrations, the web app: one manifest per
 * client) stay valid against the API schema clients see: the supergraph without @inaccessible
 * fields. A schema change that breaks one fails here; fix the schema, or the client and its manifest.
 */
describe('shipped operation manifests', () => {
  const dir = path.join(ROOT, 'gateway', 'persisted-queries');
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  const apiSchema = buildASTSchema(parse(readFileSync(API_SCHEMA_FILE, 'utf8')));
  // The gateway's own loader: what it would safelist is what is checked here.
  const { operations } = loadManifests(dir);

  it('ships at least the partner integrations manifest, and the gateway loads every manifest in the folder', () => {
    expect(files).toContain('partner-integrations.json');
    expect([...new Set(operations.map((op) => `${op.client}.json`))].sort()).toEqual(files);
  });

  it.each(files)('%s: every id is the sha256 of its body, and every body is valid against the API schema', (file) => {
    const manifest = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as { operations: { id: string; name: string; body: string }[] };
    expect(manifest.operations.length).toBeGreaterThan(0);
    for (const op of manifest.operations) {
      expect({ name: op.name, id: op.id }).toEqual({ name: op.name, id: createHash('sha256').update(op.body).digest('hex') });
      expect({ name: op.name, errors: validate(apiSchema, parse(op.body)).map((e) => e.message) }).toEqual({ name: op.name, errors: [] });
    }
  });
});
