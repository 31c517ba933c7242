import { startTestPostgres } from '@appmarket/db/src/testing';

/** One PostgreSQL server per run: DATABASE_URL's, or an embedded one in a fresh directory. */
export default async function globalSetup(): Promise<void> {
  const stop = await startTestPostgres();
  (globalThis as { __stopTestPostgres?: () => Promise<void> }).__stopTestPostgres = stop;
}
