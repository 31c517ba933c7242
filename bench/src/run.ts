import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { configureInternalIdentity, encodeIdentity, IDENTITY_HEADER, type Identity } from '@appmarket/federation';
import autocannon from 'autocannon';
import { terminate, waitUntilAnswering } from '../../scripts/processes';
import { SUBGRAPHS } from '../../scripts/subgraphs';
import { openBenchDatabase } from './database';
import { BENCH_APP_TOKENS, benchId, generate, KIND, scaleOf, type GenerateResult } from './generate';

/**
 * `npm run bench` (issue 8): generates the data, starts the four subgraphs as separate processes
 * (as `npm start` does) and then, one at a time, each gateway under test in its own process pinned
 * with taskset to core GATEWAY_CORE; this runner, the subgraphs, PostgreSQL and autocannon stay on
 * core OTHER_CORE. Prints a JSON report and writes it to bench/.work/results-<time>.json.
 *
 * Settings (env): BENCH_SCALE (1 = 1,000 vendors … 1,000,000 calls), BENCH_CONNECTIONS (50),
 * BENCH_DURATION (seconds measured, 10), BENCH_WARMUP (seconds, 3), BENCH_GATEWAYS
 * (comma list of ours,vanilla,hive,direct), DATABASE_URL (else embedded PostgreSQL),
 * BENCH_REUSE_DATABASE_URL (a database the generator already filled: used as is, kept),
 * BENCH_SUBGRAPH_WARMUP (seconds per operation, 15, once before the first target),
 * BENCH_CPU_PROFILE_DIR (our and the vanilla gateway write V8 CPU profiles there).
 */
const ROOT = path.resolve(__dirname, '../..');
const WORK = path.join(ROOT, 'bench', '.work');
const GATEWAY_CORE = 0;
const OTHER_CORE = 1;
const GATEWAY_PORT = 4100;
const SUBGRAPH_PORT: Record<string, number> = { catalog: 4101, accounts: 4102, billing: 4103, 'telephony-loyalty': 4104 };
const JWT = { issuer: 'appmarket-bench', audience: 'appmarket-api', secret: randomBytes(32).toString('hex') };
const INTERNAL_SECRET = randomBytes(32).toString('hex');

const settings = {
  scale: Number(process.env.BENCH_SCALE ?? '1'),
  connections: Number(process.env.BENCH_CONNECTIONS ?? '50'),
  duration: Number(process.env.BENCH_DURATION ?? '10'),
  warmup: Number(process.env.BENCH_WARMUP ?? '3'),
  // The subgraphs' own warm-up, once, before the first target is measured: without it the first
  // target measured pays for the subgraphs' JIT and caches (measured: ~1.5× their CPU per request).
  subgraphWarmup: Number(process.env.BENCH_SUBGRAPH_WARMUP ?? '15'),
  gateways: (process.env.BENCH_GATEWAYS ?? 'ours,vanilla,hive,direct').split(',').map((g) => g.trim()),
};

// ---------------------------------------------------------------- the callers and operations

const userOf = (account: number): Identity => ({ kind: 'user', userId: benchId(KIND.user, account), accountId: benchId(KIND.account, account), role: 'ADMIN' });
const appOf = (account: number, install: number, groups: number): Identity => ({
  kind: 'app', installId: benchId(KIND.install, install), accountId: benchId(KIND.account, account),
  appId: benchId(KIND.app, (account % groups) * 10 + (install % 10)), appType: 'SERVER',
});

const STOREFRONT = `query Storefront($first: Int!) {
  storefront(block: NEW, first: $first) {
    edges { node { id name priceKopecks trialDays vendor { name } installs { id installedAt billing { state trialEndsAt } } } }
  }
}`;
const STOREFRONT_CARDS = `query StorefrontCards($first: Int!) {
  storefront(block: NEW, first: $first) { edges { node { id name priceKopecks trialDays vendor { name } } } }
}`;
const ACCOUNT_INSTALLS = `query AccountInstalls($id: ID!) {
  account(id: $id) {
    name
    installs {
      id appType installedAt
      permissions { scope permissions { entity operations } flags }
      app { name priceKopecks vendor { name } }
      billing { state trialEndsAt }
    }
  }
}`;
const PARTNER = `query PartnerAccountInstalls($id: ID!) {
  account(id: $id) { name installs { id appType installedAt app { name priceKopecks } billing { state trialEndsAt } } }
}`;

