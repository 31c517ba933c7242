import type { Logger } from '@appmarket/core';

export const DEFAULT_SHUTDOWN_TIMEOUT_MS = 25_000;

/**
 * SIGTERM/SIGINT: runs `stop` once (mark not ready, stop accepting, drain requests in flight,
 * close pools and queues) and exits 0; if it has not finished within `timeoutMs`
 * (SHUTDOWN_TIMEOUT_MS, under Kubernetes' grace period) the process exits 1 anyway, so a stuck
 * request or connection never holds a rollout.
 */
export function exitGracefullyOnSignals(options: { timeoutMs: number; logger: Logger; stop(): Promise<void> }): void {
  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    options.logger.info('shutting down', { signal, timeoutMs: options.timeoutMs });
    setTimeout(() => {
      options.logger.error('shutdown deadline passed: exiting with work unfinished', { timeoutMs: options.timeoutMs });
      process.exit(1);
    }, options.timeoutMs).unref();
    options.stop().then(
      () => {
        options.logger.info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        options.logger.error('shutdown failed', { error: error instanceof Error ? error.message : String(error) });
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}
