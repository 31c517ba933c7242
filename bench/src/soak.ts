import { rssOfTree } from './cpu';
import { load } from './load';
import type { Prepared } from './targets';

/**
 * Gateway memory over a long run (issue 17: "gateway memory stays flat over a 10-minute run"):
 * one operation through one gateway for `seconds`, the gateway's RSS (its process tree) sampled
 * every `sampleSeconds`. The slope is a least-squares fit in MB per minute, over the whole run and
 * over its second half (the first half includes the heap growing to its working size).
 *
 * With `metrics` (the gateway's /metrics and its scrape token), each sample also reads the V8 heap:
 * used now (live objects and garbage not yet collected) and used just after the last full GC
 * (`appmarket_heap_used_after_gc_bytes`, the live heap). RSS can grow while the live heap is flat
 * (V8 lets garbage grow to several times the live heap, and keeps pages it once committed); a
 * leak shows as the live heap's slope (docs/BENCHMARKS.md, "Memory soak").
 */
export interface SoakSample {
  atSeconds: number;
  rssMb: number;
  /** V8 heap used at the sample (nodejs_heap_size_used_bytes). */
  heapUsedMb?: number;
  /** V8 heap used just after the last full GC (appmarket_heap_used_after_gc_bytes); absent before the first. */
  liveHeapMb?: number;
}

export interface SoakResult {
  target: string;
  operation: string;
  seconds: number;
  connections: number;
  requestsPerSecond: number;
  p99: number;
  errors: number;
  samples: SoakSample[];
  firstMb: number;
  lastMb: number;
  peakMb: number;
  slopeMbPerMinute: number;
  secondHalfSlopeMbPerMinute: number;
  /** From the gateway's /metrics, when it answered. */
  heap?: {
    usedPeakMb: number;
    liveFirstMb: number;
    liveLastMb: number;
    livePeakMb: number;
    liveSlopeMbPerMinute: number;
    liveSecondHalfSlopeMbPerMinute: number;
  };
}

/** Least-squares slope of `value` over `atSeconds`, in units per minute. */
export function slopePerMinute<S extends { atSeconds: number }>(samples: S[], value: (s: S) => number = (s) => (s as unknown as { rssMb: number }).rssMb): number {
  const n = samples.length;
  if (n < 2) return 0;
  const mx = samples.reduce((s, p) => s + p.atSeconds, 0) / n;
  const my = samples.reduce((s, p) => s + value(p), 0) / n;
  const sxy = samples.reduce((s, p) => s + (p.atSeconds - mx) * (value(p) - my), 0);
  const sxx = samples.reduce((s, p) => s + (p.atSeconds - mx) ** 2, 0);
  return sxx === 0 ? 0 : +((sxy / sxx) * 60).toFixed(2);
}

/** The V8 heap figures of a Prometheus text exposition, in MB (undefined when absent). */
export function heapOfMetrics(text: string): { heapUsedMb?: number; liveHeapMb?: number } {
  const mb = (name: string) => {
    const match = new RegExp(`^${name}(?:\\{[^}]*\\})? ([0-9.e+]+)$`, 'm').exec(text);
    return match ? +(Number(match[1]) / 2 ** 20).toFixed(1) : undefined;
  };
  const live = mb('appmarket_heap_used_after_gc_bytes');
  return { heapUsedMb: mb('nodejs_heap_size_used_bytes'), ...(live ? { liveHeapMb: live } : {}) };
}

export async function soak(options: {
  target: string; operation: string; pid: number; prepared: Prepared; seconds: number; sampleSeconds: number; connections: number;
  metrics?: { url: string; token: string };
}): Promise<SoakResult> {
  const started = performance.now();
  const samples: SoakSample[] = [];
  const pending: Promise<void>[] = [];
  const sample = () => {
    const entry: SoakSample = { atSeconds: +((performance.now() - started) / 1000).toFixed(1), rssMb: rssOfTree(options.pid).rss };
    samples.push(entry);
    if (!options.metrics) return;
    const { url, token } = options.metrics;
    // A scrape that does not answer in time leaves the sample without heap figures (the gateway is under full load).
    pending.push(fetch(url, { headers: { authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(options.sampleSeconds * 1000) })
      .then(async (response) => void Object.assign(entry, heapOfMetrics(await response.text())))
      .catch(() => undefined));
  };
  sample();
  const timer = setInterval(sample, options.sampleSeconds * 1000);
  try {
    const result = await load(options.prepared, options.seconds, options.connections);
    sample();
    await Promise.all(pending);
    const rss = samples.map((s) => s.rssMb);
    const secondHalf = (s: SoakSample) => s.atSeconds >= options.seconds / 2;
    const live = samples.filter((s): s is SoakSample & { liveHeapMb: number } => s.liveHeapMb !== undefined);
    const used = samples.flatMap((s) => (s.heapUsedMb === undefined ? [] : [s.heapUsedMb]));
    return {
      target: options.target, operation: options.operation, seconds: options.seconds, connections: options.connections,
      requestsPerSecond: Math.round(result.requests.average), p99: result.latency.p99, errors: result.errors + result.timeouts + result.non2xx,
      samples, firstMb: rss[0]!, lastMb: rss[rss.length - 1]!, peakMb: Math.max(...rss),
      slopeMbPerMinute: slopePerMinute(samples),
      secondHalfSlopeMbPerMinute: slopePerMinute(samples.filter(secondHalf)),
      ...(live.length >= 2 ? {
        heap: {
          usedPeakMb: Math.max(...used),
          liveFirstMb: live[0]!.liveHeapMb,
          liveLastMb: live[live.length - 1]!.liveHeapMb,
          livePeakMb: Math.max(...live.map((s) => s.liveHeapMb)),
          liveSlopeMbPerMinute: slopePerMinute(live, (s) => s.liveHeapMb),
          liveSecondHalfSlopeMbPerMinute: slopePerMinute(live.filter(secondHalf), (s) => s.liveHeapMb),
        },
      } : {}),
    };
  } finally {
    clearInterval(timer);
  }
}
