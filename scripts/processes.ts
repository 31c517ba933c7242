import type { ChildProcess } from 'node:child_process';

/**
 * Child-process chores shared by `npm start` (scripts/start.ts) and the benchmark runner
 * (bench/src/run.ts): both run the subgraphs and a gateway as separate processes.
 */

/** SIGTERM, then SIGKILL after 5 s; resolves when the process has exited. */
export function terminate(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Polls `url` every 250 ms until it answers 2xx: a GET, or with `graphql` a POST of
 * `{ __typename }` (a gateway without a health route). Throws after `timeoutMs`.
 */
export async function waitUntilAnswering(url: string, options: { graphql?: boolean; timeoutMs?: number } = {}): Promise<void> {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = options.graphql
        ? await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) })
        : await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}
