/**
 * Polls `check` until it returns a value other than undefined/false (or stops throwing), and
 * returns that value. Fails after `timeout` ms with `message` and the last error, so a wait that
 * never ends says what it was waiting for instead of dying at jest's timeout.
 */
export async function eventually<T>(
  check: () => T | undefined | false | Promise<T | undefined | false>,
  options: { timeout?: number; interval?: number; message: string },
): Promise<T> {
  const timeout = options.timeout ?? 10_000;
  const interval = options.interval ?? 50;
  const deadline = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined && value !== false) return value as T;
      last = undefined;
    } catch (error) {
      last = error;
    }
    if (Date.now() >= deadline) {
      const cause = last instanceof Error ? `: ${last.message}` : '';
      throw new Error(`not within ${timeout} ms: ${options.message}${cause}`);
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}
