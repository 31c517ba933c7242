import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * README.md and docs/ stay true (issue 15): every command, environment variable, error code, file
 * and link they name exists. A name in backticks is checked by its shape:
 * - `npm run x`, `npm start -w pkg`, `npm run x --prefix bench` → the script exists in that package;
 * - UPPER_SNAKE names (settings, error codes) → the name appears in the code (a `<NAME>` part
 *   matches any upper-case word);
 * - paths (`gateway/src/auth.ts`, `src/config.ts`, `docs/`) → exist from the repository root, the
 *   document's folder or a workspace package; bare file names (`auth.ts`) → some file has that name.
 * Markdown links to local files must resolve too.
 */
const ROOT = path.resolve(__dirname, '..');
const IGNORED_DIRS = new Set(['node_modules', '.git', '.data', 'dist', '.work', 'coverage']);

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (IGNORED_DIRS.has(name)) continue;
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) walk(full, out);
    else out.push(full);
  }
  return out;
}

const files = walk(ROOT);
const docs = [path.join(ROOT, 'README.md'), ...files.filter((f) => f.startsWith(path.join(ROOT, 'docs') + path.sep) && f.endsWith('.md'))];
const CODE_EXTENSIONS = /\.(ts|tsx|js|mjs|cjs|json|ya?ml|sh|graphql)$|(^|\/)(Dockerfile|\.env\.example|run)$/;
const code = files
  .filter((f) => CODE_EXTENSIONS.test(f) && !f.endsWith('.md') && !f.includes(`${path.sep}test${path.sep}docs.test.ts`))
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');
const basenames = new Set(files.map((f) => path.basename(f)));
const workspaces = ['packages', 'subgraphs'].flatMap((d) => (existsSync(path.join(ROOT, d)) ? readdirSync(path.join(ROOT, d)).map((n) => `${d}/${n}`) : []));
// A path may be written from the root, from the document, or from a package (`src/config.ts`
// in a subgraph's doc) or its source folder (`access/caller.ts`).
const packageDirs = ['.', 'gateway', 'bench', 'web', ...workspaces].flatMap((d) => [d, `${d}/src`]);
/** Made at run time, so absent from a clean checkout: named in docs on purpose. */
const RUNTIME_PATHS = ['.data/', 'bench/.work/', 'dist/', 'web/dist', '.artifacts/'];

function scriptsOf(dir: string): Record<string, string> {
  const file = path.join(ROOT, dir, 'package.json');
  return existsSync(file) ? ((JSON.parse(readFileSync(file, 'utf8')) as { scripts?: Record<string, string> }).scripts ?? {}) : {};
}

function checkCommand(command: string): string | undefined {
  const match = /^npm (run\s+)?([\w:.-]+)(.*)$/.exec(command.trim());
  if (!match) return undefined;
  const [, , script, rest] = match;
  if (['install', 'ci', 'i', 'exec', 'view', 'ls'].includes(script!)) return undefined;
  const prefix = /--prefix\s+(\S+)/.exec(rest!)?.[1];
  const workspace = /-w\s+(\S+)/.exec(rest!)?.[1];
  const dir = prefix ?? workspace ?? '.';
  return scriptsOf(dir)[script!] === undefined ? `npm script "${script}" is not in ${dir}/package.json` : undefined;
}

function checkName(name: string): string | undefined {
  const pattern = new RegExp(`\\b${name.replace(/<[A-Z_]+>/g, '[A-Z][A-Z0-9_]*')}\\b`);
  return pattern.test(code) ? undefined : `${name} appears nowhere in the code`;
}

function checkPath(token: string, docDir: string): string | undefined {
  if (RUNTIME_PATHS.some((p) => token.startsWith(p))) return undefined;
  const clean = token.replace(/[:#].*$/, '').replace(/\/$/, '');
  if (!clean.includes('/')) return basenames.has(clean) ? undefined : `no file is named ${clean}`;
  const bases = [ROOT, docDir, ...packageDirs.map((d) => path.join(ROOT, d))];
  return bases.some((base) => existsSync(path.join(base, clean))) ? undefined : `${token} does not exist`;
}

const isPathLike = (t: string) =>
  // Not paths: placeholders, URLs and routes, npm package names, XML element paths.
  !/[<>*{}…\s]|\.\.\.|^https?:|^@|^[A-Z]\w*\/|^\/(api|events|health|graphql|metrics|explorer)\b/.test(t) &&
  (/^[\w.@-]+(\/[\w.@-]+)+\/?$/.test(t) || /^[\w.-]+\.(ts|md|json|ya?ml|graphql|sh|js|mjs)$/.test(t));
const isUpperName = (t: string) => /^[A-Z][A-Z0-9]*(_[A-Z0-9<>]+)+$/.test(t) || /^<[A-Z]+>(_[A-Z0-9]+)+$/.test(t);

describe('README.md and docs/ name only what exists', () => {
  it.each(docs.map((d) => [path.relative(ROOT, d), d]))('%s', (_name, doc) => {
    const text = readFileSync(doc, 'utf8');
    const docDir = path.dirname(doc);
    const problems: string[] = [];
    for (const [, token] of text.matchAll(/`([^`\n]+)`/g)) {
      const t = token!.trim();
      const problem = t.startsWith('npm ') ? checkCommand(t) : isUpperName(t) ? checkName(t) : isPathLike(t) ? checkPath(t, docDir) : undefined;
      if (problem) problems.push(problem);
    }
    // The repository stands alone: rules and protocols are in docs/ (rules.md), nothing outside it is cited.
    for (const [outside] of text.matchAll(/(\.\.\/shared\/[\w./-]+|\/work\/[\w./-]+)/g)) problems.push(`${outside} is outside the repository`);
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^(https?:|mailto:|#)/.test(target!)) continue;
      const file = target!.replace(/#.*$/, '');
      if (!existsSync(path.join(docDir, file))) problems.push(`link ${target} does not resolve`);
    }
    for (const block of text.matchAll(/```(?:sh|bash)?\n([\s\S]*?)```/g)) {
      for (const line of block[1]!.split('\n')) {
        const command = /(?:^|&&\s*|\$\s*)(npm (?:run\s+)?[\w:.-]+[^#&|]*)/.exec(line)?.[1];
        const problem = command && checkCommand(command);
        if (problem) problems.push(problem);
      }
    }
    expect([...new Set(problems)]).toEqual([]);
  });
});
