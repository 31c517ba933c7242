import { rssOfTree } from './cpu';
import { load } from './load';
import type { Prepared } from './targets';

/**
 * Gateway memory over a long run (issue 17: "gateway memory stays flat over a 10-minute run"):
 * one operation through one gateway for `seconds`, the gateway's RSS (its process tree) sampled
 * every `sampleSeconds`. The slope is a least-squares fit in MB per minute, over the whole run and
 * over its second half (the first half includes the heap growing to its working size).
 */
export interface SoakResult {
  target: string;
  operation: string;
  seconds: number;
  connections: number;
  requestsPerSecond: number;
  p99: number;
  errors: number;
  samples: { atSeconds: number; rssMb: number }[];
  firstMb: number;
  lastMb: number;
  peakMb: number;
  slopeMbPerMinute: number;
  secondHalfSlopeMbPerMinute: number;
}

export function slopePerMinute(samples: { atSeconds: number; rssMb: number }[]): number {
  const n = samples.length;
  if (n < 2) return 0;
  const mx = samples.reduce((s, p) => s + p.atSeconds, 0) / n;
  const my = samples.reduce((s, p) => s + p.rssMb, 0) / n;
  const sxy = samples.reduce((s, p) => s + (p.atSeconds - mx) * (p.rssMb - my), 0);
  const sxx = samples.reduce((s, p) => s + (p.atSeconds - mx) ** 2, 0);
  return sxx === 0 ? 0 : +((sxy / sxx) * 60).toFixed(2);
}

export async function soak(options: {
  target: string; operation: string; pid: number; prepared: Prepared; seconds: number; sampleSeconds: number; connections: number;
}): Promise<SoakResult> {
  const started = performance.now();
  const samples: SoakResult['samples'] = [];
  const sample = () => samples.push({ atSeconds: +((performance.now() - started) / 1000).toFixed(1), rssMb: rssOfTree(options.pid).rss });
  sample();
  const timer = setInterval(sample, options.sampleSeconds * 1000);
  try {
    const result = await load(options.prepared, options.seconds, options.connections);
    sample();
    const rss = samples.map((s) => s.rssMb);
    return {
      target: options.target, operation: options.operation, seconds: options.seconds, connections: options.connections,
      requestsPerSecond: Math.round(result.requests.average), p99: result.latency.p99, errors: result.errors + result.timeouts + result.non2xx,
      samples, firstMb: rss[0]!, lastMb: rss[rss.length - 1]!, peakMb: Math.max(...rss),
      slopeMbPerMinute: slopePerMinute(samples),
      secondHalfSlopeMbPerMinute: slopePerMinute(samples.filter((s) => s.atSeconds >= options.seconds / 2)),
    };
  } finally {
    clearInterval(timer);
  }
}
