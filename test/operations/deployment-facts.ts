import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SUBGRAPHS } from '../../scripts/subgraphs';

/** What the deployment tests (Kubernetes, Dockerfile, compose.yaml) check the files against. */
const ROOT = path.resolve(__dirname, '../..');
/** Every subgraph: its name and the prefix of its own settings (`TELEPHONY` of `TELEPHONY_PORT`). */
export const SUBGRAPH_SETTINGS = SUBGRAPHS.map((s) => ({ name: s.name, prefix: s.portEnv.replace(/_PORT$/, '') }));
const SUBGRAPH_NAMES = SUBGRAPH_SETTINGS.map((s) => s.name);
/** `<SUBGRAPH>` in a setting's name is the subgraph's own prefix; `<NAME>` its name in upper case. */
const EXPANSIONS: Record<string, string[]> = {
  '<SUBGRAPH>': SUBGRAPH_SETTINGS.map((s) => s.prefix),
  '<NAME>': SUBGRAPH_NAMES.map((name) => name.toUpperCase().replace(/-/g, '_')),
};

export interface ConfigurationRow {
  names: string[];
  /** Workloads that read it: `gateway`, a subgraph's name, or `migrations`; empty for `npm start` only. */
  usedBy: string[];
  /** The "required" column says yes, or "for a subgraph run alone" (as a deployment runs them). */
  required: boolean;
}

/** The rows of README.md's "Configuration" table. */
export function configurationTable(): ConfigurationRow[] {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Configuration'), readme.indexOf('\n## ', readme.indexOf('## Configuration') + 1));
  return section.split('\n').filter((line) => line.startsWith('| `')).map((line) => {
    const [names, usedBy, required] = line.split('|').slice(1, 4).map((cell) => cell.trim());
    return {
      names: [...names!.matchAll(/`([A-Z<][A-Z0-9_<>]*)`/g)].flatMap(([, name]) => expand(name!)),
      usedBy: workloads(usedBy!),
      required: /^yes\b|run alone/.test(required!),
    };
  });
}

function expand(name: string): string[] {
  const pattern = Object.keys(EXPANSIONS).find((p) => name.includes(p));
  return pattern ? EXPANSIONS[pattern]!.map((value) => name.replace(pattern, value)) : [name];
}

function workloads(usedBy: string): string[] {
  const text = usedBy.replace(/`npm [^`]*`/g, '');
  const found = new Set<string>();
  if (/\ball\b/.test(text)) ['gateway', ...SUBGRAPH_NAMES].forEach((w) => found.add(w));
  if (/\bsubgraphs\b/.test(text)) SUBGRAPH_NAMES.forEach((w) => found.add(w));
  if (/\bgateway\b/.test(text)) found.add('gateway');
  if (/\bmigrations\b/.test(text)) found.add('migrations');
  for (const name of SUBGRAPH_NAMES) if (new RegExp(`(^|[^-\\w])${name}($|[^-\\w])`).test(text)) found.add(name);
  return [...found];
}

/** `dist/gateway/src/main.js` → `gateway/src/main.ts`: the source `npm run build` compiles to it. */
export function sourceOfCompiled(file: string): string {
  if (!/^dist\/.+\.js$/.test(file)) throw new Error(`${file} is not a compiled entry point under dist/`);
  return file.replace(/^dist\//, '').replace(/\.js$/, '.ts');
}
