import type { Fetcher } from '@apollo/utils.fetcher';

/**
 * How the gateway calls its subgraphs: Node's own fetch (undici), which keeps connections alive
 * per origin. @apollo/gateway's default is make-fetch-happen, built for npm's HTTP cache (cache
 * policy checks and stream wrappers on every call) — measurably more CPU per subgraph request
 * for nothing here: subgraph answers are never HTTP-cached (docs/BENCHMARKS.md).
 */
export const subgraphFetcher: Fetcher = (url, init) => fetch(url, init as RequestInit) as unknown as ReturnType<Fetcher>;
