import autocannon from 'autocannon';
import type { Prepared } from './targets';

/**
 * autocannon against one prepared request for `duration` seconds: as fast as answers come, or at
 * `rate` requests per second overall (BENCH_RATE) — on a shared machine, CPU per request is only
 * comparable between runs at the same rate (a process serving fewer requests per second batches
 * less per event-loop turn and spends more per request).
 */
export function load(prepared: Prepared, duration: number, connections: number, rate = 0): Promise<autocannon.Result> {
  const { method, url, headers, body, perRequestHeaders } = prepared;
  return autocannon({
    url, method, connections, duration, headers, ...(body === undefined ? {} : { body }), ...(rate > 0 ? { overallRate: rate } : {}),
    ...(perRequestHeaders
      ? { requests: [{ method, ...(body === undefined ? {} : { body }), setupRequest: (req: any) => ({ ...req, headers: { ...headers, ...perRequestHeaders() } }) }] }
      : {}),
  });
}

/** One request, its status, parsed body and our gateway's `x-sql-statements` header. */
export async function send(prepared: Prepared): Promise<{ status: number; body: any; sqlStatements: number | undefined }> {
  const response = await fetch(prepared.url, {
    method: prepared.method, headers: { ...prepared.headers, ...prepared.perRequestHeaders?.() }, ...(prepared.body === undefined ? {} : { body: prepared.body }),
  });
  const sql = response.headers.get('x-sql-statements');
  const text = await response.text();
  let body: any;
  try {
    body = JSON.parse(text);
  } catch {
    body = { unparsable: text.slice(0, 300) };
  }
  return { status: response.status, body, sqlStatements: sql === null ? undefined : Number(sql) };
}

/**
 * autocannon stops at its deadline with requests still queued in the subgraphs; wait until one
 * request at a time answers quickly again, so they do not spill into the next measurement.
 */
export async function drain(prepared: Prepared, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let quick = 0;
  let best = Infinity;
  while (Date.now() < deadline && quick < 3) {
    const t = performance.now();
    await send(prepared).catch(() => undefined);
    const ms = performance.now() - t;
    best = Math.min(best, ms);
    quick = ms <= Math.max(50, best * 2) ? quick + 1 : 0;
  }
}
