import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import YAML from 'yaml';
import { gatewayIdentitySigner } from './identity-header';
import type { Operation, Size } from './operations';
import { portBase, type Target } from './settings';

/**
 * How each target under test is started and called. The gateways and the floor run side by side,
 * each in its own process pinned with taskset to GATEWAY_CORE and on its own port, for the whole
 * run: only the one being measured is loaded (the others idle), so interleaved rounds need no
 * restarts and every target keeps its JIT-warm state from round to round.
 */
export const ROOT = path.resolve(__dirname, '../..');
export const WORK = path.join(ROOT, 'bench', '.work');
export const GATEWAY_CORE = 0;
export const OTHER_CORE = 1;
/** BENCH_PORT_BASE (settings.ts): two runs on one machine need different ports. */
const BASE = portBase();
export const SUBGRAPH_PORT: Record<string, number> = { catalog: BASE + 1, accounts: BASE + 2, billing: BASE + 3, 'telephony-loyalty': BASE + 4 };
const TARGET_PORT: Record<Exclude<Target, 'direct'>, number> = { ours: BASE, vanilla: BASE + 5, hive: BASE + 6, floor: BASE + 7 };

/**
 * Refuses to run when a port of this run is taken: a process left by an earlier run would answer in
 * place of the one this run starts (which fails to listen), and the run would measure the wrong
 * process (with another run's keys: every request refused, counted as throughput).
 */
export async function assertPortsFree(): Promise<void> {
  for (const port of [...Object.values(SUBGRAPH_PORT), ...Object.values(TARGET_PORT)]) {
    await new Promise<void>((resolve, reject) => {
      const probe = createServer();
      probe.once('error', (error: NodeJS.ErrnoException) =>
        reject(new Error(`port ${port} is taken${error.code === 'EADDRINUSE' ? ' (a process left by an earlier run?)' : `: ${error.message}`}; stop it or set BENCH_PORT_BASE`)));
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
    });
  }
}

export interface Prepared {
  method: 'GET' | 'POST';
  url: string;
  headers: Record<string, string>;
  body?: string;
  /** Called per request (direct: the identity header expires after 15 s). */
  perRequestHeaders?: () => Record<string, string>;
}

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Signs the direct target's identity headers with the run's gateway key (run.ts sets BENCH_GATEWAY_IDENTITY_KEY). */
let signer: ReturnType<typeof gatewayIdentitySigner> | undefined;

export function prepare(target: Target, op: Operation, size: Size): Prepared {
  const signed = (): ReturnType<ReturnType<typeof gatewayIdentitySigner>> => (signer ??= gatewayIdentitySigner(process.env.BENCH_GATEWAY_IDENTITY_KEY ?? ''))(size.caller, op.subgraphs[0]!);
  const json = { 'content-type': 'application/json' };
  const graphql = (port: number) => `http://127.0.0.1:${port}/graphql`;
  switch (target) {
    case 'ours':
      return {
        method: 'POST', url: graphql(TARGET_PORT.ours),
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
        method: 'POST', url: graphql(TARGET_PORT[target]),
        headers: { ...json, 'x-bench-identity': JSON.stringify(size.caller) },
        body: JSON.stringify({ query: op.query, variables: size.variables }),
      };
    case 'direct':
      return {
        method: 'POST', url: graphql(SUBGRAPH_PORT[op.subgraphs[0]!]!), headers: json,
        body: JSON.stringify({ query: op.query, variables: size.variables }),
        perRequestHeaders: signed,
      };
    case 'floor':
      return {
        method: 'GET', url: `http://127.0.0.1:${TARGET_PORT.floor}/storefront?first=${String(size.variables.first)}`,
        headers: { authorization: `Bearer ${size.credential}` },
      };
  }
}

/**
 * Our gateway's /metrics, with the scrape token the bench starts it with (METRICS_TOKEN: with
 * NODE_ENV=production it serves /metrics only to that Bearer, as deployed). The soak reads the
 * gateway's heap there (soak.ts).
 */
export const OURS_METRICS = { url: `http://127.0.0.1:${TARGET_PORT.ours}/metrics`, token: randomBytes(16).toString('hex') };

/**
 * Our gateway's NODE_OPTIONS as deployed (deploy/kubernetes/gateway.yaml; compose.yaml has the same,
 * a test checks it): the V8 heap bounds that keep its memory flat (docs/BENCHMARKS.md, "Memory soak").
 */
export function deployedGatewayNodeOptions(): string {
  return deployedGatewayContainer()?.env?.find((e) => e.name === 'NODE_OPTIONS')?.value ?? '';
}

/**
 * The Node.js flags the deployment gives our gateway before its script (V8 flags Node refuses in
 * NODE_OPTIONS, such as `--single-threaded-gc`: docs/BENCHMARKS.md, "Garbage collection on one CPU").
 */
export function deployedGatewayNodeFlags(): string[] {
  return (deployedGatewayContainer()?.args ?? []).filter((arg) => arg.startsWith('--'));
}

