import { constants, PerformanceObserver } from 'node:perf_hooks';
import { getHeapStatistics } from 'node:v8';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * Every metric Appmarket exports, in one place (docs/observability.md lists them; the Grafana
 * dashboard's test checks it queries only these). One registry per process: a deployed process
 * is one service, and Prometheus adds `job`/`instance`; the `service` label tells services apart
 * when several share a process (`npm test`'s stacks). Labels are bounded: names of services,
 * subgraphs, queues, routes, codes, and operation names through `OperationLabels`.
 * Recording goes through the small functions below, so the services never touch prom-client.
 */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry });

const registers = [metricsRegistry];
/** Seconds: from a fast resolver to a slow vendor or subgraph. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
/** Seconds a job waited past its due time: the target is under 1 s at p99 (issue 16). */
const PICKUP_BUCKETS = [0.05, 0.1, 0.25, 0.5, 0.75, 1, 2, 5, 10, 30, 60];

export const httpRequests = new Counter({
  name: 'appmarket_http_requests_total',
  help: 'HTTP requests answered, by service, route (a fixed prefix, never the raw path), method and status code.',
  labelNames: ['service', 'route', 'method', 'status'] as const,
  registers,
});
export const httpDuration = new Histogram({
  name: 'appmarket_http_request_duration_seconds',
  help: 'Time from the request to the end of its answer, by service and route.',
  labelNames: ['service', 'route'] as const,
  buckets: LATENCY_BUCKETS,
  registers,
});
export const graphqlOperations = new Counter({
  name: 'appmarket_graphql_operations_total',
  help: 'GraphQL operations served, by service, operation (bounded, see OperationLabels), type and outcome (ok or error).',
  labelNames: ['service', 'operation', 'type', 'outcome'] as const,
  registers,
});
export const graphqlDuration = new Histogram({
  name: 'appmarket_graphql_operation_duration_seconds',
  help: 'Time to serve one GraphQL operation, by service and operation.',
  labelNames: ['service', 'operation'] as const,
  buckets: LATENCY_BUCKETS,
  registers,
});
export const graphqlErrors = new Counter({
  name: 'appmarket_graphql_errors_total',
  help: 'Errors in GraphQL answers, by service, operation and extensions.code.',
  labelNames: ['service', 'operation', 'code'] as const,
  registers,
});
export const subgraphFetchDuration = new Histogram({
  name: 'appmarket_subgraph_fetch_duration_seconds',
  help: 'Gateway → subgraph fetch time (one query-plan fetch), by subgraph and outcome (ok, http_error, network_error).',
  labelNames: ['subgraph', 'outcome'] as const,
  buckets: LATENCY_BUCKETS,
  registers,
});
export const subgraphFetchesShared = new Counter({
  name: 'appmarket_subgraph_fetches_shared_total',
  help: 'Query fetches answered by an identical fetch already in flight (same subgraph, query, variables and caller), by subgraph.',
  labelNames: ['subgraph'] as const,
  registers,
});
export const rateLimitRefusals = new Counter({
  name: 'appmarket_rate_limit_refusals_total',
  help: 'Requests refused by a limit, by limiter (phone-api, operation-limits, body-limits) and reason.',
  labelNames: ['limiter', 'reason'] as const,
  registers,
});
export const vendorCalls = new Counter({
  name: 'appmarket_vendor_calls_total',
  help: 'Attempts of Vendor API calls to vendors\' servers, by kind (the call\'s cause) and outcome (success, failure, retry, gave_up).',
  labelNames: ['kind', 'outcome'] as const,
  registers,
});
export const jobPickupLatency = new Histogram({
  name: 'appmarket_job_pickup_latency_seconds',
  help: 'Time from a job being due (created, or its start-after time) to a worker starting it, by service and queue.',
  labelNames: ['service', 'queue'] as const,
  buckets: PICKUP_BUCKETS,
  registers,
});

export const cacheLookups = new Counter({
  name: 'appmarket_cache_lookups_total',
  help: 'Keys looked up in an in-process cache, by cache and result (hit; shared: joined a load in flight; miss: loaded).',
  labelNames: ['cache', 'result'] as const,
  registers,
});
export const cacheInvalidations = new Counter({
  name: 'appmarket_cache_invalidations_total',
  help: 'Invalidations of an in-process cache, by cache and scope (key: keys forgotten; all: the whole cache cleared).',
  labelNames: ['cache', 'scope'] as const,
  registers,
});

/**
 * The live heap: V8's heap used just after its last full (mark-compact) collection, set from the
 * GC's performance entry (so at most a few milliseconds of allocation later). Heap used and RSS at
 * any other moment also hold garbage not yet collected, which V8 lets grow to several times the
 * live heap before it collects (docs/BENCHMARKS.md, "Memory soak"): this is the figure that grows
 * when something is retained per request. 0 until the first full collection.
 */