interface Operation {
  name: string;
  /** Which subgraphs the operation touches; the direct floor runs only one-subgraph operations. */
  subgraphs: string[];
  query: string;
  /** Two sizes: the first is the one loaded; both are counted in SQL statements per request. */
  sizes: { label: string; variables: Record<string, unknown>; caller: Identity; credential: string; expected: number }[];
  persisted?: boolean;
  count(data: any): number;
}

function operations(groups: number, jwtFor: (identity: Identity) => string): Operation[] {
  // The NEW block lists SERVER and IFRAME apps: 8 of every 10 (generate.ts); a small BENCH_SCALE
  // has fewer than a page of them.
  const newBlockApps = groups * 8;
  const user0 = userOf(0);
  const user1 = userOf(1);
  return [
    {
      name: 'storefront page', subgraphs: ['catalog', 'accounts', 'billing'], query: STOREFRONT,
      sizes: [
        { label: 'first: 20', variables: { first: 20 }, caller: user0, credential: jwtFor(user0), expected: Math.min(20, newBlockApps) },
        { label: 'first: 100', variables: { first: 100 }, caller: user0, credential: jwtFor(user0), expected: Math.min(100, newBlockApps) },
      ],
      count: (data) => data.storefront.edges.length,
    },
    {
      name: 'account installs', subgraphs: ['accounts', 'catalog', 'billing'], query: ACCOUNT_INSTALLS,
      sizes: [
        { label: '10 installs', variables: { id: benchId(KIND.account, 0) }, caller: user0, credential: jwtFor(user0), expected: 10 },
        { label: '50 installs', variables: { id: benchId(KIND.account, 1) }, caller: user1, credential: jwtFor(user1), expected: 50 },
      ],
      count: (data) => data.account.installs.length,
    },
    {
      name: 'partner persisted query (app token)', subgraphs: ['accounts', 'catalog', 'billing'], query: PARTNER, persisted: true,
      sizes: BENCH_APP_TOKENS.map((t) => ({
        label: `${t.account === 0 ? 10 : 50} installs`, variables: { id: benchId(KIND.account, t.account) },
        caller: appOf(t.account, t.install, groups), credential: t.token, expected: t.account === 0 ? 10 : 50,
      })),
      count: (data) => data.account.installs.length,
    },
    {
      name: 'storefront cards (catalog only)', subgraphs: ['catalog'], query: STOREFRONT_CARDS,
      sizes: [
        { label: 'first: 20', variables: { first: 20 }, caller: user0, credential: jwtFor(user0), expected: Math.min(20, newBlockApps) },
        { label: 'first: 100', variables: { first: 100 }, caller: user0, credential: jwtFor(user0), expected: Math.min(100, newBlockApps) },
      ],
      count: (data) => data.storefront.edges.length,
    },
  ];
}

// ---------------------------------------------------------------- how each target is called

type Target = 'ours' | 'vanilla' | 'hive' | 'direct';

interface Prepared {
  url: string;
  headers: Record<string, string>;
  body: string;
  /** Called per request (direct: the identity header expires after 15 s). */
  perRequestHeaders?: () => Record<string, string>;
}

