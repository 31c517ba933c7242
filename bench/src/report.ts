import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spread, type Spread } from './rounds';
import type { Settings, Target } from './settings';
import type { SoakResult } from './soak';

/**
 * The bench's report: every measurement (JSON, in bench/.work/), and the summary it writes into
 * docs/BENCHMARKS.md between the `bench:summary` markers. Other measurements (e.g. job pickup
 * latency) add their own `Section`s; run.ts passes them to `renderSummary`.
 */

/** One measured load: one target, one operation, one round. */
export interface Measurement {
  round: number;
  /** Its place among the targets of this operation in this round (1 = first). */
  position: number;
  target: Target;
  operation: string;
  size: string;
  connections: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  requests: number;
  /** The target's own process tree (gateway or floor), after the load; none for direct. */
  rssMb?: number;
  peakRssMb?: number;
  /**
   * CPU ms per request during the load: `target` (the gateway's or the floor's process tree), each
   * subgraph, `postgres` (the postmaster's tree, exited backends included) and `total`.
   */
  cpuMsPerRequest: Record<string, number>;
  /** Wall time of the whole step (warm-up, drains, load), s. */
  wallSeconds?: number;
}

export interface Check {
  target: Target | 'all';
  operation: string;
  ok: boolean;
  detail: string;
}

export interface SqlStatements {
  operation: string;
  sizes: { size: string; statements: number | undefined }[];
}

/** A block of the summary contributed by a measurement module. */
export interface Section {
  title: string;
  markdown: string;
}

export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  node: string;
  postgres: string;
  database: string;
  versions: Record<string, string>;
}

export interface RunInfo {
  startedAt: string;
  finishedAt: string;
  commit: string;
  machine: Machine;
  settings: Settings;
  /** Per round: each operation and the order its targets ran in. */
  orders: { round: number; operation: string; targets: Target[] }[][];
  /** Wall time of each phase of the run, s. */
  wallSeconds: Record<string, number>;
  /** CPU ms per second each process used with no load (part of every per-request figure). */
  idleCpuMsPerSecond: Record<string, number>;
  /** How our gateway's Node.js ran: the deployment's NODE_OPTIONS and flags, then BENCH_GATEWAY_NODE_FLAGS (absent in older runs). */
  oursNode?: { nodeOptions: string; flags: string[] };
}

// ---------------------------------------------------------------- aggregation

export interface Figure {
  operation: string;
  target: Target;
  size: string;
  connections: number;
  rounds: number;
  requestsPerSecond: Spread;
  p50: Spread;
  p99: Spread;
  cpuMsPerRequest: Record<string, Spread>;
  errors: number;
  requests: number;
  peakRssMb?: number;
}

export interface Ratio {
  operation: string;
  of: 'ours';
  to: Target;
  /** Per round ours ÷ theirs; the median of those is the figure. */
  requestsPerSecond?: Spread;
  p99?: Spread;
  cpuPerRequest?: Spread;
}

