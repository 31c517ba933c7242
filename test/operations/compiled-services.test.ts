import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { GATEWAY_SIGNER, generateInternalIdentityKeys } from '@appmarket/federation';
import type { ScratchDatabase } from '@appmarket/db';
import { createTestDatabase, freePort } from '@appmarket/db/src/testing';
import { terminate, waitUntilAnswering } from '../../scripts/processes';
import { SUBGRAPHS } from '../../scripts/subgraphs';
import { jwtFor, TEST_JWT } from '../support/identity';
import { postGraphQL } from '../support/stack';

/**
 * Issue 16: production runs the compiled services with plain node, no transpiler. `npm run build`
 * is run here (as `.ci/run` does before the tests); then the compiled migrate and seed scripts
 * prepare a scratch database, the four compiled subgraphs (MIGRATE_ON_START=off, as deployed) and
 * the compiled gateway start as separate processes, and a query that needs every subgraph is
 * answered through the gateway. The container HEALTHCHECK script is run against them, and the
 * compiled gateway reads a `.env` from its working directory.
 *
 * Health: the services answer `/health` here; the Kubernetes probes use `/health/live` and
 * `/health/ready` (issue 16, item 4), which the HEALTHCHECK script asks first.
 */
const ROOT = path.resolve(__dirname, '../..');
const DIST = path.join(ROOT, 'dist');
const run = promisify(execFile);
const envName = (name: string) => `SUBGRAPH_${name.toUpperCase().replace(/-/g, '_')}_URL`;

