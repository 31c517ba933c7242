import type { GatewayPlugin } from '../plugin';
import { createSubgraphFetcher } from '../subgraph-fetcher';

/**
 * Why: subgraph calls go over undici keep-alive pools (subgraph-fetcher.ts: half the gateway CPU
 * of the default client, docs/BENCHMARKS.md), each answer bounded by `timeoutMs`; with
 * `deduplicate`, identical query fetches in flight share one answer (inflight-fetches.ts).
 */
export function useSubgraphFetcher(options: { timeoutMs: number; subgraphOf?(url: string): string; deduplicate?: boolean }): GatewayPlugin {
  const fetcher = createSubgraphFetcher(options);
  return {
    name: 'subgraph-fetcher',
    subgraphs: { fetcher },
    stop: () => fetcher.close(),
  };
}
