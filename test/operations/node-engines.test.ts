import { readFileSync } from 'node:fs';
import path from 'node:path';
import semver from 'semver';

/**
 * Issue 16: `npm install` warned EBADENGINE — dependencies needed Node ≥ 22.12 while package.json
 * declared ≥ 20.19. The declared minimum must satisfy every package the lock file installs
 * (`.ci/run` also fails on an EBADENGINE warning of `npm ci`).
 */
const ROOT = path.resolve(__dirname, '../..');

describe('the declared Node.js version', () => {
  const declared = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } }).engines.node;
  const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { engines?: { node?: string } | string[] }> };

  it('is a lower bound this machine meets', () => {
    expect(semver.validRange(declared)).not.toBeNull();
    expect(semver.satisfies(process.versions.node, declared)).toBe(true);
  });

  it('satisfies every package of the lock file, at its lowest version', () => {
    const minimum = semver.minVersion(declared)!.version;
    const refusing = Object.entries(lock.packages)
      .filter(([, entry]) => !Array.isArray(entry.engines) && entry.engines?.node && !semver.satisfies(minimum, entry.engines.node))
      .map(([name, entry]) => `${name || 'package.json'} needs node ${(entry.engines as { node: string }).node}`);
    expect(refusing).toEqual([]);
  });
});
