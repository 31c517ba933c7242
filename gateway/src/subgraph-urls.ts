/** Routing URLs of the supergraph's subgraphs, by subgraph name. */
export function routingUrls(supergraphSdl: string): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const match of supergraphSdl.matchAll(/@join__graph\(name:\s*"([^"]+)",\s*url:\s*"([^"]*)"\)/g)) urls[match[1]!] = match[2]!;
  return urls;
}

/**
 * Where the gateway calls a subgraph: an override by upper-cased name (`TELEPHONY_LOYALTY`,
 * from SUBGRAPH_<NAME>_URL) over the supergraph's routing URL; '' when neither knows it.
 */
export function subgraphUrls(supergraphSdl: string, overrides: Record<string, string> = {}) {
  const routing = routingUrls(supergraphSdl);
  return (name: string, routingUrl = routing[name] ?? ''): string => overrides[name.toUpperCase().replace(/-/g, '_')] ?? routingUrl;
}
