import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { containersOf, renderKustomization, type Container, type KubernetesObject } from '../support/kustomize';
import { configurationTable, sourceOfCompiled, SUBGRAPH_SETTINGS } from './deployment-facts';

/**
 * Issue 16: the Kubernetes manifests (deploy/kubernetes, Kustomize) render, every object is valid
 * against the Kubernetes schema (kubernetes-models), and every setting of README's configuration
 * table reaches the services that read it. Where kubectl is installed, its rendering must equal
 * ours (test/support/kustomize.ts).
 */
const ROOT = path.resolve(__dirname, '../..');
const DIR = path.join(ROOT, 'deploy', 'kubernetes');
const SUBGRAPHS = SUBGRAPH_SETTINGS;
const SERVICES = ['gateway', ...SUBGRAPHS.map((s) => s.name)];

const objects = renderKustomization(DIR);
const find = (kind: string, name: string) => objects.find((o) => o.kind === kind && o.metadata.name === name);
const all = (kind: string) => objects.filter((o) => o.kind === kind);
const key = (o: KubernetesObject) => `${o.kind}/${o.metadata.namespace ?? ''}/${o.metadata.name}`;

function kubectlAvailable(): boolean {
  try {
    execFileSync('kubectl', ['version', '--client'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('deploy/kubernetes', () => {
  (kubectlAvailable() ? it : it.skip)('renders as `kubectl kustomize` renders it', () => {
    const YAML = require('yaml') as typeof import('yaml');
    const theirs = YAML.parseAllDocuments(execFileSync('kubectl', ['kustomize', DIR], { encoding: 'utf8' })).map((d) => d.toJS() as KubernetesObject);
    const byKey = (list: KubernetesObject[]) => Object.fromEntries(list.map((o) => [key(o), o]));
    expect(byKey(objects)).toEqual(byKey(theirs));
  });

  it('every object is valid against the Kubernetes schema (kubernetes-models)', () => {
    const problems: string[] = [];
    for (const object of objects) {
      const group = object.apiVersion.includes('/') ? object.apiVersion : object.apiVersion; // "v1" or "apps/v1"
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const module = require(`kubernetes-models/${group}/${object.kind}`) as Record<string, new (data: unknown) => { validate(): void }>;
      try {
        new module[object.kind]!(object).validate();
      } catch (error) {
        problems.push(`${key(object)}: ${(error as Error).message}`);
      }
    }
    expect(problems).toEqual([]);
    expect(objects.length).toBeGreaterThan(30);
  });

  it.each(SERVICES)('%s: a Deployment behind a Service, with an autoscaler, a disruption budget, probes and resources', (name) => {
    const deployment = find('Deployment', name)!;
    expect(deployment).toBeDefined();
    const podLabels = (deployment.spec as { template: { metadata: { labels: Record<string, string> } } }).template.metadata.labels;
    const selects = (selector: Record<string, string>) => Object.entries(selector).every(([k, v]) => podLabels[k] === v);
    expect(selects((find('Service', name)!.spec as { selector: Record<string, string> }).selector)).toBe(true);
    expect(selects((find('PodDisruptionBudget', name)!.spec as { selector: { matchLabels: Record<string, string> } }).selector.matchLabels)).toBe(true);
    expect((find('HorizontalPodAutoscaler', name)!.spec as { scaleTargetRef: unknown }).scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name });
    const [container] = containersOf(deployment) as (Container & Probed)[];
    expect(container!.livenessProbe.httpGet.path).toBe('/health/live');
    expect(container!.readinessProbe.httpGet.path).toBe('/health/ready');
    expect(container!.resources.requests).toEqual({ cpu: expect.any(String), memory: expect.any(String) });
    expect(container!.resources.limits).toEqual({ cpu: expect.any(String), memory: expect.any(String) });
    // The gateway's V8 flag comes before its script (the image's entrypoint is `node`); compose.yaml runs it the same way.
    expect(container!.args).toEqual(name === 'gateway' ? ['--single-threaded-gc', 'dist/gateway/src/main.js'] : [`dist/subgraphs/${name}/src/main.js`]);
    // Prometheus finds /metrics on the container's port (issue 16, item 4: every service serves it).
    const annotations = (deployment.spec as { template: { metadata: { annotations: Record<string, string> } } }).template.metadata.annotations;
    expect(annotations).toEqual({ 'prometheus.io/scrape': 'true', 'prometheus.io/path': '/metrics', 'prometheus.io/port': String((container!.ports as { containerPort: number }[])[0]!.containerPort) });
  });

  it('the gateway bounds V8\'s heap within its memory limit, as compose.yaml does (docs/BENCHMARKS.md, "Memory soak")', () => {
    const [container] = containersOf(find('Deployment', 'gateway')!) as (Container & Probed)[];
    const options = container!.env?.find((e) => e.name === 'NODE_OPTIONS')?.value ?? '';
    const mb = (flag: string) => Number(new RegExp(`--${flag}=(\\d+)\\b`).exec(options)?.[1] ?? NaN);
    const limit = /^(\d+)(Mi|Gi)$/.exec(container!.resources.limits.memory)!;
    const limitMb = Number(limit[1]) * (limit[2] === 'Gi' ? 1024 : 1);
    // Old space, two semi-spaces and a new large-object space as large as one, and what is not V8's
    // heap (~125 MB in the bench's soak: code, the runtime, buffers) must fit under the limit.
    expect(mb('max-old-space-size') + 3 * mb('max-semi-space-size') + 128).toBeLessThanOrEqual(limitMb);
    const YAML = require('yaml') as typeof import('yaml');
    const compose = YAML.parse(readFileSync(path.join(ROOT, 'compose.yaml'), 'utf8')) as { services: Record<string, { environment?: Record<string, string> }> };
    expect(compose.services.gateway!.environment!.NODE_OPTIONS).toBe(options);
  });

  it('the gateway, limited to one CPU, collects garbage on its main thread only, as compose.yaml does (docs/BENCHMARKS.md, "Garbage collection on one CPU")', () => {
    const [container] = containersOf(find('Deployment', 'gateway')!) as (Container & Probed)[];
    const cpu = String(container!.resources.limits.cpu);
    const cpus = cpu.endsWith('m') ? Number(cpu.slice(0, -1)) / 1000 : Number(cpu);
    // V8's helper threads would share that one CPU with the main thread and lengthen its pauses.
    expect(cpus).toBeLessThanOrEqual(1);
    expect(container!.args).toContain('--single-threaded-gc');
    const YAML = require('yaml') as typeof import('yaml');
    const compose = YAML.parse(readFileSync(path.join(ROOT, 'compose.yaml'), 'utf8'), { merge: true }) as { services: Record<string, { command?: string[] }> };
    expect(compose.services.gateway!.command).toEqual(container!.args);
  });

  it.each(SUBGRAPHS)('$name: job workers run in their own Deployment, which no Service routes to', ({ name, prefix }) => {
    const envOf = (deployment: string) => containersOf(find('Deployment', deployment)!)[0]!.env ?? [];
    expect(envOf(name)).toContainEqual({ name: `${prefix}_JOB_WORKERS`, value: 'off' });
    expect(envOf(`${name}-worker`)).toContainEqual({ name: `${prefix}_JOB_WORKERS`, value: 'on' });
    const workerLabels = (find('Deployment', `${name}-worker`)!.spec as { template: { metadata: { labels: Record<string, string> } } }).template.metadata.labels;
    for (const service of all('Service')) {
      const selector = (service.spec as { selector: Record<string, string> }).selector;
      expect(Object.entries(selector).every(([k, v]) => workerLabels[k] === v)).toBe(false);
    }
    expect(find('HorizontalPodAutoscaler', `${name}-worker`)).toBeDefined();
    expect(find('PodDisruptionBudget', `${name}-worker`)).toBeDefined();
  });

  it('migrations run as a Job, and the services never migrate', () => {
    const job = find('Job', 'appmarket-migrate')!;
    expect(containersOf(job)[0]!.args).toEqual(['dist/scripts/migrate.js']);
    expect((find('ConfigMap', 'appmarket-config') as unknown as { data: Record<string, string> }).data.MIGRATE_ON_START).toBe('off');
    // The advisory lock is the migrate script's own (packages/db/src/data-source.ts, test/operations/migrations.test.ts).
    expect(readFileSync(path.join(ROOT, 'packages/db/src/data-source.ts'), 'utf8')).toContain('pg_advisory_lock');
  });

  it('Redis serves the gateway (APQ, install-token cache, rate limits)', () => {
    expect(find('Deployment', 'redis')).toBeDefined();
    expect(find('Service', 'redis')).toBeDefined();
    expect((find('Secret', 'appmarket-gateway') as unknown as { stringData: Record<string, string> }).stringData.REDIS_URL).toBe('redis://redis:6379');
  });

  it('every container runs a command the build produces, as a non-root user', () => {
    for (const workload of [...all('Deployment'), ...all('Job')].filter((o) => o.metadata.name !== 'redis')) {
      for (const container of containersOf(workload)) {
        // Node's own flags (`--…`, the entrypoint is `node`) may come before the script.
        for (const arg of (container.args ?? []).filter((a) => !a.startsWith('--'))) expect(existsSync(path.join(ROOT, sourceOfCompiled(arg)))).toBe(true);
        const pod = (workload.spec as { template: { spec: { securityContext: { runAsNonRoot: boolean } } } }).template.spec;
        expect(pod.securityContext.runAsNonRoot).toBe(true);
      }
    }
  });

  it('every setting of README\'s configuration table reaches every workload that reads it', () => {
    const keysOf = (kind: 'ConfigMap' | 'Secret', name: string): string[] => {
      const object = find(kind, name) as { data?: Record<string, string>; stringData?: Record<string, string> } | undefined;
      if (!object) throw new Error(`${kind}/${name} is referenced but not defined`);
      return [...Object.keys(object.data ?? {}), ...Object.keys(object.stringData ?? {})];
    };
    const available = (workload: KubernetesObject): Set<string> => new Set(containersOf(workload).flatMap((c) => [
      ...(c.env ?? []).map((e) => e.name),
      ...(c.envFrom ?? []).flatMap((from) => (from.configMapRef ? keysOf('ConfigMap', from.configMapRef.name) : from.secretRef ? keysOf('Secret', from.secretRef.name) : [])),
    ]));
    const workloadsOf = (usedBy: string[]): KubernetesObject[] => usedBy.flatMap((who) => {
      if (who === 'migrations') return [find('Job', 'appmarket-migrate')!];
      return all('Deployment').filter((d) => d.metadata.name === who || d.metadata.name === `${who}-worker`);
    });
    const missing: string[] = [];
    const rows = configurationTable();
    expect(rows.length).toBeGreaterThan(40);
    for (const row of rows) {
      for (const workload of workloadsOf(row.usedBy)) {
        for (const name of row.names) if (!available(workload).has(name)) missing.push(`${name} → ${key(workload)}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('every key a container reads from a ConfigMap or Secret exists there, unless optional', () => {
    const dangling: string[] = [];
    for (const workload of [...all('Deployment'), ...all('Job')]) {
      for (const container of containersOf(workload)) {
        for (const env of container.env ?? []) {
          const ref = env.valueFrom?.secretKeyRef ?? env.valueFrom?.configMapKeyRef;
          if (!ref || ref.optional) continue;
          const source = find(env.valueFrom?.secretKeyRef ? 'Secret' : 'ConfigMap', ref.name) as { data?: object; stringData?: object } | undefined;
          if (!source || !(ref.key in { ...source.data, ...source.stringData })) dangling.push(`${key(workload)}: ${env.name} ← ${ref.name}/${ref.key}`);
        }
      }
    }
    expect(dangling).toEqual([]);
  });
});

interface Probed {
  livenessProbe: { httpGet: { path: string } };
  readinessProbe: { httpGet: { path: string } };
  resources: { requests: Record<string, string>; limits: Record<string, string> };
}
