import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * Import cycles among the TypeScript files below `dirs`, found with the compiler's own parser and
 * module resolution (tsconfig.base.json), so workspace packages (`@appmarket/*`) resolve to their
 * files like any relative import. Every import counts, `import type` and `export … from`
 * included: a type-only cycle still ties two files into one unit. Files outside `dirs`
 * (node_modules) are not followed. Each cycle is one path, first file repeated last, relative
 * to `root`.
 *
 * `node -r @swc-node/register scripts/import-cycles.ts` prints the cycles of gateway/, packages/
 * and subgraphs/ and exits 1 when there is one (test/import-cycles.test.ts runs the same check).
 */
export function findImportCycles(root: string, dirs: string[]): string[][] {
  const files = dirs.flatMap((dir) => typeScriptFiles(path.resolve(root, dir)));
  const graph = importGraph(files, compilerOptions(root));
  return stronglyConnected(graph)
    .filter((component) => component.length > 1 || graph.get(component[0]!)!.has(component[0]!))
    .map((component) => shortestCycle(graph, component).map((file) => path.relative(root, file)));
}

function typeScriptFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name.startsWith('.') ? [] : typeScriptFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

function compilerOptions(root: string): ts.CompilerOptions {
  const configFile = path.join(root, 'tsconfig.base.json');
  const { config } = ts.readConfigFile(configFile, ts.sys.readFile);
  return ts.parseJsonConfigFileContent(config, ts.sys, root).options;
}

/** file → the files it imports, among `files`. */
function importGraph(files: string[], options: ts.CompilerOptions): Map<string, Set<string>> {
  const known = new Set(files);
  const host: ts.ModuleResolutionHost = { ...ts.sys, realpath: ts.sys.realpath };
  const graph = new Map<string, Set<string>>();
  for (const file of files) {
    const imported = ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles;
    const targets = new Set<string>();
    for (const { fileName: specifier } of imported) {
      const resolved = ts.resolveModuleName(specifier, file, options, host).resolvedModule?.resolvedFileName;
      const target = resolved && path.resolve(resolved);
      if (target && known.has(target)) targets.add(target);
    }
    graph.set(file, targets);
  }
  return graph;
}

/** Tarjan's algorithm: the groups of files that reach each other. */
function stronglyConnected(graph: Map<string, Set<string>>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    components.push(component.sort());
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return components;
}

/** The shortest way from the group's first file back to itself, within the group. */
function shortestCycle(graph: Map<string, Set<string>>, component: string[]): string[] {
  const start = component[0]!;
  const members = new Set(component);
  const cameFrom = new Map<string, string>();
  const queue = [start];
  while (queue.length) {
    const node = queue.shift()!;
    for (const next of graph.get(node) ?? []) {
      if (next === start) {
        const cycle = [start];
        for (let at: string | undefined = node; at !== undefined && at !== start; at = cameFrom.get(at)) cycle.splice(1, 0, at);
        return [...cycle, start];
      }
      if (members.has(next) && !cameFrom.has(next)) {
        cameFrom.set(next, node);
        queue.push(next);
      }
    }
  }
  return [...component, start];
}

if (require.main === module) {
  const root = path.resolve(__dirname, '..');
  const cycles = findImportCycles(root, ['gateway', 'packages', 'subgraphs']);
  for (const cycle of cycles) console.log(cycle.join(' → '));
  console.log(cycles.length ? `${cycles.length} import cycle(s)` : 'no import cycles');
  process.exit(cycles.length ? 1 : 0);
}
