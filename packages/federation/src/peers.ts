import { DomainError } from '@appmarket/core';
import { encodeIdentity, IDENTITY_HEADER } from './identity';
import { currentRequestId, REQUEST_ID_HEADER } from './request-scope';

/**
 * Where the other subgraphs are, for explicit internal calls (a write another subgraph owns, or
 * a read of its entities by key), and who calls them: `self`, the caller's name, whose private key
 * signs the call. Resolved lazily: in tests every server starts on port 0 and the directory is
 * filled once all are listening. `defineSubgraph` names the directory it is given after its
 * subgraph (`withCaller`).
 */
export interface PeerDirectory {
  urlOf(subgraph: string): string;
  readonly self?: string;
}

/** The same directory, calling as `self` (unless it names a caller already). */
export function withCaller(peers: PeerDirectory, self: string): PeerDirectory {
  return peers.self ? peers : { urlOf: (subgraph) => peers.urlOf(subgraph), self };
}

/** Peers from `SUBGRAPH_<NAME>_URL`, the same variables the gateway reads. */
export function peersFromEnv(env: Record<string, string | undefined> = process.env, self?: string): PeerDirectory {
  return {
    self,
    urlOf(subgraph) {
      const name = `SUBGRAPH_${subgraph.toUpperCase().replace(/-/g, '_')}_URL`;
      const url = env[name];
      if (!url) throw new Error(`${name} is not set: this subgraph needs to call ${subgraph}`);
      return url;
    },
  };
}

export function peersFromMap(urls: Record<string, string>, self?: string): PeerDirectory {
  return {
    self,
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
 * A GraphQL call to another subgraph as a service: identity `{ kind: 'service', service: self }`,
 * signed with this process's private key for that subgraph (identity.ts), and the current request
 * id. A GraphQL error with a domain code comes back as a DomainError with that code, so a refusal
 * by the owner of a rule reaches the caller's client unchanged.
 */
export async function callPeer<T>(
  peers: PeerDirectory,
  subgraph: string,
  query: string,
  variables: Record<string, unknown> = {},
  options: { timeoutMs?: number } = {},
): Promise<T> {
  if (!peers.self) throw new Error(`callPeer to ${subgraph}: the peer directory does not say who calls (withCaller)`);
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    [IDENTITY_HEADER]: await encodeIdentity({ kind: 'service', service: peers.self }, { as: peers.self, audience: subgraph }),
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
