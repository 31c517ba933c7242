import { loadDotEnv } from '@appmarket/core';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createServer } from 'node:net';
import { GATEWAY_SIGNER, generateInternalIdentityKeys } from '@appmarket/federation';
import { entryPoint, ROOT } from './root';
import { terminate, waitUntilAnswering } from './processes';
import { openStackDatabase, prepareSubgraphs } from './database';
import { mintDemoTokens, planDemoJwt, type DemoToken } from './demo-tokens';
import { loadStackConfig, type StackConfig } from './stack-config';
import { SUBGRAPHS } from './subgraphs';

// What the demo account's ADMIN may read: its own account (the only one `accounts` returns to a
// user), its installs with their billing, and its calls.
const SAMPLE_QUERY = `{
  accounts(first: 2) {
    edges { node { id name zone tariff paidAppOptions { total used free }
      installs { installedAt app { name type priceKopecks vendor { name } } billing { state trialEndsAt } }
      calls(first: 3) { edges { node { direction status startedAt durationSeconds } } } } }
  }
}`;

/**
 * `npm start`: the whole product on one machine. PostgreSQL (embedded unless DATABASE_URL is set),
 * migrations, demo data once, the four subgraphs and the gateway as separate processes — as they
 * are deployed — then waits until all answer /health, prints demo JWTs (an account's ADMIN, a
 * vendor, a moderator) and runs a sample query as the ADMIN. Ctrl-C stops everything, Postgres included.
 */
async function main(): Promise<void> {
  loadDotEnv();
  const config = loadStackConfig();
  const log = (line: string) => console.log(`[start] ${line}`);
  // Reads are scoped by identity, so the developer needs credentials the gateway accepts.
  const jwt = planDemoJwt(config);
  const db = await openStackDatabase(config, log);
  const children: ChildProcess[] = [];
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    log('stopping…');
    await Promise.all(children.map((child) => terminate(child)));
    await db.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));

  try {
    const ports = subgraphPorts(config);
    // A port still held (say, by an earlier `npm start`) would answer our health checks with the
    // other stack's services: refuse to start instead.
    await assertPortsFree({ ...ports, gateway: config.GATEWAY_PORT });
    await prepareSubgraphs(db.url, config.SEED_DEMO_DATA === 'true', log);
    // Every process gets every subgraph's URL: the gateway routes with them, subgraphs call peers.
    const subgraphUrls: Record<string, string> = Object.fromEntries(
      SUBGRAPHS.map((s) => [`SUBGRAPH_${s.name.toUpperCase().replace(/-/g, '_')}_URL`, `http://127.0.0.1:${ports[s.name]}/graphql`]),
    );
    // A key pair per process for this run: each signs the identity header with its own private key
    // (the gateway any identity, a subgraph only itself), every subgraph verifies with the public ones.
    const identity = generateInternalIdentityKeys([GATEWAY_SIGNER, ...SUBGRAPHS.map((s) => s.name)]);
    for (const subgraph of SUBGRAPHS) {
      const env = {
        ...subgraphUrls, DATABASE_URL: db.url, [subgraph.portEnv]: String(ports[subgraph.name]),
        INTERNAL_IDENTITY_PRIVATE_KEY: identity.privateKeys[subgraph.name]!, INTERNAL_IDENTITY_PUBLIC_KEYS: identity.publicKeys,
        // A development stack: its domain clock can be moved with `npm run clock` (docs/QA.md).
        ...(process.env.NODE_ENV === 'production' ? {} : { APPMARKET_CLOCK_FILE: config.APPMARKET_CLOCK_FILE }),
      };
      children.push(run(subgraph.name, entryPoint(`subgraphs/${subgraph.name}`), [], env, () => stop(1), () => stopping));
    }
    await Promise.all(SUBGRAPHS.map((s) => waitUntilAnswering(`http://127.0.0.1:${ports[s.name]}/health`)));
    const webDir = buildWebApp();
    const gatewayEnv = {
      ...subgraphUrls, ...jwt.gatewayEnv, INTERNAL_IDENTITY_PRIVATE_KEY: identity.privateKeys[GATEWAY_SIGNER]!,
      ...(webDir ? { GATEWAY_WEB_DIR: webDir, GATEWAY_WEB_DEV_IDENTITIES_FILE: DEV_IDENTITIES_FILE } : {}),
    };
    children.push(run('gateway', entryPoint('gateway'), ['--port', String(config.GATEWAY_PORT)], gatewayEnv, () => stop(1), () => stopping));
    await waitUntilAnswering(`http://127.0.0.1:${config.GATEWAY_PORT}/health`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    await stop(1);
    return;
  }
  const url = `http://localhost:${config.GATEWAY_PORT}/graphql`;
  const tokens = jwt.key ? await mintDemoTokens(jwt.key) : [];
  const admin = tokens.find((t) => t.role === 'admin');
  if (tokens.length > 0) writeDevIdentities(tokens);
  console.log(`\nAppmarket is up: ${url}${db.embedded ? ' (embedded PostgreSQL)' : ''}`);
  if (existsSync(path.join(WEB_DIST, 'index.html'))) console.log(`Web app (storefront, cabinet, moderation): http://localhost:${config.GATEWAY_PORT}/app/`);
  console.log('');
  if (jwt.note) console.log(`Note: ${jwt.note}\n`);
  if (tokens.length > 0) console.log(describeTokens(tokens, jwt.generatedSecret));
  console.log(`Try${admin ? ' (as the ADMIN)' : ''}:\n${curlCommand(url, admin?.token)}\n`);
  if (admin) console.log(await sampleSummary(url, admin.token));
  console.log('\nCtrl-C stops everything.');
}