export function figures(measurements: Measurement[]): Figure[] {
  const groups = new Map<string, Measurement[]>();
  for (const m of measurements) {
    const key = `${m.operation}\u0000${m.target}`;
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  return [...groups.values()].map((ms) => {
    const first = ms[0]!;
    const processes = [...new Set(ms.flatMap((m) => Object.keys(m.cpuMsPerRequest)))];
    const peaks = ms.map((m) => m.peakRssMb).filter((v): v is number => v !== undefined);
    return {
      operation: first.operation, target: first.target, size: first.size, connections: first.connections, rounds: ms.length,
      requestsPerSecond: spread(ms.map((m) => m.requestsPerSecond))!,
      p50: spread(ms.map((m) => m.p50))!,
      p99: spread(ms.map((m) => m.p99))!,
      cpuMsPerRequest: Object.fromEntries(processes.map((p) => [p, spread(ms.map((m) => m.cpuMsPerRequest[p] ?? NaN))!]).filter(([, s]) => s)),
      errors: ms.reduce((s, m) => s + m.errors + m.non2xx, 0),
      requests: ms.reduce((s, m) => s + m.requests, 0),
      ...(peaks.length ? { peakRssMb: Math.max(...peaks) } : {}),
    };
  });
}

/** Ours against each other target, per round, then the median over rounds. */
export function ratios(measurements: Measurement[]): Ratio[] {
  const out: Ratio[] = [];
  const operations = [...new Set(measurements.map((m) => m.operation))];
  for (const operation of operations) {
    const ours = measurements.filter((m) => m.operation === operation && m.target === 'ours');
    for (const to of ['vanilla', 'hive', 'direct', 'floor'] as const) {
      const pairs = ours
        .map((o) => [o, measurements.find((m) => m.operation === operation && m.target === to && m.round === o.round)] as const)
        .filter((p): p is readonly [Measurement, Measurement] => p[1] !== undefined);
      if (pairs.length === 0) continue;
      const per = (f: (o: Measurement, t: Measurement) => number) => spread(pairs.map(([o, t]) => f(o, t)));
      const rps = per((o, t) => o.requestsPerSecond / t.requestsPerSecond);
      const p99 = per((o, t) => o.p99 / t.p99);
      const cpu = per((o, t) => o.cpuMsPerRequest.total! / t.cpuMsPerRequest.total!);
      out.push({ operation, of: 'ours', to, ...(rps ? { requestsPerSecond: rps } : {}), ...(p99 ? { p99 } : {}), ...(cpu ? { cpuPerRequest: cpu } : {}) });
    }
  }
  return out;
}

// ---------------------------------------------------------------- machine and commit

export function machineInfo(root: string, postgres: string, database: string): Machine {
  const version = (pkg: string) => {
    for (const base of [path.join(root, 'bench', 'node_modules'), path.join(root, 'node_modules')]) {
      const file = path.join(base, pkg, 'package.json');
      if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')).version as string;
    }
    return '?';
  };
  return {
    cpu: os.cpus()[0]?.model ?? '?',
    // os.cpus(), not availableParallelism(): the runner is pinned to one core by then.
    cores: os.cpus().length,
    memoryGb: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    postgres,
    database,
    versions: Object.fromEntries(['@apollo/gateway', '@apollo/server', '@graphql-hive/gateway', 'autocannon', 'undici', 'pg'].map((p) => [p, version(p)])),
  };
}

/** The commit measured (read when a run starts): its short hash, marked "+changes" when the work tree differs from it. */
export function commitOf(root: string): string {
  try {
    const hash = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: root, encoding: 'utf8' }).trim();
    return dirty ? `${hash}+changes` : hash;
  } catch {
    return 'unknown';
  }
}

// ---------------------------------------------------------------- markdown

const ms = (v: number) => (v >= 10 ? String(Math.round(v)) : v.toFixed(1));
const cpu = (v: number) => v.toFixed(2);
const x = (v: number) => `${v.toFixed(2)}×`;
/** "median (min–max)", or just the median from a single round. */
const withSpread = (s: Spread | undefined, f: (v: number) => string) =>
  !s ? '—' : s.values.length > 1 ? `${f(s.median)} (${f(s.min)}–${f(s.max)})` : f(s.median);

export interface SummaryInput {
  run: RunInfo;
  fullRun: boolean;
  figures: Figure[];
  ratios: Ratio[];
  sql: SqlStatements[];
  checks: Check[];
  soak?: SoakResult;
  sections: Section[];
  slowSql: Record<string, number>;
  jsonFile: string;
}

