import { DomainError } from '@appmarket/core';
import { encodeIdentity, IDENTITY_HEADER, type Identity } from './identity';
import { currentRequestId, REQUEST_ID_HEADER } from './request-scope';

/**
 * Where the other subgraphs are, for explicit internal calls (a write another subgraph owns, or
 * a read of its entities by key). Resolved lazily: in tests every server starts on port 0 and
 * the directory is filled once all are listening.
 */
export interface PeerDirectory {
  urlOf(subgraph: string): string;
}

/** Peers from `SUBGRAPH_<NAME>_URL`, the same variables the gateway reads. */
export function peersFromEnv(env: Record<string, string | undefined> = process.env): PeerDirectory {
  return {
    urlOf(subgraph) {
      const name = `SUBGRAPH_${subgraph.toUpperCase().replace(/-/g, '_')}_URL`;
      const url = env[name];
      if (!url) throw new Error(`${name} is not set: this subgraph needs to call ${subgraph}`);
      return url;
    },
  };
}

export function peersFromMap(urls: Record<string, string>): PeerDirectory {
  return {
    urlOf(subgraph) {
      const url = urls[subgraph];
      if (!url) throw new Error(`no URL known for subgraph ${subgraph}`);
      return url;
    },
  };
}

export class PeerCallError extends DomainError {
  constructor(subgraph: string, reason: string, details: Record<string, unknown> = {}) {
    super('UPSTREAM_UNAVAILABLE', `${subgraph} could not be reached: ${reason}`, { subgraph, ...details });
  }
}

/**
 * A GraphQL call to another subgraph as a service (identity kind `service`), carrying the current
 * request id. The identity header is signed with this process's INTERNAL_IDENTITY_SECRET
 * (identity.ts), which the called subgraph shares. A GraphQL error with a domain code comes back as a DomainError with that code, so a
 * refusal by the owner of a rule reaches the caller's client unchanged.
 */
export async function callPeer<T>(
  peers: PeerDirectory,
  subgraph: string,
  query: string,
  variables: Record<string, unknown> = {},
  options: { as?: Identity; timeoutMs?: number } = {},
): Promise<T> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    [IDENTITY_HEADER]: encodeIdentity(options.as ?? { kind: 'service', service: 'internal' }),
  };
  const requestId = currentRequestId();
  if (requestId) headers[REQUEST_ID_HEADER] = requestId;
  let response: Response;
  try {
    response = await fetch(peers.urlOf(subgraph), {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(options.timeoutMs ?? 5000),
    });
  } catch (error) {
    throw new PeerCallError(subgraph, error instanceof Error ? error.message : String(error));
  }
  const body = (await response.json().catch(() => ({}))) as {
    data?: T;
    errors?: { message: string; extensions?: { code?: string } & Record<string, unknown> }[];
  };
  const first = body.errors?.[0];
  if (first) {
    const { code, ...details } = first.extensions ?? {};
    throw new DomainError(code ?? 'UPSTREAM_ERROR', first.message, { ...details, subgraph });
  }
  if (!body.data) throw new PeerCallError(subgraph, `HTTP ${response.status} without data`);
  return body.data;
}
