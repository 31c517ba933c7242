import { spawn } from 'node:child_process';
import path from 'node:path';

/**
 * Graceful shutdown with a deadline (SHUTDOWN_TIMEOUT_MS): on SIGTERM a request in flight is
 * answered and the process exits 0; a drain that outlasts the deadline ends the process with 1.
 */
async function child(env: { SLOW_MS: string; TIMEOUT_MS: string }) {
  const proc = spawn(process.execPath, ['-r', '@swc-node/register', path.join(__dirname, 'fixtures/graceful-child.ts')], {
    cwd: path.resolve(__dirname, '../../../..'), env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  const lines: Record<string, unknown>[] = [];
  const waiters: (() => void)[] = [];
  proc.stdout!.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
    for (const wake of waiters.splice(0)) wake();
  });
  const line = async (key: string) => {
    while (!lines.some((l) => key in l)) await new Promise<void>((resolve) => waiters.push(resolve));
    return lines.find((l) => key in l)!;
  };
  const { port } = (await line('port')) as { port: number };
  /** Resolves once the child has received the slow request. */
  const received = () => line('received');
  return { proc, exited, received, url: `http://127.0.0.1:${port}` };
}

describe('exitGracefullyOnSignals', () => {
  jest.setTimeout(60_000);

  it('answers the request in flight, then exits 0', async () => {
    const { proc, exited, received, url } = await child({ SLOW_MS: '700', TIMEOUT_MS: '20000' });
    const inFlight = fetch(`${url}/slow`).then((r) => r.text());
    await received();
    proc.kill('SIGTERM');
    expect(await inFlight).toBe('done');
    expect(await exited).toBe(0);
  });

  it('exits 1 when draining outlasts the deadline', async () => {
    const { proc, exited, received, url } = await child({ SLOW_MS: '30000', TIMEOUT_MS: '1000' });
    const inFlight = fetch(`${url}/slow`).catch(() => 'cut off');
    await received();
    proc.kill('SIGTERM');
    expect(await exited).toBe(1);
    expect(await inFlight).toBe('cut off');
  });
});
