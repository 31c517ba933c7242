import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { transformFile, type Options } from '@swc/core';
import { ROOT } from './root';

/**
 * `npm run build`: every service, package and run-time script compiled to JavaScript in `dist/`,
 * a mirror of the repository that runs with plain `node`, no transpiler:
 *
 *   dist/gateway/src/main.js, dist/subgraphs/<name>/src/main.js, dist/scripts/migrate.js, …
 *   dist/node_modules/@appmarket/<name> → ../../<workspace>   (links to the compiled workspaces)
 *   dist/<workspace>/package.json                              ("main": "src/index.js")
 *   dist/supergraph.graphql, dist/gateway/{capabilities,persisted-queries}/   (read at run time)
 *
 * Compiled code finds `@appmarket/*` in dist/node_modules before the repository's node_modules, so
 * production runs compiled workspaces only, while `npm start` and the tests keep running the
 * TypeScript sources (the workspaces' own package.json still points at src/index.ts). Third-party
 * packages come from the repository's (or the image's) node_modules. The swc options are the root
 * .swcrc's (decorators and their metadata, as type-graphql needs), read from here whatever the
 * working directory; types are checked by `npm run typecheck`, not here.
 */
const DIST = path.join(ROOT, 'dist');
/** Files read at run time by path, relative to the compiled code (gateway/src/config.ts, server.ts). */
const ASSETS = ['supergraph.graphql', 'gateway/capabilities', 'gateway/persisted-queries'];

interface Workspace {
  name: string;
  dir: string;
}

async function main(): Promise<void> {
  const started = Date.now();
  const swcrc = JSON.parse(readFileSync(path.join(ROOT, '.swcrc'), 'utf8')) as Options & { $schema?: string };
  delete swcrc.$schema;
  const options: Options = { ...swcrc, swcrc: false, configFile: false, sourceMaps: true, module: { type: 'commonjs', ignoreDynamic: true } };
  rmSync(DIST, { recursive: true, force: true });
  const workspaces = listWorkspaces();
  const sources = [
    ...workspaces.flatMap((w) => typescriptFiles(path.join(ROOT, w.dir, 'src'))),
    ...typescriptFiles(path.join(ROOT, 'scripts')),
  ];
  await Promise.all(sources.map((file) => compile(file, options)));
  for (const workspace of workspaces) writeWorkspace(workspace);
  for (const asset of ASSETS) cpSync(path.join(ROOT, asset), path.join(DIST, asset), { recursive: true });
  console.log(`[build] ${sources.length} files of ${workspaces.length} workspaces and scripts/ → dist/ in ${Date.now() - started} ms`);
}

function listWorkspaces(): Workspace[] {
  const root = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { workspaces: string[] };
  return root.workspaces.flatMap((pattern) => {
    const dirs = pattern.endsWith('/*')
      ? readdirSync(path.join(ROOT, pattern.slice(0, -2))).map((n) => `${pattern.slice(0, -2)}/${n}`)
      : [pattern];
    return dirs
      .filter((dir) => statSync(path.join(ROOT, dir, 'package.json'), { throwIfNoEntry: false })?.isFile())
      .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(path.join(ROOT, dir, 'package.json'), 'utf8')) as { name: string; main?: string } }))
      // Node workspaces (services and their packages) have `"main": "src/index.ts"`; a browser app has its own bundler.
      .filter(({ manifest }) => manifest.main === 'src/index.ts')
      .map(({ dir, manifest }) => ({ dir, name: manifest.name }));
  });
}

/** Every .ts file under `dir` except tests and type declarations. */
function typescriptFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '__tests__' ? [] : typescriptFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

async function compile(file: string, options: Options): Promise<void> {
  const relative = path.relative(ROOT, file);
  const out = path.join(DIST, relative.replace(/\.ts$/, '.js'));
  const { code, map } = await transformFile(file, { ...options, filename: file, sourceFileName: path.relative(path.dirname(out), file) });
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, `${code}\n//# sourceMappingURL=${path.basename(out)}.map\n`);
  if (map) writeFileSync(`${out}.map`, map);
}

/**
 * dist/<workspace>/package.json pointing at the compiled entry, its link in dist/node_modules, and
 * a copy of the workspace's own node_modules: npm nests a dependency there when the workspace needs
 * another version than the root's (egress's ipaddr.js 2 beside express's 1), and the compiled code
 * must find the same one.
 */
function writeWorkspace(workspace: Workspace): void {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, workspace.dir, 'package.json'), 'utf8')) as Record<string, unknown>;
  const compiled = { name: manifest.name, version: manifest.version, private: true, main: 'src/index.js', dependencies: manifest.dependencies };
  mkdirSync(path.join(DIST, workspace.dir, 'src'), { recursive: true });
  writeFileSync(path.join(DIST, workspace.dir, 'package.json'), `${JSON.stringify(compiled, null, 2)}\n`);
  const nested = path.join(ROOT, workspace.dir, 'node_modules');
  if (existsSync(nested)) cpSync(nested, path.join(DIST, workspace.dir, 'node_modules'), { recursive: true, verbatimSymlinks: true });
  const link = path.join(DIST, 'node_modules', workspace.name);
  mkdirSync(path.dirname(link), { recursive: true });
  // 'junction': Windows makes those without privileges; elsewhere the type is ignored.
  symlinkSync(path.relative(path.dirname(link), path.join(DIST, workspace.dir)), link, 'junction');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
