import { readFileSync } from 'node:fs';
import path from 'node:path';
import { composeSupergraph, printSubgraphSdls, ROOT, SUPERGRAPH_FILE } from '../scripts/contracts';

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
});
