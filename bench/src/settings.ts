/**
 * The bench's settings, parsed once from the environment (docs/BENCHMARKS.md lists them).
 * Everything else receives this object; nothing else in bench/src reads process.env for settings.
 */
export const TARGETS = ['ours', 'vanilla', 'hive', 'direct', 'floor'] as const;
export type Target = (typeof TARGETS)[number];

export interface Settings {
  /** 1 = 1,000 vendors, 10,000 apps, 100,000 accounts, 1,000,000 installs and calls. */
  scale: number;
  /** Connections of the loads (search operations use searchConnections). */
  connections: number;
  searchConnections: number;
  /** Seconds measured per load, and the unmeasured warm-up before each. */
  duration: number;
  warmup: number;
  /** Seconds per operation through our gateway before round 1 (the subgraphs' JIT), unmeasured. */
  subgraphWarmup: number;
  /** Requests per second of each measured load, overall; 0 = as fast as answers come (the default). */
  rate: number;
  /** Interleaved rounds (at least 1; a result needs at least 3). */
  rounds: number;
  /** Seed of the per-round orders (recorded in the report, so a run's order can be repeated). */
  seed: number;
  targets: Target[];
  /** Operation names (or prefixes) to run; all when empty. */
  operations: string[];
  /** Gateway memory soak: seconds of one operation through our gateway after the rounds; 0 = off. */
  soakSeconds: number;
  soakOperation: string;
  soakSampleSeconds: number;
  /** Extra Node.js flags for our gateway (BENCH_GATEWAY_NODE_FLAGS, space-separated): e.g. --inspect or --trace-gc while tracing its memory. */
  gatewayNodeFlags: string[];
  /** Write the summary into docs/BENCHMARKS.md (between the bench:summary markers). */
  writeDocs: boolean;
  /** The catalog's cache of public data (CATALOG_CACHE, docs/CACHING.md); on, as deployed. */
  catalogCache: boolean;
  /** Cold/warm samples of the catalog cache probe per operation (0: no probe). */
  cacheProbeSamples: number;
}

export function loadSettings(env: Record<string, string | undefined> = process.env): Settings {
  const problems: string[] = [];
  const number = (name: string, fallback: number, min: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isFinite(value) || value < min) problems.push(`${name}=${raw}: expected a number ≥ ${min}`);
    return value;
  };
  const list = (name: string, fallback: string): string[] =>
    (env[name] ?? fallback).split(',').map((s) => s.trim()).filter(Boolean);

  const targets = list('BENCH_GATEWAYS', TARGETS.join(','));
  for (const t of targets) if (!(TARGETS as readonly string[]).includes(t)) problems.push(`BENCH_GATEWAYS: unknown target "${t}" (${TARGETS.join(', ')})`);
  const settings: Settings = {
    scale: number('BENCH_SCALE', 1, 0.001),
    connections: number('BENCH_CONNECTIONS', 50, 1),
    searchConnections: number('BENCH_SEARCH_CONNECTIONS', 10, 1),
    duration: number('BENCH_DURATION', 10, 1),
    warmup: number('BENCH_WARMUP', 3, 0),
    subgraphWarmup: number('BENCH_SUBGRAPH_WARMUP', 15, 0),
    rate: number('BENCH_RATE', 0, 0),
    rounds: Math.floor(number('BENCH_ROUNDS', 3, 1)),
    seed: Math.floor(number('BENCH_SEED', Date.now() % 1_000_000, 0)),
    targets: targets as Target[],
    operations: list('BENCH_OPERATIONS', ''),
    soakSeconds: number('BENCH_SOAK_SECONDS', 0, 0),
    soakOperation: env.BENCH_SOAK_OPERATION ?? 'storefront page',
    soakSampleSeconds: number('BENCH_SOAK_SAMPLE_SECONDS', 5, 1),
    gatewayNodeFlags: (env.BENCH_GATEWAY_NODE_FLAGS ?? '').split(/\s+/).filter(Boolean),
    writeDocs: (env.BENCH_WRITE_DOCS ?? '1') !== '0',
    catalogCache: (env.BENCH_CATALOG_CACHE ?? 'on') !== 'off',
    cacheProbeSamples: Math.floor(number('BENCH_CACHE_PROBE_SAMPLES', 50, 0)),
  };
  if (problems.length) throw new Error(`bench settings:\n  ${problems.join('\n  ')}`);
  return settings;
}

/** BENCH_PORT_BASE: ours listens there, the subgraphs on the next four ports, vanilla, Hive and the floor on the three after. */
export function portBase(env: Record<string, string | undefined> = process.env): number {
  const base = Number(env.BENCH_PORT_BASE ?? '4100');
  if (!Number.isInteger(base) || base < 1024 || base > 65_000) throw new Error(`bench settings:\n  BENCH_PORT_BASE=${env.BENCH_PORT_BASE}: expected a port from 1024 to 65000`);
  return base;
}

/** A run whose figures may be quoted: full scale, 10 s loads, at least 3 rounds, every target. */
export function isFullRun(s: Settings): boolean {
  return s.scale >= 1 && s.rate === 0 && s.duration >= 10 && s.rounds >= 3 && s.subgraphWarmup >= 15 && s.targets.length === TARGETS.length && s.operations.length === 0;
}
