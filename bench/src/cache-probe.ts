import { Client } from 'pg';
import { cpuMsOfTree } from './cpu';
import { send } from './load';
import type { Prepared } from './targets';

/**
 * The catalog's cache (docs/CACHING.md) cold and warm, on the idle stack: `samples` times, every
 * catalog cache is emptied the way a write empties it (the NOTIFYs of its triggers), then one
 * request is sent cold and one warm. Latency and our gateway's SQL statements (medians over the
 * samples) and the catalog process's CPU per request (mean).
 */
export interface CacheProbe {
  operation: string;
  samples: number;
  cold: { p50Ms: number; statements: number; catalogCpuMs: number };
  warm: { p50Ms: number; statements: number; catalogCpuMs: number };
}

const EVERYTHING = ['apps:*', 'vendors:*', 'categories:*', 'installed_apps:*'];

export async function probeCatalogCache(databaseUrl: string, operation: string, prepared: Prepared, catalogPid: number | undefined, samples: number): Promise<CacheProbe> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  const cold: { ms: number; statements: number; cpu: number }[] = [];
  const warm: typeof cold = [];
  const timed = async () => {
    const cpuBefore = catalogPid ? cpuMsOfTree(catalogPid) : 0;
    const started = performance.now();
    const answer = await send(prepared);
    const ms = performance.now() - started;
    if (answer.status !== 200 || answer.body?.errors) throw new Error(`cache probe: ${operation} answered ${answer.status} ${JSON.stringify(answer.body).slice(0, 200)}`);
    return { ms, statements: answer.sqlStatements ?? NaN, cpu: catalogPid ? cpuMsOfTree(catalogPid) - cpuBefore : NaN };
  };
  try {
    for (let i = 0; i < samples; i += 1) {
      for (const payload of EVERYTHING) await db.query(`SELECT pg_notify('catalog_cache', $1)`, [payload]);
      // The notifications reach the catalog's LISTEN connection within milliseconds; wait for it.
      await new Promise((resolve) => setTimeout(resolve, 100));
      cold.push(await timed());
      warm.push(await timed());
    }
  } finally {
    await db.end();
  }
  const summary = (xs: typeof cold) => ({
    // /proc counts CPU in 10 ms ticks: the mean over the samples, not a median of ticks.
    p50Ms: round(median(xs.map((x) => x.ms))), statements: median(xs.map((x) => x.statements)), catalogCpuMs: round(xs.reduce((sum, x) => sum + x.cpu, 0) / xs.length),
  });
  return { operation, samples, cold: summary(cold), warm: summary(warm) };
}

/** Keys looked up per catalog cache and result, read from the catalog's /metrics. */
export async function cacheLookups(metricsUrl: string): Promise<Record<string, Record<string, number>>> {
  const text = await (await fetch(metricsUrl)).text();
  const out: Record<string, Record<string, number>> = {};
  for (const match of text.matchAll(/^appmarket_cache_lookups_total\{cache="([^"]+)",result="([^"]+)"\} (\S+)$/gm)) {
    (out[match[1]!] ??= {})[match[2]!] = Number(match[3]);
  }
  return out;
}

/** Hit ratio per cache between two readings: (hit + shared) / every lookup. */
export function hitRatios(before: Record<string, Record<string, number>>, after: Record<string, Record<string, number>>): Record<string, { lookups: number; hitRatio: number }> {
  const out: Record<string, { lookups: number; hitRatio: number }> = {};
  for (const [cache, results] of Object.entries(after)) {
    const delta = (r: string) => (results[r] ?? 0) - (before[cache]?.[r] ?? 0);
    const lookups = delta('hit') + delta('shared') + delta('miss');
    if (lookups > 0) out[cache] = { lookups, hitRatio: round((delta('hit') + delta('shared')) / lookups, 4) };
  }
  return out;
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

function round(x: number, digits = 2): number {
  return Math.round(x * 10 ** digits) / 10 ** digits;
}
