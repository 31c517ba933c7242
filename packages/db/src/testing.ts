import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createServer } from 'node:net';
import { startEmbeddedPostgres } from './embedded-postgres';
import { createScratchDatabase, type ScratchDatabase } from './database-url';

/**
 * Test support. Jest's global setup starts one embedded PostgreSQL per run unless DATABASE_URL
 * is set; every test file then gets its own scratch database, so files run in parallel without
 * seeing each other's rows.
 */
const SERVER_URL_VAR = 'APPMARKET_TEST_SERVER_URL';

export async function startTestPostgres(): Promise<() => Promise<void>> {
  if (process.env.DATABASE_URL) {
    process.env[SERVER_URL_VAR] = process.env.DATABASE_URL;
    return async () => undefined;
  }
  // A fresh directory per run: a killed run leaves its directory behind, never reused.
  const base = mkdtempSync(path.join(tmpdir(), 'appmarket-pg-'));
  const port = await freePort();
  const pg = await startEmbeddedPostgres({ dataDir: path.join(base, 'data'), port, persistent: false });
  process.env[SERVER_URL_VAR] = pg.url;
  return async () => {
    await pg.stop();
    rmSync(base, { recursive: true, force: true });
  };
}

export function testServerUrl(): string {
  const url = process.env[SERVER_URL_VAR] ?? process.env.DATABASE_URL;
  if (!url) throw new Error(`${SERVER_URL_VAR} is not set: run tests through jest's global setup`);
  return url;
}

/** A scratch database for the calling test file; drop it in afterAll. */
export function createTestDatabase(): Promise<ScratchDatabase> {
  return createScratchDatabase(testServerUrl());
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
