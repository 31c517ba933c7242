import type { Fetcher, FetcherResponse } from '@apollo/utils.fetcher';
import { recordSubgraphFetch, recordSubgraphFetchShared } from '@appmarket/telemetry';
import { Agent, request } from 'undici';
import { inflightKey, InflightFetches, type RawAnswer } from './inflight-fetches';

/**
 * How the gateway calls its subgraphs: undici's `request` over a keep-alive pool per subgraph.
 * @apollo/gateway's default is make-fetch-happen, built for npm's HTTP cache (cache-policy checks,
 * minipass streams and an agent layer on every call), and WHATWG `fetch` pays for web streams and
 * abort signals; neither is needed for one JSON POST to a subgraph on the private network, and
 * both cost gateway CPU per subgraph request (docs/BENCHMARKS.md). Each fetch's time is in
 * appmarket_subgraph_fetch_duration_seconds, by subgraph (`subgraphOf` names a URL). With
 * `deduplicate`, an identical query fetch already in flight is shared (inflight-fetches.ts).
 */
export function createSubgraphFetcher(options: { timeoutMs: number; subgraphOf?(url: string): string; deduplicate?: boolean }): Fetcher & { close(): Promise<void> } {
  const agent = new Agent({ keepAliveTimeout: 30_000, headersTimeout: options.timeoutMs, bodyTimeout: options.timeoutMs });
  const inflight = new InflightFetches();
  const fetcher = async (url: string, init: Parameters<Fetcher>[1] = {}): Promise<FetcherResponse> => {
    const subgraph = options.subgraphOf?.(url) ?? 'unknown';
    const key = options.deduplicate ? inflightKey(url, init.headers, init.body) : null;
    const answer = await inflight.run(key, () => send(url, init, subgraph), () => recordSubgraphFetchShared(subgraph));
    const headers = new Headers();
    for (const [name, value] of Object.entries(answer.headers)) {
      if (Array.isArray(value)) for (const v of value) headers.append(name, v);
      else if (value !== undefined) headers.set(name, value);
    }
    return bufferedResponse(url, answer.status, headers, answer.text);
  };

  /** One fetch over the pool, fully read. */
  async function send(url: string, init: Parameters<Fetcher>[1] = {}, subgraph: string): Promise<RawAnswer> {
    const started = process.hrtime.bigint();
    const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
    let response: Awaited<ReturnType<typeof request>>;
    let text: string;
    try {
      response = await request(url, {
        method: (init.method ?? 'GET') as 'POST',
        headers: init.headers,
        body: init.body,
        dispatcher: agent,
      });
      text = await response.body.text();
    } catch (error) {
      recordSubgraphFetch(subgraph, 'network_error', seconds());
      throw error;
    }
    recordSubgraphFetch(subgraph, response.statusCode < 400 ? 'ok' : 'http_error', seconds());
    return { status: response.statusCode, headers: response.headers, text };
  }
  return Object.assign(fetcher, { close: () => agent.close() });
}

/** A fully read response in the shape @apollo/gateway reads (status, headers, text/json). */
function bufferedResponse(url: string, status: number, headers: Headers, text: string): FetcherResponse {
  const response: FetcherResponse = {
    bodyUsed: false,
    url,
    redirected: false,
    status,
    ok: status >= 200 && status < 300,
    statusText: '',
    headers: headers as unknown as FetcherResponse['headers'],
    text: async () => text,
    json: async () => JSON.parse(text) as unknown,
    arrayBuffer: async () => new TextEncoder().encode(text).buffer as ArrayBuffer,
    clone: () => bufferedResponse(url, status, headers, text),
  };
  return response;
}