const WEB_DIST = path.join(ROOT, 'web', 'dist');
const DEV_IDENTITIES_FILE = path.join(ROOT, '.data', 'dev-identities.json');

/**
 * The reference web app, built for this run (codegen, then Vite) and served by the gateway at
 * /app. A failed build is reported and the API starts without it.
 */
function buildWebApp(): string | undefined {
  try {
    console.log('[start] building the web app (web/)…');
    execFileSync('npm', ['run', 'build', '-w', 'web', '--silent'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    return WEB_DIST;
  } catch (error) {
    console.warn(`[start] the web app did not build; the API runs without it: ${(error as { stderr?: Buffer }).stderr?.toString().slice(0, 500) ?? error}`);
    return undefined;
  }
}

/** The demo identities the web app's sign-in page offers (development only; tokens of this run). */
function writeDevIdentities(tokens: DemoToken[]): void {
  mkdirSync(path.dirname(DEV_IDENTITIES_FILE), { recursive: true });
  writeFileSync(DEV_IDENTITIES_FILE, JSON.stringify(tokens.map((t) => ({ role: t.role, description: t.description, token: t.token }))));
}

function describeTokens(tokens: DemoToken[], generated: boolean): string {
  const source = generated ? 'a GATEWAY_JWT_HS256_SECRET generated for this run' : 'your GATEWAY_JWT_HS256_SECRET';
  const lines = tokens.map((t) => `  ${t.role}: ${t.description}\n    ${t.token}`);
  return `Demo tokens (HS256, signed with ${source}, valid 12 h; send as "authorization: Bearer <token>"):\n${lines.join('\n')}\n`;
}

function curlCommand(url: string, token: string | undefined): string {
  const body = JSON.stringify({ query: SAMPLE_QUERY.replace(/\s+/g, ' ') });
  const auth = token ? token : '$TOKEN';
  return `  curl -s ${url} -H 'content-type: application/json' -H "authorization: Bearer ${auth}" \\\n    --data '${body}'`;
}

interface SampleResult {
  data?: {
    accounts?: { edges: { node: { name: string; installs?: { billing?: { state: string } | null }[] | null; calls?: { edges: unknown[] } | null } }[] } | null;
  } | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
}

/** Runs SAMPLE_QUERY as the ADMIN and says in a few lines what came back. */
async function sampleSummary(url: string, token: string): Promise<string> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: SAMPLE_QUERY }),
    });
    const result = (await response.json()) as SampleResult;
    const lines = [`Sample query as the ADMIN: HTTP ${response.status}`];
    for (const { node } of result.data?.accounts?.edges ?? []) {
      const states = new Map<string, number>();
      for (const install of node.installs ?? []) states.set(install.billing?.state ?? '?', (states.get(install.billing?.state ?? '?') ?? 0) + 1);
      const billing = [...states].map(([state, n]) => `${n} ${state}`).join(', ');
      lines.push(`  account "${node.name}": ${node.installs?.length ?? 0} installs${billing ? ` (${billing})` : ''}, ${node.calls?.edges.length ?? 0} calls shown`);
    }
    if (result.data?.accounts === null || result.data?.accounts === undefined) lines.push('  accounts: none returned');
    const codes = new Map<string, number>();
    for (const error of result.errors ?? []) {
      const code = error.extensions?.code ?? 'NO_CODE';
      codes.set(code, (codes.get(code) ?? 0) + 1);
    }
    if (codes.size > 0) {
      lines.push(`  errors: ${[...codes].map(([code, n]) => `${code} ×${n}`).join(', ')} (first: ${result.errors![0]!.message})`);
    }
    return lines.join('\n');
  } catch (error) {
    return `Sample query as the ADMIN failed: ${error instanceof Error ? error.message : String(error)}`;
  }
}

async function assertPortsFree(ports: Record<string, number>): Promise<void> {
  for (const [name, port] of Object.entries(ports)) {
    await new Promise<void>((resolve, reject) => {
      const probe = createServer();
      probe.once('error', () => reject(new Error(`port ${port} (${name}) is already in use — is another \`npm start\` running? Stop it, or choose other ports (README, Configuration).`)));
      probe.listen(port, '0.0.0.0', () => probe.close(() => resolve()));
    });
  }
}

function subgraphPorts(config: StackConfig): Record<string, number> {
  return {
    catalog: config.CATALOG_PORT,
    accounts: config.ACCOUNTS_PORT,
    billing: config.BILLING_PORT,
    'telephony-loyalty': config.TELEPHONY_PORT,
  };
}

function run(name: string, entry: ReturnType<typeof entryPoint>, args: string[], env: Record<string, string>, onCrash: () => void, stopping: () => boolean): ChildProcess {
  // From source through swc-node (`npm start`), or the compiled services (`npm run start:prod`).
  const child = spawn(process.execPath, [...entry.nodeArgs, entry.file, ...args], {
    cwd: ROOT,
    env: { ...process.env, APOLLO_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const prefix = (chunk: Buffer) => chunk.toString().split('\n').filter(Boolean).map((l) => `[${name}] ${l}\n`).join('');
  child.stdout?.on('data', (chunk: Buffer) => process.stdout.write(prefix(chunk)));
  child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(prefix(chunk)));
  child.on('exit', (code) => {
    if (!stopping()) {
      console.error(`[start] ${name} exited with code ${code}; stopping everything`);
      onCrash();
    }
  });
  return child;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