function deployedGatewayContainer(): { env?: { name: string; value?: string }[]; args?: string[] } | undefined {
  const documents = YAML.parseAllDocuments(readFileSync(path.join(ROOT, 'deploy/kubernetes/gateway.yaml'), 'utf8')).map((d) => d.toJS() as unknown);
  const deployment = documents.find((d): d is { kind: string; spec: { template: { spec: { containers: { env?: { name: string; value?: string }[]; args?: string[] }[] } } } } =>
    (d as { kind?: string } | null)?.kind === 'Deployment');
  return deployment?.spec.template.spec.containers[0];
}

/** Where a started target answers when it is ready. */
export function readiness(target: Target): { url: string; graphql: boolean } | undefined {
  if (target === 'direct') return undefined;
  if (target === 'floor') return { url: `http://127.0.0.1:${TARGET_PORT.floor}/health`, graphql: false };
  return { url: `http://127.0.0.1:${TARGET_PORT[target]}/graphql`, graphql: true };
}

export interface TargetEnv {
  supergraphPath: string;
  /** Subgraph URLs and the internal identity secret, for the gateways. */
  env: Record<string, string>;
  jwt: { issuer: string; audience: string; secret: string };
  databaseUrl: string;
  schemas: { catalog: string; accounts: string; billing: string };
  /** BENCH_CPU_PROFILE_DIR: our and the vanilla gateway write a V8 CPU profile there when they stop. */
  cpuProfileDir?: string;
  /** BENCH_GATEWAY_NODE_FLAGS: more Node.js flags for our gateway (before its script). */
  gatewayNodeFlags?: string[];
}

export function startTarget(target: Target, t: TargetEnv, log: (l: string) => void): ChildProcess | undefined {
  const pinned = (command: string, args: string[], extraEnv: Record<string, string>, cwd = ROOT) =>
    spawnLogged(target, 'taskset', ['-c', String(GATEWAY_CORE), command, ...args], { ...t.env, ...extraEnv }, cwd, log);
  const node = process.execPath;
  const profile = t.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(t.cpuProfileDir, target)}`] : [];
  switch (target) {
    case 'ours':
      return pinned(node, [...profile, ...deployedGatewayNodeFlags(), ...(t.gatewayNodeFlags ?? []), '-r', '@swc-node/register', path.join(ROOT, 'gateway/src/main.ts'), '--port', String(TARGET_PORT.ours), '--supergraph', t.supergraphPath], {
        NODE_ENV: 'production',
        LOG_LEVEL: 'error',
        GATEWAY_JWT_ISSUER: t.jwt.issuer,
        GATEWAY_JWT_AUDIENCE: t.jwt.audience,
        GATEWAY_JWT_HS256_SECRET: t.jwt.secret,
        GATEWAY_PERSISTED_QUERIES_DIR: path.join(WORK, 'persisted-queries'),
        METRICS_TOKEN: OURS_METRICS.token,
        NODE_OPTIONS: deployedGatewayNodeOptions(),
      });
    case 'vanilla':
      return pinned(node, [...profile, '-r', '@swc-node/register', path.join(ROOT, 'bench/src/vanilla-gateway.ts'), t.supergraphPath, String(TARGET_PORT.vanilla)], { NODE_ENV: 'production' });
    case 'hive':
      return pinned(node, [path.join(ROOT, 'bench/node_modules/@graphql-hive/gateway/dist/bin.js'), 'supergraph', t.supergraphPath,
        '--port', String(TARGET_PORT.hive), '--fork', '1', '-c', path.join(ROOT, 'bench/hive/gateway.config.mjs')],
      { NODE_ENV: 'production', LOG_LEVEL: 'warn' }, path.join(ROOT, 'bench'));
    case 'floor':
      return pinned(node, ['-r', '@swc-node/register', path.join(ROOT, 'bench/src/floor.ts')], {
        NODE_ENV: 'production',
        FLOOR_PORT: String(TARGET_PORT.floor),
        DATABASE_URL: t.databaseUrl,
        FLOOR_JWT_ISSUER: t.jwt.issuer,
        FLOOR_JWT_AUDIENCE: t.jwt.audience,
        FLOOR_JWT_HS256_SECRET: t.jwt.secret,
        FLOOR_SCHEMAS: JSON.stringify(t.schemas),
      });
    case 'direct':
      return undefined;
  }
}

/** Statements over 1 s logged by the subgraphs ("slow sql"), counted per process, not printed. */
export const slowSql: Record<string, number> = {};

export function spawnLogged(name: string, command: string, args: string[], env: Record<string, string>, cwd: string, log: (l: string) => void): ChildProcess {
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const prefix = (chunk: Buffer) =>
    chunk.toString().split('\n').filter(Boolean).forEach((l) => (l.includes('"slow sql"') ? (slowSql[name] = (slowSql[name] ?? 0) + 1) : log(`[${name}] ${l}`)));
  child.stdout?.on('data', prefix);
  child.stderr?.on('data', prefix);
  return child;
}
