import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { printSubgraphSdls, ROOT } from './contracts';

/** `npm run print-schemas`: writes every subgraph's SDL to subgraphs/<name>/schema.graphql. */
async function main(): Promise<void> {
  for (const { file, sdl } of await printSubgraphSdls()) {
    writeFileSync(file, sdl);
    console.log(`wrote ${path.relative(ROOT, file)}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
