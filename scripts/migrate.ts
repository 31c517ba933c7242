import { loadDotEnv } from '@appmarket/core';
import { openStackDatabase, prepareSubgraphs } from './database';
import { loadStackConfig } from './stack-config';

/** `npm run migrate`: applies every subgraph's pending migrations (no seeding). */
async function main(): Promise<void> {
  loadDotEnv();
  const config = loadStackConfig();
  const db = await openStackDatabase(config, console.log);
  try {
    await prepareSubgraphs(db.url, false, console.log);
  } finally {
    await db.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
