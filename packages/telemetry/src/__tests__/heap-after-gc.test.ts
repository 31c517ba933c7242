import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { metricsRegistry } from '../metrics';

/**
 * appmarket_heap_used_after_gc_bytes (docs/observability.md): the live heap, read just after a full
 * collection. Heap used at any other moment also holds garbage (docs/BENCHMARKS.md, "Memory soak").
 */
async function liveHeap(): Promise<number> {
  const metric = (await metricsRegistry.getMetricsAsJSON()).find((m) => m.name === 'appmarket_heap_used_after_gc_bytes');
  return Number(metric?.values[0]?.value ?? 0);
}

describe('appmarket_heap_used_after_gc_bytes', () => {
  it('is set after a full garbage collection, to no more than the heap held just before it', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    // Garbage to collect: the figure must leave it out.
    let garbage: unknown[] | undefined = Array.from({ length: 200_000 }, (_, i) => ({ i, text: `item ${i}` }));
    const { heapUsed: withGarbage } = process.memoryUsage();
    garbage = undefined;
    gc();
    // The GC's performance entry reaches its observer after the current task.
    let value = 0;
    while (value === 0) {
      await new Promise((resolve) => setImmediate(resolve));
      value = await liveHeap();
    }
    expect(garbage).toBeUndefined();
    expect(value).toBeGreaterThan(0);
    expect(value).toBeLessThan(withGarbage);
  });
});
