/**
 * Stampede protection between the gateway and its subgraphs (issue 17, item 4): while a query
 * fetch is in flight, an identical one — same subgraph URL, same query and variables, same headers
 * that can change the answer (the caller's signed identity above all) — waits for it and reads
 * the same answer instead of asking again. Apollo Router (`traffic_shaping.deduplicate_query`) and
 * Hive Gateway do the same by default. Mutations are never shared: each one acts.
 *
 * Each waiter gets the answer's text and parses it itself, so no two client requests share the
 * objects the query plan then fills in. Headers that only trace a request (request id, W3C trace
 * context) are left out of the key; every other header is in it, so a request that asks for
 * something extra (e.g. its SQL statement count) is shared only with one that asks the same.
 */
export interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/** Headers that name or trace one request and never change the answer. */
const TRACE_ONLY_HEADERS = new Set(['x-request-id', 'traceparent', 'tracestate', 'baggage', 'content-length']);

/** A GraphQL request body whose operation is a query (the gateway writes `{"query":"query …`). */
export function isQueryBody(body: unknown): body is string {
  return typeof body === 'string' && (body.startsWith('{"query":"query') || body.startsWith('{"query":"{'));
}

/** The key of a fetch, or null when it must not be shared (not a query, or no body). */
export function inflightKey(url: string, headers: Record<string, string> | undefined, body: unknown): string | null {
  if (!isQueryBody(body)) return null;
  const pairs = Object.entries(headers ?? {})
    .map(([name, value]) => [name.toLowerCase(), value] as const)
    .filter(([name]) => !TRACE_ONLY_HEADERS.has(name))
    .map(([name, value]) => `${name}:${value}`)
    .sort();
  return `${url}\n${pairs.join('\n')}\n${body}`;
}

/**
 * Runs `fetch` for a key not in flight, and shares its answer with every identical fetch that
 * starts before it settles; `onShared` is told of each one that did not ask again.
 */
export class InflightFetches {
  private readonly inflight = new Map<string, Promise<RawAnswer>>();

  async run(key: string | null, fetch: () => Promise<RawAnswer>, onShared: () => void): Promise<RawAnswer> {
    if (key === null) return fetch();
    const running = this.inflight.get(key);
    if (running) {
      onShared();
      return running;
    }
    const started = fetch();
    this.inflight.set(key, started);
    try {
      return await started;
    } finally {
      this.inflight.delete(key);
    }
  }

  /** How many distinct fetches are in flight (tests). */
  get size(): number {
    return this.inflight.size;
  }
}
