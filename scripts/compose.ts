import { writeFileSync } from 'node:fs';
import { composeSupergraph, SUPERGRAPH_FILE } from './contracts';

/** `npm run compose` (after print-schemas): composes supergraph.yaml into supergraph.graphql. */
try {
  writeFileSync(SUPERGRAPH_FILE, composeSupergraph());
  console.log('wrote supergraph.graphql');
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
