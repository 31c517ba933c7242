import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import path from 'node:path';
import { terminate, waitUntilAnswering } from '../../scripts/processes';

const ROOT = path.resolve(__dirname, '../..');

/**
 * A service of the product as an OS process, as deployed: `node -r @swc-node/register <main.ts>`
 * with its own env (scripts/start.ts runs them the same way). Its output lines are kept, so a
 * test can read its logs; `kill('SIGKILL')` is a crash.
 */
export class ServiceProcess {
  child?: ChildProcess;
  readonly lines: string[] = [];

  constructor(
    readonly name: string,
    private readonly main: string,
    private readonly env: Record<string, string>,
    readonly port: number,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** Starts the process and resolves once it answers GET /health. */
  async start(timeoutMs = 120_000): Promise<void> {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', path.join(ROOT, this.main)], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', APOLLO_TELEMETRY_DISABLED: '1', LOG_LEVEL: 'warn', ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    const keep = (chunk: Buffer) => this.lines.push(...chunk.toString().split('\n').filter(Boolean));
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    const exited = new Promise<never>((_, reject) =>
      child.once('exit', (code, signal) => reject(new Error(`${this.name} exited (${code ?? signal}) before answering:\n${this.lines.slice(-20).join('\n')}`))),
    );
    exited.catch(() => undefined);
    await Promise.race([waitUntilAnswering(`${this.url}/health`, { timeoutMs }), exited]);
  }

  /** A crash: SIGKILL, and resolves once the process is gone. */
  async crash(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
  }

  async stop(): Promise<void> {
    if (this.child) await terminate(this.child);
  }

  /** Log lines (JSON) whose `msg` is `msg`. */
  logged(msg: string): Record<string, unknown>[] {
    return this.lines.flatMap((line) => {
      try {
        const parsed = JSON.parse(line) as Record<string, unknown>;
        return parsed.msg === msg ? [parsed] : [];
      } catch {
        return [];
      }
    });
  }
}

/**
 * Which of `pids` owns the TCP connection whose local port is `port` (Linux: /proc/net/tcp*, then
 * each process's sockets). The vendor server sees the port its caller connected from; this says
 * which replica that caller is. Undefined when none does (or off Linux).
 */
export function pidOwningLocalPort(port: number, pids: number[]): number | undefined {
  const inodes = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text = '';
    try {
      text = readFileSync(table, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      const local = fields[1];
      if (local && parseInt(local.split(':').at(-1)!, 16) === port) inodes.add(fields[9]!);
    }
  }
  for (const pid of pids) {
    let fds: string[] = [];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        const inode = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`))?.[1];
        if (inode && inodes.has(inode)) return pid;
      } catch {
        // closed meanwhile
      }
    }
  }
  return undefined;
}
