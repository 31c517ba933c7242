import { Agent, request } from 'undici';
import { originBesideGraphql } from './plugins/useRestRoute';

/**
 * The gateway's readiness check of its subgraphs: each answers GET /health/live within
 * `timeoutMs`. Behind a Kubernetes Service a subgraph answers only when one of its pods is ready,
 * so "every subgraph answers" means every subgraph can serve. The answer is kept `cacheMs`: the
 * probe is on the public origin, and a flood of probes must not become a flood to the subgraphs.
 */
export function subgraphsAnswer(urls: Record<string, string>, options: { timeoutMs?: number; cacheMs?: number } = {}) {
  const timeoutMs = options.timeoutMs ?? 1_000;
  const cacheMs = options.cacheMs ?? 2_000;
  const agent = new Agent({ headersTimeout: timeoutMs, bodyTimeout: timeoutMs, connect: { timeout: timeoutMs } });
  const targets = Object.entries(urls).filter(([, url]) => url !== '');
  let last: { at: number; result: Promise<void> } | undefined;
  const checkOnce = async () => {
    const failures = await Promise.all(targets.map(async ([name, url]) => {
      try {
        const response = await request(`${originBesideGraphql(url)}/health/live`, { dispatcher: agent, signal: AbortSignal.timeout(timeoutMs) });
        await response.body.dump();
        return response.statusCode === 200 ? undefined : `${name} answered ${response.statusCode}`;
      } catch {
        return `${name} does not answer`;
      }
    }));
    const problems = failures.filter((f): f is string => f !== undefined);
    if (problems.length) throw new Error(problems.join('; '));
  };
  const check = (): Promise<void> => {
    const now = Date.now();
    if (!last || now - last.at >= cacheMs) last = { at: now, result: checkOnce() };
    return last.result;
  };
  return Object.assign(check, { close: () => agent.close() });
}
