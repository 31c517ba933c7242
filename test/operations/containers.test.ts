import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { composeEnv } from '../../scripts/deployment-keys';
import { configurationTable, sourceOfCompiled, SUBGRAPH_SETTINGS } from './deployment-facts';

/**
 * Issue 16: the Dockerfile and compose.yaml, checked statically. No image can be built here (no
 * Docker daemon; podman installs but reaches no registry for the base image, and its containers
 * cannot run), so this checks what a build relies on: the stages, a non-root user, the
 * HEALTHCHECK, and that every command names a file `npm run build` produces (its source exists;
 * test/operations/compiled-services.test.ts runs the compiled ones). docs/OPERATIONS.md says so.
 */
const ROOT = path.resolve(__dirname, '../..');

interface Instruction {
  keyword: string;
  args: string;
  stage: number;
}

/** Dockerfile instructions, continuation lines joined, comments dropped, each with its stage index. */
function dockerfile(): { instructions: Instruction[]; stages: { name?: string; base: string }[] } {
  const text = readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8').replace(/\\\n(\s*#.*\n)*/g, ' ');
  const instructions: Instruction[] = [];
  const stages: { name?: string; base: string }[] = [];
  for (const line of text.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'))) {
    const [, keyword, args] = /^(\w+)\s+(.*)$/.exec(line)!;
    if (keyword!.toUpperCase() === 'FROM') {
      const [, base, name] = /^(\S+)(?:\s+AS\s+(\S+))?/i.exec(args!)!;
      stages.push({ base: base!, name });
    }
    instructions.push({ keyword: keyword!.toUpperCase(), args: args!, stage: stages.length - 1 });
  }
  return { instructions, stages };
}

const execForm = (args: string) => JSON.parse(args.replace(/^(--\S+\s+)*CMD\s+/, '')) as string[];

describe('Dockerfile', () => {
  const { instructions, stages } = dockerfile();
  const final = stages.length - 1;
  const inFinal = (keyword: string) => instructions.filter((i) => i.stage === final && i.keyword === keyword);

  it('builds in one stage and runs from a small base in another', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    const arg = instructions.find((i) => i.keyword === 'ARG' && i.args.startsWith('NODE_IMAGE='))!.args.split('=')[1]!;
    expect(arg).toMatch(/^node:\d+-(alpine|slim|bookworm-slim)$/);
    const build = instructions.filter((i) => i.stage === 0 && i.keyword === 'RUN').map((i) => i.args).join(' ');
    expect(build).toContain('npm ci');
    expect(build).toContain('npm run build');
    expect(build).toContain('npm prune --omit=dev');
    expect(inFinal('COPY').map((i) => i.args)).toEqual(expect.arrayContaining([
      expect.stringMatching(/--from=build \/app\/dist/), expect.stringMatching(/--from=build \/app\/node_modules/),
    ]));
  });

  it('runs as a non-root user', () => {
    const users = inFinal('USER');
    expect(users.length).toBeGreaterThan(0);
    expect(users.at(-1)!.args).not.toMatch(/^(root|0)(:|$)/);
  });

  it('has a HEALTHCHECK and a default command, both files the build produces', () => {
    const [healthcheck] = inFinal('HEALTHCHECK');
    const [, ...command] = execForm(healthcheck!.args);
    expect(existsSync(path.join(ROOT, sourceOfCompiled(command[0]!)))).toBe(true);
    const entrypoint = execForm(inFinal('ENTRYPOINT')[0]!.args);
    expect(entrypoint[0]).toBe('node');
    expect(existsSync(path.join(ROOT, sourceOfCompiled(execForm(inFinal('CMD')[0]!.args)[0]!)))).toBe(true);
  });

  it('.dockerignore keeps installs, builds, data, secrets and history out of the build', () => {
    const ignored = readFileSync(path.join(ROOT, '.dockerignore'), 'utf8').split('\n').map((l) => l.trim());
    expect(ignored).toEqual(expect.arrayContaining(['.git', '.env', '.data', '**/node_modules', 'dist']));
  });
});

describe('compose.yaml', () => {
  interface ComposeService {
    image?: string;
    build?: string;
    command?: string[];
    environment?: Record<string, string>;
    depends_on?: Record<string, { condition: string }>;
  }
  const compose = YAML.parse(readFileSync(path.join(ROOT, 'compose.yaml'), 'utf8'), { merge: true }) as { services: Record<string, ComposeService> };
  const services = compose.services;
  const subgraphs = SUBGRAPH_SETTINGS.map((s) => s.name);
  const ours = Object.entries(services).filter(([, s]) => s.build === '.');

  it('brings up PostgreSQL, Redis, the migrations, every subgraph and the gateway, all from the one image', () => {
    expect(Object.keys(services).sort()).toEqual([...subgraphs, 'gateway', 'migrate', 'postgres', 'redis'].sort());
    expect(ours.map(([name]) => name).sort()).toEqual([...subgraphs, 'gateway', 'migrate'].sort());
    expect(new Set(ours.map(([, s]) => s.image)).size).toBe(1);
  });

  it('runs a command the build produces in every service of ours', () => {
    // Node's own flags (the image's entrypoint is `node`) may come before the script.
    for (const [, service] of ours) {
      const script = service.command!.at(-1)!;
      expect(existsSync(path.join(ROOT, sourceOfCompiled(script)))).toBe(true);
      expect(service.command!.slice(0, -1).every((arg) => /^--[a-z][\w-]*(=\S+)?$/.test(arg))).toBe(true);
    }
    expect(services.migrate!.command).toEqual(['dist/scripts/migrate.js']);
  });

  it('migrates first: the subgraphs wait for the migrate service, the gateway for healthy subgraphs', () => {
    expect(services.migrate!.depends_on).toEqual({ postgres: { condition: 'service_healthy' } });
    for (const name of subgraphs) {
      expect(services[name]!.depends_on).toEqual({ migrate: { condition: 'service_completed_successfully' } });
      expect(services[name]!.environment!.MIGRATE_ON_START).toBe('off');
    }
    for (const name of [...subgraphs, 'redis']) expect(services.gateway!.depends_on![name]).toEqual({ condition: 'service_healthy' });
  });

  it('gives every service the settings README marks required, and the gateway Redis', () => {
    const required = configurationTable().filter((row) => row.required);
    const missing: string[] = [];
    for (const row of required) {
      for (const who of row.usedBy) {
        const service = who === 'migrations' ? 'migrate' : who;
        for (const name of row.names) if (!services[service]?.environment?.[name]) missing.push(`${name} → ${service}`);
      }
    }
    expect(missing).toEqual([]);
    expect(services.gateway!.environment!.REDIS_URL).toBe('redis://redis:6379');
    for (const name of subgraphs) expect(services[name]!.environment!.INTERNAL_IDENTITY_PRIVATE_KEY).toContain(name.toUpperCase().replace(/-/g, '_'));
  });

  it('asks for exactly the secrets `npm run keys` prints', () => {
    const asked = new Set([...readFileSync(path.join(ROOT, 'compose.yaml'), 'utf8').matchAll(/\$\{(\w+):\?/g)].map(([, name]) => name!));
    const printed = new Set(composeEnv().split('\n').filter((l) => /^\w+=/.test(l)).map((l) => l.split('=')[0]!));
    expect([...asked].sort()).toEqual([...printed].sort());
  });
});
