import { execFileSync } from 'node:child_process';
import { createServer, connect, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * The Redis tests use: REDIS_URL (the gateway's variable), or this machine's 127.0.0.1:6379.
 * Tests that need one are skipped, saying so, when none answers (`redisOrSkip`).
 */
export const TEST_REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Synchronous, so a suite can be skipped before it is defined: PING answered +PONG within 1.5 s. */
export function redisAnswers(url: string = TEST_REDIS_URL): boolean {
  const { hostname, port } = new URL(url);
  const probe = `const s=require('net').connect(${Number(port || 6379)},${JSON.stringify(hostname)});` +
    `s.setTimeout(1500,()=>process.exit(1));s.on('error',()=>process.exit(1));s.on('connect',()=>s.write('PING\\r\\n'));` +
    `s.on('data',(d)=>process.exit(String(d).startsWith('+PONG')?0:1));`;
  try {
    execFileSync(process.execPath, ['-e', probe], { timeout: 5000, stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** `describe`, or `describe.skip` with a warning naming the file when no Redis answers. */
export function describeWithRedis(file: string): jest.Describe {
  if (redisAnswers()) return describe;
  console.warn(`${file} skipped: no Redis answers at ${TEST_REDIS_URL} (set REDIS_URL to run it)`);
  return describe.skip;
}

/**
 * A TCP proxy in front of the real Redis that a test can cut, as an outage would:
 * - `pass`: bytes flow both ways;
 * - `refuse`: every connection is closed as soon as it opens (Redis stopped, a reset);
 * - `blackhole`: connections open but nothing comes back (a partition: only timeouts notice).
 * `refuse` ends every open connection; `blackhole` keeps them open and silent. `url(db)` is the URL
 * clients are given.
 */
export class RedisProxy {
  private server?: Server;
  private readonly sockets = new Set<Socket>();
  private mode: 'pass' | 'refuse' | 'blackhole' = 'pass';
  /** Connections opened to the proxy since it started: a client reconnecting adds one each time. */
  connections = 0;
  port = 0;

  constructor(private readonly target: string = TEST_REDIS_URL) {}

  async start(): Promise<void> {
    const { hostname, port } = new URL(this.target);
    this.server = createServer((client) => {
      this.connections += 1;
      this.sockets.add(client);
      client.on('close', () => this.sockets.delete(client));
      client.on('error', () => undefined);
      if (this.mode === 'refuse') return void client.destroy();
      if (this.mode === 'blackhole') return void client.on('data', () => undefined);
      const upstream = connect(Number(port || 6379), hostname);
      this.sockets.add(upstream);
      upstream.on('close', () => {
        this.sockets.delete(upstream);
        client.destroy();
      });
      upstream.on('error', () => client.destroy());
      client.on('close', () => upstream.destroy());
      // Not piped: a partition (blackhole) silences connections that are already open, too.
      client.on('data', (chunk: Buffer) => void (this.mode === 'pass' && upstream.write(chunk)));
      upstream.on('data', (chunk: Buffer) => void (this.mode === 'pass' && client.write(chunk)));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  url(db = 0): string {
    return `redis://127.0.0.1:${this.port}/${db}`;
  }

  setMode(mode: 'pass' | 'refuse' | 'blackhole'): void {
    this.mode = mode;
    if (mode !== 'refuse') return;
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
