import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createScratchDatabase, startEmbeddedPostgres } from '@appmarket/db';

export interface BenchDatabase {
  url: string;
  /** 'DATABASE_URL' or 'embedded'. */
  server: string;
  /** Already generated (BENCH_REUSE_DATABASE_URL): generation is skipped. */
  reused?: boolean;
  stop(): Promise<void>;
}

/**
 * A scratch database for one bench run: created on DATABASE_URL's server and dropped after, or
 * on an embedded PostgreSQL in a fresh temporary directory that is deleted after.
 */
export async function openBenchDatabase(log: (line: string) => void): Promise<BenchDatabase> {
  // Profiling iterations: a database the generator already filled is used as it is and kept.
  if (process.env.BENCH_REUSE_DATABASE_URL) {
    log('[bench] reusing the generated database of BENCH_REUSE_DATABASE_URL (not generated, not dropped)');
    return { url: process.env.BENCH_REUSE_DATABASE_URL, server: 'reused', reused: true, stop: async () => undefined };
  }
  if (process.env.DATABASE_URL) {
    const scratch = await createScratchDatabase(process.env.DATABASE_URL, 'appmarket_bench');
    log('[bench] scratch database on DATABASE_URL');
    return { url: scratch.url, server: 'DATABASE_URL', stop: () => scratch.drop() };
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'appmarket-bench-pg-'));
  const port = Number(process.env.BENCH_PG_PORT ?? '54339');
  log(`[bench] embedded PostgreSQL on port ${port} in ${dir}`);
  const pg = await startEmbeddedPostgres({ dataDir: path.join(dir, 'data'), port, persistent: false });
  const scratch = await createScratchDatabase(pg.url, 'appmarket_bench');
  return {
    url: scratch.url,
    server: 'embedded',
    stop: async () => {
      await scratch.drop();
      await pg.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
