/** Steps of a subgraph's start and stop (subgraph-module.ts), kept apart from the slots they serve. */

/** Runs every check in order; the first failure is thrown, named after its check. */
export async function checkAll(checks: Record<string, () => Promise<void>>): Promise<void> {
  for (const [name, check] of Object.entries(checks)) {
    try {
      await check();
    } catch (error) {
      throw new Error(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

/**
 * Runs every step in order even when one fails (a failed drain must not leave the queue running),
 * then throws the first failure.
 */
export async function runInOrder(steps: (() => Promise<unknown> | unknown)[]): Promise<void> {
  const failures: unknown[] = [];
  for (const step of steps) {
    try {
      await step();
    } catch (error) {
      failures.push(error);
    }
  }
  if (failures.length) throw failures[0];
}