describe('the compiled build', () => {
  beforeAll(async () => {
    await run('npm', ['run', 'build'], { cwd: ROOT });
  }, 120_000);

  it('has an entry point per service and the run-time scripts, assets beside them', () => {
    for (const entry of ['gateway/src/main.js', ...SUBGRAPHS.map((s) => `subgraphs/${s.name}/src/main.js`), 'scripts/migrate.js', 'scripts/seed.js', 'scripts/start.js', 'scripts/healthcheck.js']) {
      expect(existsSync(path.join(DIST, entry))).toBe(true);
    }
    for (const asset of ['supergraph.graphql', 'gateway/capabilities', 'gateway/persisted-queries']) expect(existsSync(path.join(DIST, asset))).toBe(true);
  });

  it('resolves every workspace dependency as the sources do, and the workspaces to their compiled code', () => {
    const workspaces = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { workspaces: string[] }).workspaces
      .flatMap((w) => (w.endsWith('/*') ? readdirSync(path.join(ROOT, w.slice(0, -2))).map((n) => `${w.slice(0, -2)}/${n}`) : [w]))
      .filter((w) => (JSON.parse(readFileSync(path.join(ROOT, w, 'package.json'), 'utf8')) as { main?: string }).main === 'src/index.ts');
    expect(workspaces.length).toBeGreaterThanOrEqual(11);
    const mismatches: string[] = [];
    for (const workspace of workspaces) {
      const manifest = JSON.parse(readFileSync(path.join(ROOT, workspace, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
      for (const dependency of Object.keys(manifest.dependencies ?? {})) {
        const fromSource = packageDirFrom(path.join(ROOT, workspace, 'src'), dependency);
        const fromDist = packageDirFrom(path.join(DIST, workspace, 'src'), dependency);
        // Workspaces: their compiled copy. Others: the same version (a nested one is copied into dist/).
        const [found, expected] = dependency.startsWith('@appmarket/')
          ? [fromDist, path.join(DIST, path.relative(ROOT, fromSource))]
          : [versionOf(fromDist), versionOf(fromSource)];
        if (found !== expected) mismatches.push(`${workspace}: ${dependency} → ${found}, expected ${expected}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  describe('the compiled services on a scratch database', () => {
    let database: ScratchDatabase;
    const children: ChildProcess[] = [];
    const ports: Record<string, number> = {};
    const output: string[] = [];
    const identity = generateInternalIdentityKeys([GATEWAY_SIGNER, ...SUBGRAPHS.map((s) => s.name)]);

    const start = (name: string, entry: string, args: string[], env: Record<string, string>, cwd = ROOT): ChildProcess => {
      const child = spawn(process.execPath, ['--enable-source-maps', path.join(DIST, entry), ...args], {
        cwd, env: { PATH: process.env.PATH, APOLLO_TELEMETRY_DISABLED: '1', LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'pipe', 'pipe'],
      });
      const keep = (chunk: Buffer) => output.push(`[${name}] ${chunk.toString()}`);
      child.stdout?.on('data', keep);
      child.stderr?.on('data', keep);
      children.push(child);
      return child;
    };

    beforeAll(async () => {
      database = await createTestDatabase();
      // Migrations and demo data by the compiled scripts, as the migrate Job (and `npm run seed`) run them.
      await run(process.execPath, [path.join(DIST, 'scripts', 'seed.js')], { cwd: ROOT, env: { PATH: process.env.PATH, DATABASE_URL: database.url } });
      for (const s of [...SUBGRAPHS.map((x) => x.name), 'gateway']) ports[s] = await freePort();
      const urls = Object.fromEntries(SUBGRAPHS.map((s) => [envName(s.name), `http://127.0.0.1:${ports[s.name]}/graphql`]));
      for (const subgraph of SUBGRAPHS) {
        start(subgraph.name, `subgraphs/${subgraph.name}/src/main.js`, [], {
          ...urls, DATABASE_URL: database.url, [subgraph.portEnv]: String(ports[subgraph.name]), MIGRATE_ON_START: 'off',
          INTERNAL_IDENTITY_PRIVATE_KEY: identity.privateKeys[subgraph.name]!, INTERNAL_IDENTITY_PUBLIC_KEYS: identity.publicKeys,
        });
      }
      start('gateway', 'gateway/src/main.js', ['--supergraph', path.join(DIST, 'supergraph.graphql'), '--port', String(ports.gateway)], {
        ...urls, INTERNAL_IDENTITY_PRIVATE_KEY: identity.privateKeys[GATEWAY_SIGNER]!, GATEWAY_JWT_HS256_SECRET: TEST_JWT.hs256Secret,
        GATEWAY_JWT_ISSUER: TEST_JWT.issuer, GATEWAY_JWT_AUDIENCE: TEST_JWT.audience,
      });
      try {
        await Promise.all(Object.values(ports).map((port) => waitUntilAnswering(`http://127.0.0.1:${port}/health`, { timeoutMs: 90_000 })));
      } catch (error) {
        throw new Error(`${String(error)}\n${output.join('')}`);
      }
    }, 240_000);

    afterAll(async () => {
      await Promise.all(children.map((child) => terminate(child)));
      await database?.drop();
    }, 60_000);

    it('answers a query that needs every subgraph, through the gateway', async () => {
      const query = `{ accounts(first: 3) { edges { node { name installs { app { name } billing { state } } calls(first: 1) { edges { node { status } } } } } } }`;
      const response = await postGraphQL<{ accounts: { edges: { node: { name: string; installs: { app: { name: string }; billing: { state: string } | null }[]; calls: { edges: unknown[] } } }[] } }>(
        `http://127.0.0.1:${ports.gateway}/graphql`, query, undefined, { authorization: `Bearer ${jwtFor({ kind: 'moderator', moderatorId: 'compiled-smoke' })}` },
      );
      expect(response.body.errors).toBeUndefined();
      const accounts = response.body.data!.accounts.edges.map((e) => e.node);
      expect(accounts).toHaveLength(3);
      const installs = accounts.flatMap((a) => a.installs);
      expect(installs.length).toBeGreaterThan(0);
      expect(installs.every((i) => i.app.name.length > 0 && i.billing !== null)).toBe(true);
    });

    it('every compiled service answers /health/live, /health/ready and Prometheus /metrics (issue 16: done when)', async () => {
      for (const [service, port] of Object.entries(ports)) {
        for (const probe of ['/health/live', '/health/ready']) {
          const response = await fetch(`http://127.0.0.1:${port}${probe}`);
          expect({ service, probe, status: response.status }).toEqual({ service, probe, status: 200 });
        }
        const metrics = await fetch(`http://127.0.0.1:${port}/metrics`);
        const text = await metrics.text();
        expect({ service, status: metrics.status, type: metrics.headers.get('content-type') ?? '' })
          .toEqual({ service, status: 200, type: expect.stringMatching(/^text\/plain/) });
        expect({ service, hasOwnMetrics: /^appmarket_\w+/m.test(text), hasProcessMetrics: /^process_cpu_seconds_total/m.test(text) })
          .toEqual({ service, hasOwnMetrics: true, hasProcessMetrics: true });
      }
    });

    it('passes the container HEALTHCHECK for each service, and fails it where nothing listens', async () => {
      for (const port of Object.values(ports)) {
        await expect(run(process.execPath, [path.join(DIST, 'scripts', 'healthcheck.js')], { env: { HEALTHCHECK_PORT: String(port) } })).resolves.toBeDefined();
      }
      const closed = await freePort();
      await expect(run(process.execPath, [path.join(DIST, 'scripts', 'healthcheck.js')], { env: { HEALTHCHECK_PORT: String(closed) } })).rejects.toMatchObject({ code: 1 });
    });

    it('the compiled gateway reads .env from its working directory (the real environment wins)', async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'appmarket-dotenv-'));
      try {
        const port = await freePort();
        writeFileSync(path.join(dir, 'package-lock.json'), '{}');
        writeFileSync(path.join(dir, '.env'), `GATEWAY_PORT=${port}\nINTERNAL_IDENTITY_PRIVATE_KEY='${identity.privateKeys[GATEWAY_SIGNER]}'\nGATEWAY_JWT_HS256_SECRET=${TEST_JWT.hs256Secret}\nLOG_LEVEL=nonsense\n`);
        const gateway = start('gateway (.env)', 'gateway/src/main.js', ['--supergraph', path.join(DIST, 'supergraph.graphql')], { LOG_LEVEL: 'warn' }, dir);
        await waitUntilAnswering(`http://127.0.0.1:${port}/health`, { timeoutMs: 60_000 });
        await terminate(gateway);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }, 90_000);
  });
});

/** The directory Node's lookup finds package `name` in from `dir` (node_modules folders upwards), links resolved. */
function packageDirFrom(dir: string, name: string): string {
  for (let current = dir; ; current = path.dirname(current)) {
    const candidate = path.join(current, 'node_modules', name, 'package.json');
    if (existsSync(candidate)) return realpathSync(path.dirname(candidate));
    if (path.dirname(current) === current) return `(not found from ${dir})`;
  }
}

function versionOf(dir: string): string {
  return existsSync(path.join(dir, 'package.json')) ? `${(JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version}` : dir;
}
