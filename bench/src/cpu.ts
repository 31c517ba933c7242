import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { Client } from 'pg';

/**
 * CPU and memory of process trees, from /proc (Linux).
 *
 * The CPU of a tree is the sum, over every process alive in it, of utime + stime (its own) +
 * cutime + cstime (its children's, once it has reaped them). A process that exits during a
 * measurement is not lost: its parent reaps it and its time moves into the parent's cutime/cstime
 * (and, if the parent exits too, on up into the grandparent's). PostgreSQL's postmaster reaps
 * every backend, autovacuum worker and parallel worker it forks, so the postmaster's tree counts
 * them all, including those that come and go between two samples — the earlier sum over live
 * `postgres` processes lost them, hence negative figures. What remains: a process reaped in the
 * instant between reading the parent's and the child's stat is counted twice or not at all (at most
 * one short-lived process's CPU), and a server that is not on this machine cannot be measured.
 */
const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

interface Stat {
  ppid: number;
  /** utime + stime + cutime + cstime, in ms. */
  cpuMs: number;
}

function statOf(pid: number): Stat | undefined {
  try {
    // Fields after the command's closing parenthesis, from field 3 (state): ppid is the 4th field,
    // utime, stime, cutime, cstime the 14th to 17th.
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
    return { ppid: Number(fields[1]), cpuMs: (ticks * 1000) / CLOCK_TICKS };
  } catch {
    return undefined; // gone
  }
}

export function treeOf(pid: number): number[] {
  const pids = [pid];
  for (let i = 0; i < pids.length; i++) {
    try {
      // Every thread's children: a multi-threaded parent (Node) may fork from any thread.
      for (const task of readdirSafe(`/proc/${pids[i]}/task`)) {
        const children = readFileSync(`/proc/${pids[i]}/task/${task}/children`, 'utf8').trim();
        if (children) pids.push(...children.split(/\s+/).map(Number));
      }
    } catch {
      // gone
    }
  }
  return [...new Set(pids)];
}

function readdirSafe(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** CPU time (ms) a process tree has used so far, exited and reaped members included. */
export function cpuMsOfTree(pid: number): number {
  // The root first, then its descendants: a child reaped in between is then counted in neither
  // (rather than twice); see the note above.
  return treeOf(pid).reduce((sum, p) => sum + (statOf(p)?.cpuMs ?? 0), 0);
}

/** RSS of a process and its descendants (MB), now and at peak (sum of each one's VmHWM). */
export function rssOfTree(pid: number): { rss: number; peak: number } {
  let rss = 0;
  let peak = 0;
  for (const p of treeOf(pid)) {
    try {
      const status = readFileSync(`/proc/${p}/status`, 'utf8');
      rss += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      peak += Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
    } catch {
      // gone
    }
  }
  return { rss: Math.round(rss / 1024), peak: Math.round(peak / 1024) };
}

/**
 * The postmaster of the server behind `url`: the parent of the backend serving a connection.
 * Undefined when that server is not on this machine (its processes are not in our /proc).
 */
export async function postmasterOf(url: string): Promise<{ pid: number; version: string } | undefined> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number; version: string }>(`SELECT pg_backend_pid() AS pid, current_setting('server_version') AS version`);
    const backend = rows[0]!;
    const parent = statOf(backend.pid)?.ppid;
    if (!parent) return undefined;
    const comm = readFileSync(`/proc/${parent}/comm`, 'utf8').trim();
    return comm.startsWith('postgres') ? { pid: parent, version: backend.version } : undefined;
  } catch {
    return undefined;
  } finally {
    await client.end();
  }
}

/** The server's version even when its processes are out of reach. */
export async function serverVersion(url: string): Promise<string> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ v: string }>(`SELECT current_setting('server_version') AS v`)).rows[0]!.v;
  } finally {
    await client.end();
  }
}
