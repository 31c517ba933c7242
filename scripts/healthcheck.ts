/**
 * The container HEALTHCHECK (Dockerfile): exits 0 when the service in this container answers its
 * liveness check. One image runs every service, each on its own port, so it asks every port this
 * container may serve on — HEALTHCHECK_PORT if set, else the services' port settings or their
 * defaults — and only the one listening answers. `/health/live` is the liveness route; a service
 * without it (404) is asked `/health`.
 */
const PORT_SETTINGS: [string, number][] = [
  ['GATEWAY_PORT', 4000], ['CATALOG_PORT', 4001], ['ACCOUNTS_PORT', 4002], ['BILLING_PORT', 4003], ['TELEPHONY_PORT', 4004],
];

export function candidatePorts(env: Record<string, string | undefined>): number[] {
  if (env.HEALTHCHECK_PORT) return [Number(env.HEALTHCHECK_PORT)];
  return [...new Set(PORT_SETTINGS.map(([name, fallback]) => Number(env[name] ?? fallback)))];
}

async function answers(port: number): Promise<boolean> {
  for (const route of ['/health/live', '/health']) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}${route}`, { signal: AbortSignal.timeout(2500) });
      if (response.status !== 404) return response.ok;
    } catch {
      return false; // nothing listens on this port
    }
  }
  return false;
}

export async function healthy(env: Record<string, string | undefined> = process.env): Promise<boolean> {
  const results = await Promise.all(candidatePorts(env).map(answers));
  return results.some(Boolean);
}

if (require.main === module) {
  healthy().then((ok) => process.exit(ok ? 0 : 1), () => process.exit(1));
}