export function renderSummary(input: SummaryInput): string {
  const { run, figures: figs, sql, checks } = input;
  const s = run.settings;
  const m = run.machine;
  const lines: string[] = [];
  const out = (...l: string[]) => lines.push(...l);
  const failed = checks.filter((c) => !c.ok);
  out(
    input.fullRun
      ? `### Last run (written by \`npm run bench\`)`
      : `### Last run: SMOKE RUN — these figures are not results (written by \`npm run bench\`)`,
    '',
    `- **When**: ${run.startedAt} – ${run.finishedAt} (UTC); **commit** \`${run.commit}\`; full JSON \`${input.jsonFile}\`.`,
    `- **Machine**: ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB; Node ${m.node}; PostgreSQL ${m.postgres} (${m.database}); `
      + Object.entries(m.versions).map(([k, v]) => `${k} ${v}`).join(', ') + '.',
    `- **Settings**: BENCH_SCALE=${s.scale}, BENCH_ROUNDS=${s.rounds}, BENCH_DURATION=${s.duration} s, BENCH_WARMUP=${s.warmup} s, `
      + `BENCH_SUBGRAPH_WARMUP=${s.subgraphWarmup} s, BENCH_CONNECTIONS=${s.connections}, BENCH_SEARCH_CONNECTIONS=${s.searchConnections}, `
      + `BENCH_SEED=${s.seed}, targets ${s.targets.join(', ')}${s.operations.length ? `, operations ${s.operations.join(' | ')}` : ''}`
      + `${s.rate ? `, BENCH_RATE=${s.rate} req/s` : ''}${s.soakSeconds ? `, BENCH_SOAK_SECONDS=${s.soakSeconds}` : ''}.`,
    ...(run.oursNode ? [`- **Our gateway's Node.js** (as deployed, then BENCH_GATEWAY_NODE_FLAGS, which win): NODE_OPTIONS \`${run.oursNode.nodeOptions}\`, `
      + `flags \`${run.oursNode.flags.join(' ') || 'none'}\`; the other gateways run with Node's defaults.`] : []),
    `- **Checks**: ${checks.length - failed.length} of ${checks.length} passed`
      + (failed.length ? ` — FAILED: ${failed.map((c) => `${c.target} · ${c.operation}: ${c.detail}`).join('; ')}` : ' (every target returned the same `data` as ours for every operation and size; SQL statements per request the same at both sizes).'),
    `- **Slow SQL** (statements over 1 s logged by the subgraphs): ${Object.keys(input.slowSql).length ? JSON.stringify(input.slowSql) : 'none'}.`,
    `- **Idle CPU** (no load, ms of CPU per second, included in every per-request figure): `
      + (Object.entries(run.idleCpuMsPerSecond).map(([k, v]) => `${k} ${v}`).join(', ') || 'not measured') + '.',
    `- **Wall time**: ${Math.round((run.wallSeconds.total ?? 0) / 60)} min (`
      + Object.entries(run.wallSeconds).filter(([k]) => k !== 'total').map(([k, v]) => `${k} ${v} s`).join(', ') + ').',
    '',
    'Each figure is the median over the rounds, with the lowest and highest round in brackets. '
      + 'CPU is ms per request of every process involved (the target, the four subgraphs, PostgreSQL); ratios are computed per round, then their median.',
    '',
    '| operation | target | conns | req/s | p50 ms | p99 ms | CPU ms/request, all | of it the target’s | errors | target RSS peak MB |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  );
  for (const f of figs) {
    out(`| ${f.operation} (${f.size}) | ${f.target} | ${f.connections} | ${withSpread(f.requestsPerSecond, (v) => String(Math.round(v)))} | ${ms(f.p50.median)} `
      + `| ${withSpread(f.p99, ms)} | ${withSpread(f.cpuMsPerRequest.total, cpu)} | ${f.cpuMsPerRequest.target ? cpu(f.cpuMsPerRequest.target.median) : '—'} `
      + `| ${f.errors} | ${f.peakRssMb ?? '—'} |`);
  }

  const rows = input.ratios;
  if (rows.length) {
    out('', 'Ours ÷ each other target, per round, median (range): req/s, p99, CPU per request (all processes).', '',
      '| operation | vs | req/s | p99 | CPU per request |', '|---|---|---:|---:|---:|');
    for (const r of rows) out(`| ${r.operation} | ${r.to} | ${withSpread(r.requestsPerSecond, x)} | ${withSpread(r.p99, x)} | ${withSpread(r.cpuPerRequest, x)} |`);
  }

  const page = (target: Target) => figs.find((f) => f.operation === 'storefront page' && f.target === target);
  const ours = page('ours');
  const floor = page('floor');
  if (ours && floor) {
    const processes = ['target', 'catalog', 'accounts', 'billing', 'telephony-loyalty', 'postgres', 'total'];
    const ratio = rows.find((r) => r.operation === 'storefront page' && r.to === 'floor')?.cpuPerRequest;
    out('', `**Storefront page, CPU per page by process** (ms, median): our CPU per page ÷ the floor's = **${withSpread(ratio, x)}** (issue 17 target: ≤ 3×).`, '',
      `| | ${processes.map((p) => (p === 'target' ? 'gateway / floor' : p)).join(' | ')} |`, `|---|${processes.map(() => '---:').join('|')}|`);
    for (const f of [ours, floor]) out(`| ${f.target} | ${processes.map((p) => (f.cpuMsPerRequest[p] ? cpu(f.cpuMsPerRequest[p]!.median) : '—')).join(' | ')} |`);
  }

  const searches = figs.filter((f) => f.operation.startsWith('search') && f.target === 'ours');
  if (searches.length) {
    out('', `**Search** at ${s.searchConnections} connections, ours (issue 17 target: p99 < 100 ms):`, '');
    for (const f of searches) out(`- ${f.operation}: p99 ${withSpread(f.p99, ms)} ms, ${withSpread(f.requestsPerSecond, (v) => String(Math.round(v)))} req/s`);
  }

  if (sql.length) {
    out('', 'SQL statements per request (our gateway’s `x-sql-statements`, idle stack), at both sizes:', '',
      '| operation | statements |', '|---|---|');
    for (const q of sql) out(`| ${q.operation} | ${q.sizes.map((z) => `${z.size}: ${z.statements ?? '?'}`).join(' · ')} |`);
  }

  if (input.soak) {
    const k = input.soak;
    out('', `**Gateway memory soak** (${k.target}, ${k.operation}, ${k.seconds} s at ${k.connections} connections, RSS every ${s.soakSampleSeconds} s): `
      + `first ${k.firstMb} MB, last ${k.lastMb} MB, peak ${k.peakMb} MB; slope ${k.slopeMbPerMinute} MB/min over the run, `
      + `${k.secondHalfSlopeMbPerMinute} MB/min over its second half; ${k.requestsPerSecond} req/s, p99 ${ms(k.p99)} ms, ${k.errors} errors.`
      + (k.heap ? ` V8 heap (gateway's /metrics): used up to ${k.heap.usedPeakMb} MB; live heap (used just after the last full GC) first ${k.heap.liveFirstMb} MB, `
        + `last ${k.heap.liveLastMb} MB, peak ${k.heap.livePeakMb} MB, slope ${k.heap.liveSlopeMbPerMinute} MB/min over the run, ${k.heap.liveSecondHalfSlopeMbPerMinute} MB/min over its second half.` : ''));
  }

  out('', ...targetsOfIssue17(input));
  for (const section of input.sections) out('', `**${section.title}**`, '', section.markdown);
  return lines.join('\n');
}

/** Issue 17's targets, each as met / not met on this run's medians. */
function targetsOfIssue17(input: SummaryInput): string[] {
  const { figures: figs, ratios: rows, sql } = input;
  const verdict = (ok: boolean | undefined) => (ok === undefined ? 'not measured' : ok ? 'met' : '**not met**');
  const vs = (to: Target) => rows.filter((r) => r.to === to && r.requestsPerSecond);
  const gatewayTarget = (to: Target) => {
    const r = vs(to);
    if (!r.length) return undefined;
    return r.every((x) => x.requestsPerSecond!.median >= 1 && (x.p99?.median ?? 0) <= 1);
  };
  const cpuFloor = rows.find((r) => r.operation === 'storefront page' && r.to === 'floor')?.cpuPerRequest?.median;
  const page = figs.find((f) => f.operation === 'storefront page' && f.target === 'ours');
  const searches = figs.filter((f) => f.operation.startsWith('search') && f.target === 'ours');
  const sqlSame = sql.length ? sql.every((q) => q.sizes.every((z) => z.statements !== undefined && z.statements === q.sizes[0]!.statements)) : undefined;
  const soak = input.soak;
  const range = (to: Target) => {
    const r = vs(to);
    if (!r.length) return '';
    const rps = r.map((x) => x.requestsPerSecond!.median);
    const p99 = r.map((x) => x.p99?.median ?? NaN);
    return ` (req/s ${Math.min(...rps).toFixed(2)}–${Math.max(...rps).toFixed(2)}×, p99 ${Math.min(...p99).toFixed(2)}–${Math.max(...p99).toFixed(2)}×)`;
  };
  return [
    `Against issue 17's targets${input.fullRun ? '' : ' (smoke run: no verdict stands)'}:`,
    '',
    '| target | this run |',
    '|---|---|',
    `| ours ≥ 1.0× vanilla req/s and p99 ≤ 1.0× on every operation | ${verdict(gatewayTarget('vanilla'))}${range('vanilla')} |`,
    `| ours ≥ 1.0× Hive req/s and p99 ≤ 1.0× on every operation | ${verdict(gatewayTarget('hive'))}${range('hive')} |`,
    `| storefront page CPU ≤ 3× the floor's | ${verdict(cpuFloor === undefined ? undefined : cpuFloor <= 3)}${cpuFloor === undefined ? '' : ` (${cpuFloor.toFixed(2)}×)`} |`,
    `| storefront page ≥ 300 req/s at 50 connections | ${verdict(page ? page.requestsPerSecond.median >= 300 && page.connections === 50 : undefined)}${page ? ` (${Math.round(page.requestsPerSecond.median)} req/s at ${page.connections})` : ''} |`,
    `| search p99 < 100 ms at 10 connections | ${verdict(searches.length ? searches.every((f) => f.p99.median < 100 && f.connections === 10) : undefined)}${searches.length ? ` (${searches.map((f) => ms(f.p99.median)).join(', ')} ms)` : ''} |`,
    `| SQL statements per request independent of page size | ${verdict(sqlSame)} |`,
    `| gateway memory flat over a 10-minute run (second-half slope under 1 MB/min) | ${!soak ? 'not measured (BENCH_SOAK_SECONDS=600)'
      : `${soak.seconds >= 600 ? verdict(Math.abs(soak.secondHalfSlopeMbPerMinute) < 1) : `not judged: a ${soak.seconds} s soak`} (second-half slope ${soak.secondHalfSlopeMbPerMinute} MB/min`
        + `${soak.heap ? `; live heap ${soak.heap.liveSecondHalfSlopeMbPerMinute} MB/min` : ''})`} |`,
  ];
}

// ---------------------------------------------------------------- docs/BENCHMARKS.md

export const SUMMARY_START = '<!-- bench:summary:start -->';
export const SUMMARY_END = '<!-- bench:summary:end -->';

/**
 * Replaces what is between the markers, each on a line of its own (so prose quoting them does not
 * count); appends a section with them when they are missing.
 */
export function writeSummary(docPath: string, markdown: string): void {
  const doc = readFileSync(docPath, 'utf8');
  const block = `${SUMMARY_START}\n${markdown}\n${SUMMARY_END}`;
  const lineOf = (marker: string, from = 0) => {
    const at = doc.indexOf(`\n${marker}\n`, from);
    return at < 0 ? -1 : at + 1;
  };
  const start = lineOf(SUMMARY_START);
  const end = start < 0 ? -1 : lineOf(SUMMARY_END, start);
  const next = start >= 0 && end > start
    ? doc.slice(0, start) + block + doc.slice(end + SUMMARY_END.length)
    : `${doc.trimEnd()}\n\n## Last run\n\n${block}\n`;
  writeFileSync(docPath, next);
}

/** The summary of a run's JSON report (bench/.work/results-*.json), e.g. after the renderer changed. */
export function summaryOfJson(file: string, root: string): string {
  const r = JSON.parse(readFileSync(file, 'utf8'));
  return renderSummary({
    run: r.run, fullRun: r.fullRun, figures: r.figures, ratios: r.ratios, sql: r.sqlStatements, checks: r.checks,
    ...(r.soak ? { soak: r.soak } : {}), sections: r.sections ?? [], slowSql: r.slowSqlLogged ?? {}, jsonFile: path.relative(root, path.resolve(file)),
  });
}

// `npm run summarize --prefix bench -- bench/.work/results-….json`: writes that run's summary into docs/BENCHMARKS.md again.
if (require.main === module) {
  const root = path.resolve(__dirname, '../..');
  const file = process.argv[2];
  if (!file) throw new Error('usage: report.ts <bench/.work/results-….json>');
  const summary = summaryOfJson(path.resolve(process.env.INIT_CWD ?? process.cwd(), file), root);
  writeSummary(path.join(root, 'docs', 'BENCHMARKS.md'), summary);
  console.log(summary);
}