function prepare(target: Target, op: Operation, size: Operation['sizes'][number]): Prepared {
  const json = { 'content-type': 'application/json' };
  switch (target) {
    case 'ours':
      return {
        url: `http://127.0.0.1:${GATEWAY_PORT}/graphql`,
        headers: { ...json, authorization: `Bearer ${size.credential}` },
        body: JSON.stringify(
          op.persisted
            ? { variables: size.variables, extensions: { persistedQuery: { version: 1, sha256Hash: sha256(op.query) } } }
            : { query: op.query, variables: size.variables },
        ),
      };
    case 'vanilla':
    case 'hive':
      return {
        url: `http://127.0.0.1:${GATEWAY_PORT}/graphql`,
        headers: { ...json, 'x-bench-identity': JSON.stringify(size.caller) },
        body: JSON.stringify({ query: op.query, variables: size.variables }),
      };
    case 'direct':
      return {
        url: `http://127.0.0.1:${SUBGRAPH_PORT[op.subgraphs[0]!]}/graphql`,
        headers: json,
        body: JSON.stringify({ query: op.query, variables: size.variables }),
        perRequestHeaders: () => ({ [IDENTITY_HEADER]: encodeIdentity(size.caller) }),
      };
  }
}

function startTarget(target: Target, supergraphPath: string, env: Record<string, string>, log: (l: string) => void): ChildProcess | undefined {
  const pinned = (command: string, args: string[], extraEnv: Record<string, string>, cwd = ROOT) =>
    spawnLogged(target, 'taskset', ['-c', String(GATEWAY_CORE), command, ...args], { ...env, ...extraEnv }, cwd, log);
  const node = process.execPath;
  // BENCH_CPU_PROFILE_DIR: our and the vanilla gateway write a V8 CPU profile there when they stop.
  const profile = process.env.BENCH_CPU_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(process.env.BENCH_CPU_PROFILE_DIR, target)}`] : [];
  switch (target) {
    case 'ours':
      return pinned(node, [...profile, '-r', '@swc-node/register', path.join(ROOT, 'gateway/src/main.ts'), '--port', String(GATEWAY_PORT), '--supergraph', supergraphPath], {
        NODE_ENV: 'production',
        LOG_LEVEL: 'error',
        GATEWAY_JWT_ISSUER: JWT.issuer,
        GATEWAY_JWT_AUDIENCE: JWT.audience,
        GATEWAY_JWT_HS256_SECRET: JWT.secret,
        GATEWAY_PERSISTED_QUERIES_DIR: path.join(WORK, 'persisted-queries'),
      });
    case 'vanilla':
      return pinned(node, [...profile, '-r', '@swc-node/register', path.join(ROOT, 'bench/src/vanilla-gateway.ts'), supergraphPath, String(GATEWAY_PORT)], { NODE_ENV: 'production' });
    case 'hive':
      return pinned(node, [path.join(ROOT, 'bench/node_modules/@graphql-hive/gateway/dist/bin.js'), 'supergraph', supergraphPath,
        '--port', String(GATEWAY_PORT), '--fork', '1', '-c', path.join(ROOT, 'bench/hive/gateway.config.mjs')],
      { NODE_ENV: 'production', LOG_LEVEL: 'warn' }, path.join(ROOT, 'bench'));
    case 'direct':
      return undefined;
  }
}

// ---------------------------------------------------------------- measuring

interface LoadResult {
  target: Target;
  operation: string;
  size: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  requests: number;
  rssMb?: number;
  peakRssMb?: number;
  /** CPU time per request (ms) during the measured load, by process: the gateway and each subgraph. */
  cpuMsPerRequest?: Record<string, number>;
}

async function load(prepared: Prepared, duration: number): Promise<autocannon.Result> {
  const { url, headers, body, perRequestHeaders } = prepared;
  return autocannon({
    url, method: 'POST', connections: settings.connections, duration, headers, body,
    ...(perRequestHeaders
      ? { requests: [{ method: 'POST', body, setupRequest: (req: any) => ({ ...req, headers: { ...headers, ...perRequestHeaders() } }) }] }
      : {}),
  });
}

/**
 * autocannon stops at its deadline with requests still queued in the subgraphs; wait until one
 * request at a time answers quickly again, so they do not spill into the next measurement.
 */
async function drain(prepared: Prepared, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let quick = 0;
  let best = Infinity;
  while (Date.now() < deadline && quick < 3) {
    const t = performance.now();
    await post(prepared).catch(() => undefined);
    const ms = performance.now() - t;
    best = Math.min(best, ms);
    quick = ms <= Math.max(50, best * 2) ? quick + 1 : 0;
  }
}

async function post(prepared: Prepared): Promise<{ status: number; body: any; sqlStatements: number | undefined }> {
  const response = await fetch(prepared.url, { method: 'POST', headers: { ...prepared.headers, ...prepared.perRequestHeaders?.() }, body: prepared.body });
  const sql = response.headers.get('x-sql-statements');
  return { status: response.status, body: await response.json(), sqlStatements: sql === null ? undefined : Number(sql) };
}

/** CPU time (user + system, ms) one process has used so far; 0 when it is gone. */
function cpuMsOf(pid: number): number {
  try {
    // Fields after the command's closing parenthesis: utime and stime are the 12th and 13th.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10; // USER_HZ is 100 on Linux
  } catch {
    return 0;
  }
}

/** The same for a process and its descendants. */
function cpuMsOfTree(pid: number): number {
  return treeOf(pid).reduce((sum, p) => sum + cpuMsOf(p), 0);
}

/** CPU time (ms) of every PostgreSQL process on the machine (embedded or DATABASE_URL's server). */
function postgresCpuMs(): number {
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === 'postgres') total += cpuMsOf(Number(entry));
    } catch {
      // gone
    }
  }
  return total;
}

function treeOf(pid: number): number[] {
  const pids = [pid];
  for (let i = 0; i < pids.length; i++) {
    try {
      const children = readFileSync(`/proc/${pids[i]}/task/${pids[i]}/children`, 'utf8').trim();
      if (children) pids.push(...children.split(/\s+/).map(Number));
    } catch {
      // gone
    }
  }
  return pids;
}

/** RSS of a process and its descendants (MB), now and at peak (VmHWM). */
function rssOfTree(pid: number): { rss: number; peak: number } {
  const pids = treeOf(pid);
  let rss = 0;
  let peak = 0;
  for (const p of pids) {
    try {
      const status = readFileSync(`/proc/${p}/status`, 'utf8');
      rss += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      peak += Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
    } catch {
      // gone
    }
  }
  return { rss: Math.round(rss / 1024), peak: Math.round(peak / 1024) };
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  const log = (line: string) => console.log(line);
  mkdirSync(WORK, { recursive: true });
  // This runner (and so PostgreSQL, the subgraphs and autocannon, its children) on OTHER_CORE.
  try {
    execFileSync('taskset', ['-a', '-p', '-c', String(OTHER_CORE), String(process.pid)], { stdio: 'ignore' });
  } catch {
    throw new Error('taskset (util-linux) is needed to pin processes to cores');
  }
  configureInternalIdentity({ secret: INTERNAL_SECRET });
  const db = await openBenchDatabase(log);
  const children: ChildProcess[] = [];
  const report: Record<string, unknown> = {
    machine: { nproc: os.cpus().length, cpu: os.cpus()[0]?.model, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version, database: db.server },
    settings,
  };
  try {
    const scale = scaleOf(settings.scale);
    log(`[bench] generating at scale ${settings.scale}: ${JSON.stringify(scale)}`);
    if (!db.reused) {
      const generated: GenerateResult = await generate(db.url, scale, (l) => log(`[generate] ${l}`));
      log(`[bench] generated in ${generated.seconds.toFixed(1)} s`);
      report.generate = generated;
    }
    const ops = operations(scale.apps / 10, jwtFor);

    // The supergraph routed to the bench ports, and the partner manifest.
    const supergraphPath = path.join(WORK, 'supergraph.graphql');
    let sdl = readFileSync(path.join(ROOT, 'supergraph.graphql'), 'utf8');
    for (const [name, port] of Object.entries(SUBGRAPH_PORT)) {
      sdl = sdl.replace(new RegExp(`(@join__graph\\(name: "${name}", url: ")[^"]*(")`), `$1http://127.0.0.1:${port}/graphql$2`);
    }
    writeFileSync(supergraphPath, sdl);
    mkdirSync(path.join(WORK, 'persisted-queries'), { recursive: true });
    writeFileSync(path.join(WORK, 'persisted-queries', 'partner.json'), JSON.stringify({
      format: 'apollo-persisted-query-manifest', version: 1,
      operations: [{ id: sha256(PARTNER), name: 'PartnerAccountInstalls', type: 'query', body: PARTNER }],
    }, null, 2));

    const subgraphUrls = Object.fromEntries(SUBGRAPHS.map((s) => [`SUBGRAPH_${s.name.toUpperCase().replace(/-/g, '_')}_URL`, `http://127.0.0.1:${SUBGRAPH_PORT[s.name]}/graphql`]));
    const env = { ...subgraphUrls, INTERNAL_IDENTITY_SECRET: INTERNAL_SECRET, APOLLO_TELEMETRY_DISABLED: '1' };
    for (const s of SUBGRAPHS) {
      children.push(spawnLogged(s.name, process.execPath, ['-r', '@swc-node/register', path.join(ROOT, 'subgraphs', s.name, 'src', 'main.ts')],
        { ...env, DATABASE_URL: db.url, [s.portEnv]: String(SUBGRAPH_PORT[s.name]), LOG_LEVEL: 'error' }, ROOT, log));
    }
    await Promise.all(SUBGRAPHS.map((s) => waitUntilAnswering(`http://127.0.0.1:${SUBGRAPH_PORT[s.name]}/health`, { timeoutMs: 90_000 })));
    log('[bench] subgraphs up');

    const results: LoadResult[] = [];
    const sqlStatements: { operation: string; size: string; statements: number | undefined }[] = [];
    const checks: { target: Target; operation: string; ok: boolean; detail: string }[] = [];
    const bodies = new Map<string, string>();
    for (const target of settings.gateways as Target[]) {
      const child = startTarget(target, supergraphPath, env, log);
      try {
        if (child) await waitUntilAnswering(`http://127.0.0.1:${GATEWAY_PORT}/graphql`, { graphql: true, timeoutMs: 90_000 });
        // First every check (and, for ours, the SQL statements per request) on an idle stack…
        for (const op of ops) {
          if (target === 'direct' && op.subgraphs.length > 1) continue;
          for (const size of op.sizes) {
            const answer = await post(prepare(target, op, size));
            const count = answer.body?.data ? safeCount(op, answer.body.data) : -1;
            const ok = answer.status === 200 && !answer.body.errors && count === size.expected;
            checks.push({ target, operation: `${op.name} (${size.label})`, ok, detail: ok ? `${count} items` : JSON.stringify(answer.body).slice(0, 300) });
            const key = `${op.name} (${size.label})`;
            const text = JSON.stringify(answer.body.data);
            if (!bodies.has(key)) bodies.set(key, text);
            else if (bodies.get(key) !== text) checks.push({ target, operation: key, ok: false, detail: 'body differs from the first target’s' });
            if (target === 'ours') sqlStatements.push({ operation: op.name, size: size.label, statements: answer.sqlStatements });
            log(`[bench] ${target} · ${key}: ${ok ? 'checked' : 'CHECK FAILED'}${target === 'ours' ? `, ${answer.sqlStatements} SQL statements` : ''}`);
          }
        }
        if (target === settings.gateways[0] && settings.subgraphWarmup > 0) {
          for (const op of ops) {
            if (target === 'direct' && op.subgraphs.length > 1) continue;
            const prepared = prepare(target, op, op.sizes[0]!);
            log(`[bench] warming the subgraphs: ${op.name}, ${settings.subgraphWarmup} s through ${target} (not measured)`);
            await load(prepared, settings.subgraphWarmup);
            await drain(prepared);
          }
        }
        // …then the load, first size only, draining the subgraphs' backlog after each.
        for (const op of ops) {
          if (target === 'direct' && op.subgraphs.length > 1) continue;
          const size = op.sizes[0]!;
          const prepared = prepare(target, op, size);
          log(`[bench] ${target} · ${op.name} (${size.label}): warm-up ${settings.warmup} s, load ${settings.duration} s`);
          await load(prepared, settings.warmup);
          await drain(prepared);
          const processes: [string, number | undefined][] = [['gateway', child?.pid], ...SUBGRAPHS.map((sg, i) => [sg.name, children[i]?.pid] as [string, number | undefined])];
          const cpuBefore = processes.map(([, pid]) => (pid ? cpuMsOfTree(pid) : 0));
          const postgresBefore = postgresCpuMs();
          const result = await load(prepared, settings.duration);
          const cpuMsPerRequest: Record<string, number> = {};
          processes.forEach(([name, pid], i) => {
            if (pid) cpuMsPerRequest[name] = Math.round(((cpuMsOfTree(pid) - cpuBefore[i]!) / Math.max(1, result.requests.total)) * 100) / 100;
          });
          cpuMsPerRequest.postgres = Math.round(((postgresCpuMs() - postgresBefore) / Math.max(1, result.requests.total)) * 100) / 100;
          const mem = child?.pid ? rssOfTree(child.pid) : undefined;
          await drain(prepared);
          const row: LoadResult = {
            target, operation: op.name, size: size.label,
            requestsPerSecond: Math.round(result.requests.average), p50: result.latency.p50, p99: result.latency.p99,
            errors: result.errors + result.timeouts, non2xx: result.non2xx, requests: result.requests.total,
            ...(mem ? { rssMb: mem.rss, peakRssMb: mem.peak } : {}),
            cpuMsPerRequest,
          };
          results.push(row);
          log(`[bench]   ${JSON.stringify(row)}`);
        }
      } catch (error) {
        log(`[bench] ${target}: ${error instanceof Error ? error.message : String(error)}`);
        checks.push({ target, operation: '(start)', ok: false, detail: error instanceof Error ? error.message : String(error) });
      } finally {
        if (child) await terminate(child);
      }
    }
    Object.assign(report, { results, sqlStatements, checks, ratios: ratios(results), slowSqlLogged: slowSql });
  } finally {
    await Promise.all(children.map(terminate));
    await db.stop();
  }
  const file = path.join(WORK, `results-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify(report, null, 2));
  console.log(JSON.stringify(report, null, 2));
  console.log(`[bench] report written to ${path.relative(ROOT, file)}`);
}

function safeCount(op: Operation, data: unknown): number {
  try {
    return op.count(data);
  } catch {
    return -1;
  }
}

function ratios(results: LoadResult[]): unknown[] {
  const out: unknown[] = [];
  for (const r of results.filter((x) => x.target === 'ours')) {
    const row: Record<string, unknown> = { operation: r.operation };
    for (const base of ['vanilla', 'hive', 'direct'] as const) {
      const b = results.find((x) => x.target === base && x.operation === r.operation);
      if (b) row[base] = { rps: +(r.requestsPerSecond / b.requestsPerSecond).toFixed(2), p99: +(r.p99 / b.p99).toFixed(2) };
    }
    out.push(row);
  }
  return out;
}

function jwtFor(identity: Identity): string {
  if (identity.kind !== 'user') throw new Error('bench JWTs are for users');
  const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const body = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({
    kind: 'user', sub: identity.userId, accountId: identity.accountId, role: identity.role, iss: JWT.issuer, aud: JWT.audience, iat: now, exp: now + 6 * 3600,
  })}`;
  return `${body}.${createHmac('sha256', JWT.secret).update(body).digest('base64url')}`;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const slowSql: Record<string, number> = {};

function spawnLogged(name: string, command: string, args: string[], env: Record<string, string>, cwd: string, log: (l: string) => void): ChildProcess {
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  // Subgraphs log every statement over 1 s as "slow sql": counted, not printed.
  const prefix = (chunk: Buffer) =>
    chunk.toString().split('\n').filter(Boolean).forEach((l) => (l.includes('"slow sql"') ? (slowSql[name] = (slowSql[name] ?? 0) + 1) : log(`[${name}] ${l}`)));
  child.stdout?.on('data', prefix);
  child.stderr?.on('data', prefix);
  return child;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
