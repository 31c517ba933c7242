import { AsyncLocalStorage } from 'node:async_hooks';

/** The id of the request being served, reachable from anywhere in its async call chain (logs, errors). */
const storage = new AsyncLocalStorage<{ requestId: string }>();

export function runWithRequestId<T>(requestId: string, fn: () => T): T {
  return storage.run({ requestId }, fn);
}

export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}