export const heapUsedAfterGc = new Gauge({
  name: 'appmarket_heap_used_after_gc_bytes',
  help: 'V8 heap used just after the last full (mark-compact) garbage collection: the live heap, without the garbage heap used and RSS also hold.',
  registers,
});
new PerformanceObserver((list) => {
  if (list.getEntries().some((entry) => (entry as { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR)) {
    heapUsedAfterGc.set(getHeapStatistics().used_heap_size);
  }
}).observe({ entryTypes: ['gc'] });

/** Read at scrape time: what each source answers, all sources in parallel. */
type Sampler<L extends string> = () => Promise<{ labels: Record<L, string>; value: number }[]> | { labels: Record<L, string>; value: number }[];

function sampledGauge<L extends string>(name: string, help: string, labelNames: readonly L[]) {
  const sources = new Set<Sampler<L>>();
  new Gauge<L>({
    name,
    help,
    labelNames,
    registers,
    async collect() {
      this.reset();
      const samples = await Promise.all([...sources].map(async (sample) => {
        try {
          return await sample();
        } catch {
          return []; // a source that cannot answer now (its database is down) shows nothing rather than failing the scrape
        }
      }));
      for (const { labels, value } of samples.flat()) this.set(labels as never, value);
    },
  });
  return (sample: Sampler<L>): (() => void) => {
    sources.add(sample);
    return () => void sources.delete(sample);
  };
}

/** A pg pool's numbers (pg.Pool has them as totalCount, idleCount, waitingCount). */
export interface PoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

const addPoolSource = sampledGauge('appmarket_db_pool_connections', 'PostgreSQL pool connections by pool (the subgraph) and state (total, idle, waiting: requests queued for a connection).', ['pool', 'state'] as const);

/** Shows `pool`'s connections under `name` at every scrape; returns what stops it (call on shutdown). */
export function observeDbPool(name: string, pool: () => PoolCounts | undefined): () => void {
  return addPoolSource(() => {
    const counts = pool();
    if (!counts) return [];
    return [
      { labels: { pool: name, state: 'total' }, value: counts.totalCount },
      { labels: { pool: name, state: 'idle' }, value: counts.idleCount },
      { labels: { pool: name, state: 'waiting' }, value: counts.waitingCount },
    ];
  });
}

export interface QueueDepth {
  queue: string;
  /** pg-boss states of work not finished: created (waiting), retry, active. */
  state: string;
  count: number;
}

const addQueueSource = sampledGauge('appmarket_job_queue_jobs', 'Jobs not finished, by service, queue and state (created, retry, active), counted at scrape time.', ['service', 'queue', 'state'] as const);

/** Counts `service`'s queues at every scrape with `depths` (packages/jobs: one grouped COUNT); returns what stops it. */
export function observeJobQueues(service: string, depths: () => Promise<QueueDepth[]>): () => void {
  return addQueueSource(async () => (await depths()).map(({ queue, state, count }) => ({ labels: { service, queue, state }, value: count })));
}

/** A job started `seconds` after it was due. */
export function recordJobPickup(service: string, queue: string, seconds: number): void {
  jobPickupLatency.observe({ service, queue }, Math.max(0, seconds));
}

/** A request refused by `limiter` (phone-api, operation-limits, body-limits) for `reason` (a code or kind, never user text). */
export function recordRateLimitRefusal(limiter: string, reason: string): void {
  rateLimitRefusals.inc({ limiter, reason });
}

export type VendorCallOutcome = 'success' | 'failure' | 'retry' | 'gave_up';

/** One attempt of a Vendor API call of `kind` (its cause: Install, Suspend, …) ended with `outcome`. */
export function recordVendorCall(kind: string, outcome: VendorCallOutcome): void {
  vendorCalls.inc({ kind, outcome });
}

/** One gateway → subgraph fetch. */
export function recordSubgraphFetch(subgraph: string, outcome: 'ok' | 'http_error' | 'network_error', seconds: number): void {
  subgraphFetchDuration.observe({ subgraph, outcome }, seconds);
}

/** A query fetch that shared the answer of an identical one in flight (subgraph-fetcher.ts). */
export function recordSubgraphFetchShared(subgraph: string): void {
  subgraphFetchesShared.inc({ subgraph });
}

/** Keys `cache` answered from memory (`hit`), from a load already in flight (`shared`) and by loading (`miss`). */
export function recordCacheLookups(cache: string, counts: { hit: number; shared: number; miss: number }): void {
  for (const result of ['hit', 'shared', 'miss'] as const) {
    if (counts[result] > 0) cacheLookups.inc({ cache, result }, counts[result]);
  }
}

/** `cache` forgot `count` keys (`key`), or everything (`all`, count 1). */
export function recordCacheInvalidation(cache: string, scope: 'key' | 'all', count: number): void {
  if (count > 0) cacheInvalidations.inc({ cache, scope }, count);
}

/** The text Prometheus scrapes, and its content type. */
export async function renderMetrics(): Promise<{ contentType: string; body: string }> {
  return { contentType: metricsRegistry.contentType, body: await metricsRegistry.metrics() };
}

/** Names of every metric the registry exports (the dashboard's test compares against them). */
export async function exportedMetricNames(): Promise<string[]> {
  return (await metricsRegistry.getMetricsAsJSON()).map((metric) => metric.name).sort();
}
