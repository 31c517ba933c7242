import { execFileSync, type ChildProcess } from 'node:child_process';
import { createHmac, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { GATEWAY_SIGNER, generateInternalIdentityKeys, type Identity } from '@appmarket/federation';
import { terminate, waitUntilAnswering } from '../../scripts/processes';
import { SUBGRAPHS } from '../../scripts/subgraphs';
import { cpuMsOfTree, postmasterOf, rssOfTree, serverVersion } from './cpu';
import { openBenchDatabase } from './database';
import { generate, scaleOf, type GenerateResult } from './generate';
import { drain, load, send } from './load';
import { operations, PARTNER, serves, type Operation } from './operations';
import {
  commitOf, figures, machineInfo, ratios, renderSummary, writeSummary,
  type Check, type Measurement, type RunInfo, type Section, type SqlStatements,
} from './report';
import { schedule } from './rounds';
import { isFullRun, loadSettings, TARGETS, type Target } from './settings';
import { soak, type SoakResult } from './soak';
import { cacheLookups, hitRatios, probeCatalogCache, type CacheProbe } from './cache-probe';
import { assertPortsFree, deployedGatewayNodeFlags, deployedGatewayNodeOptions, OTHER_CORE, OURS_METRICS, prepare, readiness, ROOT, sha256, slowSql, spawnLogged, startTarget, SUBGRAPH_PORT, WORK } from './targets';

/**
 * `npm run bench` (issues 8 and 17), the orchestrator: generates the data, starts the four
 * subgraphs (as `npm start` does) and every target under test side by side (targets.ts), checks
 * every answer on the idle stack, warms the subgraphs, then runs BENCH_ROUNDS interleaved rounds
 * (rounds.ts) measuring req/s, latency and CPU per request of every process (cpu.ts), optionally a
 * memory soak (soak.ts), and reports (report.ts): full JSON in bench/.work/results-<time>.json, the
 * summary into docs/BENCHMARKS.md. Settings: settings.ts and docs/BENCHMARKS.md.
 *
 * Cores: this runner pins itself (and so PostgreSQL, the subgraphs and autocannon, its children)
 * to OTHER_CORE; the gateways and the floor run on GATEWAY_CORE.
 */
const JWT = { issuer: 'appmarket-bench', audience: 'appmarket-api', secret: randomBytes(32).toString('hex') };
// A key pair per process of the run (identity.ts); the gateways all sign with the gateway's key.
/** The catalog's metrics (its cache's lookups, docs/CACHING.md). */
const CATALOG_METRICS = `http://127.0.0.1:${SUBGRAPH_PORT.catalog!}/metrics`;
const IDENTITY = generateInternalIdentityKeys([GATEWAY_SIGNER, ...SUBGRAPHS.map((s) => s.name)]);
process.env.BENCH_GATEWAY_IDENTITY_KEY = IDENTITY.privateKeys[GATEWAY_SIGNER]!;
const T0 = performance.now();
const elapsed = () => Math.round((performance.now() - T0) / 1000);
const log = (line: string) => console.log(`${String(elapsed()).padStart(5)} s ${line}`);

async function main(): Promise<void> {
  const settings = loadSettings();
  const startedAt = new Date();
  // The code measured is the code the processes load at start: edits made while a run goes on are not in it.
  const commit = commitOf(ROOT);
  mkdirSync(WORK, { recursive: true });
  try {
    execFileSync('taskset', ['-a', '-p', '-c', String(OTHER_CORE), String(process.pid)], { stdio: 'ignore' });
  } catch {
    throw new Error('taskset (util-linux) is needed to pin processes to cores');
  }
  const db = await openBenchDatabase(log);
  const children: ChildProcess[] = [];
  const targets = new Map<Target, ChildProcess | undefined>();
  const stopAll = async () => {
    await Promise.all([...targets.values()].filter((c): c is ChildProcess => !!c).map(terminate));
    await Promise.all(children.map(terminate));
  };
  process.once('SIGINT', () => void stopAll().then(() => db.stop()).finally(() => process.exit(130)));

  const checks: Check[] = [];
  const sql: SqlStatements[] = [];
  const measurements: Measurement[] = [];
  const sections: Section[] = [];
  let generated: GenerateResult | undefined;
  let soakResult: SoakResult | undefined;
  let orders: RunInfo['orders'] = [];
  let postgres = { version: '?', pid: undefined as number | undefined };
  let idle: Record<string, number> = {};
  let operationOrder: string[] = [];
  /** Wall time of each phase (s), to plan runs. */
  const phases: Record<string, number> = {};
  let phaseStart = elapsed();
  const phase = (name: string) => {
    phases[name] = elapsed() - phaseStart;
    phaseStart = elapsed();
  };
  try {
    const scale = scaleOf(settings.scale);
    log(`[bench] scale ${settings.scale}: ${JSON.stringify(scale)}; settings ${JSON.stringify(settings)}`);
    if (!db.reused) {
      generated = await generate(db.url, scale, (l) => log(`[generate] ${l}`));
      log(`[bench] generated in ${generated.seconds.toFixed(1)} s`);
    }
    phase('generate');
    const found = await postmasterOf(db.url);
    postgres = { version: found?.version ?? (await serverVersion(db.url)), pid: found?.pid };
    if (!found) log('[bench] PostgreSQL runs out of reach of /proc: its CPU is not measured');
    const ops = operations(settings, scale.apps / 10, jwtFor);
    operationOrder = ops.map((o) => o.name);

    await assertPortsFree();
    const supergraphPath = writeSupergraph();
    writePartnerManifest();
    const env = {
      ...Object.fromEntries(SUBGRAPHS.map((s) => [`SUBGRAPH_${s.name.toUpperCase().replace(/-/g, '_')}_URL`, `http://127.0.0.1:${SUBGRAPH_PORT[s.name]}/graphql`])),
      INTERNAL_IDENTITY_PRIVATE_KEY: IDENTITY.privateKeys[GATEWAY_SIGNER]!,
      INTERNAL_IDENTITY_PUBLIC_KEYS: IDENTITY.publicKeys,
      APOLLO_TELEMETRY_DISABLED: '1',
    };
    for (const s of SUBGRAPHS) {
      // BENCH_CPU_PROFILE_DIR: each subgraph writes a V8 CPU profile too when it stops (issue 17, item 3).
      // NODE_ENV=production as deployed (Dockerfile, deploy/kubernetes): graphql-js and Apollo Server skip development checks.
      const profile = process.env.BENCH_CPU_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(process.env.BENCH_CPU_PROFILE_DIR, s.name)}`] : [];
      children.push(spawnLogged(s.name, process.execPath, [...profile, '-r', '@swc-node/register', path.join(ROOT, 'subgraphs', s.name, 'src', 'main.ts')],
        { ...env, NODE_ENV: 'production', DATABASE_URL: db.url, [s.portEnv]: String(SUBGRAPH_PORT[s.name]), LOG_LEVEL: 'error', INTERNAL_IDENTITY_PRIVATE_KEY: IDENTITY.privateKeys[s.name]!,
          CATALOG_CACHE: settings.catalogCache ? 'on' : 'off' }, ROOT, log));
    }
    await Promise.all(SUBGRAPHS.map((s) => waitUntilAnswering(`http://127.0.0.1:${SUBGRAPH_PORT[s.name]}/health`, { timeoutMs: 90_000 })));
    log('[bench] subgraphs up');

    const schemaOf = (name: string) => SUBGRAPHS.find((s) => s.name === name)!.dbSchema;
    for (const target of settings.targets) {
      const child = startTarget(target, {
        supergraphPath, env, jwt: JWT, databaseUrl: db.url,
        schemas: { catalog: schemaOf('catalog'), accounts: schemaOf('accounts'), billing: schemaOf('billing') },
        ...(process.env.BENCH_CPU_PROFILE_DIR ? { cpuProfileDir: process.env.BENCH_CPU_PROFILE_DIR } : {}),
        gatewayNodeFlags: settings.gatewayNodeFlags,
      }, log);
      targets.set(target, child);
    }
    const running: Target[] = [];
    for (const target of settings.targets) {
      const ready = readiness(target);
      try {
        if (ready) await waitUntilAnswering(ready.url, { graphql: ready.graphql, timeoutMs: 90_000 });
        running.push(target);
      } catch (error) {
        checks.push({ target, operation: '(start)', ok: false, detail: String(error) });
        log(`[bench] ${target} did not start: ${String(error)}`);
      }
    }

    phase('start');
    // Every answer checked on the idle stack, against ours (the reference when it runs).
    await checkAnswers(ops, running, checks, sql, settings.catalogCache);
    phase('checks');

    // The subgraphs' warm-up, once, unmeasured: without it the first loads pay their JIT.
    for (const op of ops) {
      const via = running.find((t) => t === 'ours' && serves(t, op)) ?? running.find((t) => serves(t, op));
      if (!via || settings.subgraphWarmup <= 0) continue;
      const prepared = prepare(via, op, op.sizes[0]!);
      log(`[bench] warming the subgraphs: ${op.name}, ${settings.subgraphWarmup} s through ${via} (not measured)`);
      await load(prepared, settings.subgraphWarmup, op.connections);
      await drain(prepared);
    }

    phase('subgraph warm-up');

    // The catalog's cache cold and warm (docs/CACHING.md), on the idle stack after the warm-up (JIT), through our gateway.
    const catalogPid = children[SUBGRAPHS.findIndex((s) => s.name === 'catalog')]?.pid;
    if (settings.catalogCache && settings.cacheProbeSamples > 0 && running.includes('ours')) {
      const probes: CacheProbe[] = [];
      for (const op of ops.filter((o) => o.name.startsWith('storefront'))) {
        probes.push(await probeCatalogCache(db.url, op.name, prepare('ours', op, op.sizes[0]!), catalogPid, settings.cacheProbeSamples));
        log(`[bench] cache probe: ${JSON.stringify(probes.at(-1))}`);
      }
      if (probes.length) {
        sections.push({
          title: `Catalog cache cold and warm (through ours, idle stack, ${settings.cacheProbeSamples} samples, first size: latency and statements median, catalog CPU mean)`,
          markdown: ['| operation | cold p50 ms | warm p50 ms | cold SQL statements | warm SQL statements | catalog CPU ms cold | catalog CPU ms warm |', '|---|---:|---:|---:|---:|---:|---:|',
            ...probes.map((p) => `| ${p.operation} | ${p.cold.p50Ms} | ${p.warm.p50Ms} | ${p.cold.statements} | ${p.warm.statements} | ${p.cold.catalogCpuMs} | ${p.warm.catalogCpuMs} |`)].join('\n'),
        });
      }
      phase('cache probe');
    }

    // What the stack burns with no load (pg-boss polling, autovacuum, timers): part of every
    // per-request figure, so it is reported (ms of CPU per second) to judge them by.
    idle = await idleCpu(running.map((t) => [t, targets.get(t)?.pid] as [string, number | undefined])
      .concat(SUBGRAPHS.map((sg, i) => [sg.name, children[i]?.pid]), [['postgres', postgres.pid]]), settings.duration);
    log(`[bench] idle CPU, ms per second: ${JSON.stringify(idle)}`);
    phase('idle baseline');

    // The catalog cache's lookups before the rounds: their hit ratio is the difference after.
    const lookupsBefore = settings.catalogCache ? await cacheLookups(CATALOG_METRICS).catch(() => ({})) : {};
    // The rounds.
    const plan = schedule(settings.rounds, settings.seed, ops, (op) => running.filter((t) => serves(t, op)));
    orders = plan.map((steps) => steps.map((s) => ({ round: s.round, operation: s.operation.name, targets: s.targets })));
    const processes = (target: Target): [string, number | undefined][] => [
      ['target', targets.get(target)?.pid],
      ...SUBGRAPHS.map((sg, i) => [sg.name, children[i]?.pid] as [string, number | undefined]),
      ['postgres', postgres.pid],
    ];
    for (const steps of plan) {
      for (const step of steps) {
        for (const [index, target] of step.targets.entries()) {
          const started = elapsed();
          const m = await measure(target, step.operation, step.round, index + 1, processes(target), settings.warmup, settings.duration, settings.rate);
          m.wallSeconds = elapsed() - started;
          measurements.push(m);
          log(`[bench] round ${m.round} #${m.position} ${target} · ${m.operation}: ${m.requestsPerSecond} req/s, p99 ${m.p99} ms, `
            + `CPU ${m.cpuMsPerRequest.total} ms/request (${Object.entries(m.cpuMsPerRequest).filter(([name]) => name !== 'total').map(([name, ms]) => `${name} ${ms}`).join(', ')}), errors ${m.errors + m.non2xx}`);
        }
      }
    }

    phase('rounds');
    if (settings.catalogCache) {
      const ratios = hitRatios(lookupsBefore, await cacheLookups(CATALOG_METRICS).catch(() => ({})));
      log(`[bench] catalog cache during the rounds: ${JSON.stringify(ratios)}`);
      sections.push({
        title: 'Catalog cache hit ratio during the rounds (hit + shared of every lookup, from the catalog’s /metrics)',
        markdown: ['| cache | lookups | hit ratio |', '|---|---:|---:|', ...Object.entries(ratios).map(([cache, r]) => `| ${cache} | ${r.lookups} | ${r.hitRatio} |`)].join('\n'),
      });
    }

    // The memory soak (off by default).
    if (settings.soakSeconds > 0) {
      const op = ops.find((o) => o.name === settings.soakOperation);
      const pid = targets.get('ours')?.pid;
      if (!op || !pid || !running.includes('ours')) {
        log(`[bench] soak skipped: needs the target "ours" and the operation "${settings.soakOperation}"`);
      } else {
        log(`[bench] soak: ${op.name} through ours for ${settings.soakSeconds} s, RSS every ${settings.soakSampleSeconds} s`);
        soakResult = await soak({
          target: 'ours', operation: op.name, pid, prepared: prepare('ours', op, op.sizes[0]!),
          seconds: settings.soakSeconds, sampleSeconds: settings.soakSampleSeconds, connections: op.connections, metrics: OURS_METRICS,
        });
        log(`[bench] soak: ${JSON.stringify({ ...soakResult, samples: soakResult.samples.length })}`);
      }
      phase('soak');
    }
  } finally {
    await stopAll();
    await db.stop();
  }

  // The report.
  const run: RunInfo = {
    startedAt: startedAt.toISOString().replace(/\.\d+Z$/, 'Z'), finishedAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    commit, machine: machineInfo(ROOT, postgres.version, db.server), settings, orders,
    wallSeconds: { ...phases, total: elapsed() }, idleCpuMsPerSecond: idle,
    oursNode: { nodeOptions: deployedGatewayNodeOptions(), flags: [...deployedGatewayNodeFlags(), ...settings.gatewayNodeFlags] },
  };
  const byOrder = <T extends { operation: string }>(rank: (t: T) => number) => (a: T, b: T) =>
    operationOrder.indexOf(a.operation) - operationOrder.indexOf(b.operation) || rank(a) - rank(b);
  const figs = figures(measurements).sort(byOrder((f) => TARGETS.indexOf(f.target)));
  const rows = ratios(measurements).sort(byOrder((r) => TARGETS.indexOf(r.to)));
  const file = path.join(WORK, `results-${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
  const jsonFile = path.relative(ROOT, file);
  const fullRun = isFullRun(settings);
  const summary = renderSummary({ run, fullRun, figures: figs, ratios: rows, sql, checks, ...(soakResult ? { soak: soakResult } : {}), sections, slowSql, jsonFile });
  writeFileSync(file, JSON.stringify({ run, fullRun, generate: generated, checks, sqlStatements: sql, figures: figs, ratios: rows, soak: soakResult, sections, slowSqlLogged: slowSql, measurements }, null, 2));
  console.log(summary);
  console.log(`[bench] report written to ${jsonFile}`);
  if (settings.writeDocs) {
    writeSummary(path.join(ROOT, 'docs', 'BENCHMARKS.md'), summary);
    console.log(`[bench] summary written into docs/BENCHMARKS.md${fullRun ? '' : ' (marked as a smoke run)'}`);
  }
  if (checks.some((c) => !c.ok)) process.exitCode = 1;
}

/**
 * Status 200, no errors, the operation's own check, the same `data` as the reference target (ours
 * when it runs), and for ours the same SQL statements per request at both sizes.
 */
async function checkAnswers(ops: Operation[], running: Target[], checks: Check[], sql: SqlStatements[], catalogCache: boolean): Promise<void> {
  const reference = new Map<string, { target: Target; text: string }>();
  const ordered = [...running].sort((a, b) => Number(b === 'ours') - Number(a === 'ours'));
  for (const target of ordered) {
    for (const op of ops.filter((o) => serves(target, o))) {
      const counted: SqlStatements['sizes'] = [];
      for (const size of op.sizes) {
        const key = `${op.name} (${size.label})`;
        // With the catalog's cache, statements are counted warm (a cold count depends on what the
        // sizes before left in it; cold, no N+1 is the tests' business: test/catalog/cache.test.ts).
        if (catalogCache && target === 'ours') await send(prepare(target, op, size)).catch(() => undefined);
        const answer = await send(prepare(target, op, size)).catch((error: unknown) => ({ status: 0, body: { error: String(error) }, sqlStatements: undefined }));
        let problem: string | undefined;
        if (answer.status !== 200 || answer.body?.errors || !answer.body?.data) problem = `status ${answer.status}: ${JSON.stringify(answer.body).slice(0, 300)}`;
        else {
          try {
            problem = size.check(answer.body.data);
          } catch (error) {
            problem = `unexpected shape: ${String(error)}`;
          }
        }
        const text = JSON.stringify(answer.body?.data);
        const ref = reference.get(key);
        if (!problem && ref && ref.text !== text) problem = `data differs from ${ref.target}’s`;
        if (!problem && !ref) reference.set(key, { target, text });
        checks.push({ target, operation: key, ok: !problem, detail: problem ?? 'ok' });
        if (target === 'ours') counted.push({ size: size.label, statements: answer.sqlStatements });
        log(`[bench] check ${target} · ${key}: ${problem ? `FAILED (${problem})` : 'ok'}${target === 'ours' ? `, ${answer.sqlStatements} SQL statements` : ''}`);
      }
      if (target === 'ours') {
        sql.push({ operation: op.name, sizes: counted });
        const same = counted.every((c) => c.statements !== undefined && c.statements === counted[0]!.statements);
        checks.push({ target, operation: `${op.name}: SQL statements at both sizes`, ok: same, detail: counted.map((c) => `${c.size}: ${c.statements}`).join(', ') });
      }
    }
  }
}

/** One measured load: warm-up, drain, load with CPU sampled before and after, drain. */
async function measure(
  target: Target, op: Operation, round: number, position: number, processes: [string, number | undefined][], warmup: number, duration: number, rate: number,
): Promise<Measurement> {
  const size = op.sizes[0]!;
  const prepared = prepare(target, op, size);
  if (warmup > 0) {
    await load(prepared, warmup, op.connections, rate);
    await drain(prepared);
  }
  const before = processes.map(([, pid]) => (pid ? cpuMsOfTree(pid) : 0));
  const result = await load(prepared, duration, op.connections, rate);
  const after = processes.map(([, pid]) => (pid ? cpuMsOfTree(pid) : 0));
  const requests = Math.max(1, result.requests.total);
  const cpuMsPerRequest: Record<string, number> = {};
  let total = 0;
  processes.forEach(([name, pid], i) => {
    if (!pid) return;
    const used = after[i]! - before[i]!;
    total += used;
    cpuMsPerRequest[name] = round2(used / requests);
  });
  cpuMsPerRequest.total = round2(total / requests);
  const pid = processes[0]![1];
  const mem = pid ? rssOfTree(pid) : undefined;
  await drain(prepared);
  return {
    round, position, target, operation: op.name, size: size.label, connections: op.connections,
    requestsPerSecond: Math.round(result.requests.average), p50: result.latency.p50, p99: result.latency.p99,
    errors: result.errors + result.timeouts, non2xx: result.non2xx, requests: result.requests.total,
    ...(mem ? { rssMb: mem.rss, peakRssMb: mem.peak } : {}),
    cpuMsPerRequest,
  };
}

const round2 = (v: number) => Math.round(v * 100) / 100;

/** CPU ms per second each process uses over `seconds` with no load. */
async function idleCpu(processes: [string, number | undefined][], seconds: number): Promise<Record<string, number>> {
  const present = processes.filter((p): p is [string, number] => p[1] !== undefined);
  const before = present.map(([, pid]) => cpuMsOfTree(pid));
  const t = performance.now();
  await new Promise((r) => setTimeout(r, seconds * 1000));
  const wall = (performance.now() - t) / 1000;
  return Object.fromEntries(present.map(([name, pid], i) => [name, round2((cpuMsOfTree(pid) - before[i]!) / wall)]));
}

/** The supergraph routed to the bench ports. */
function writeSupergraph(): string {
  const file = path.join(WORK, 'supergraph.graphql');
  let sdl = readFileSync(path.join(ROOT, 'supergraph.graphql'), 'utf8');
  for (const [name, port] of Object.entries(SUBGRAPH_PORT)) {
    sdl = sdl.replace(new RegExp(`(@join__graph\\(name: "${name}", url: ")[^"]*(")`), `$1http://127.0.0.1:${port}/graphql$2`);
  }
  writeFileSync(file, sdl);
  return file;
}

/** The partner operation, registered for our gateway (sent by hash only). */
function writePartnerManifest(): void {
  mkdirSync(path.join(WORK, 'persisted-queries'), { recursive: true });
  writeFileSync(path.join(WORK, 'persisted-queries', 'partner.json'), JSON.stringify({
    format: 'apollo-persisted-query-manifest', version: 1,
    operations: [{ id: sha256(PARTNER), name: 'PartnerAccountInstalls', type: 'query', body: PARTNER }],
  }, null, 2));
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

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
