import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadDotEnv } from '../dotenv';

describe('loadDotEnv: .env as .env.example describes it', () => {
  let outside: string;
  let repo: string;
  beforeEach(() => {
    // <outside>/.env is above the repository root: never read.
    outside = mkdtempSync(path.join(tmpdir(), 'appmarket-dotenv-'));
    repo = path.join(outside, 'repo');
    mkdirSync(path.join(repo, 'gateway'), { recursive: true });
    writeFileSync(path.join(repo, 'package-lock.json'), '{}');
    writeFileSync(path.join(outside, '.env'), 'FROM_OUTSIDE=yes\n');
  });
  afterEach(() => rmSync(outside, { recursive: true, force: true }));

  it('reads the repository root .env from a workspace folder (npm start -w gateway); the real environment wins', () => {
    writeFileSync(path.join(repo, '.env'), '# a comment\nGATEWAY_PORT=4100\nLOG_LEVEL=debug\nQUOTED="a b"\n');
    const env: Record<string, string | undefined> = { LOG_LEVEL: 'warn' };
    expect(loadDotEnv(env, path.join(repo, 'gateway'))).toBe(path.join(repo, '.env'));
    expect(env).toEqual({ GATEWAY_PORT: '4100', LOG_LEVEL: 'warn', QUOTED: 'a b' });
  });

  it('prefers the .env of the working directory', () => {
    writeFileSync(path.join(repo, '.env'), 'WHICH=root\n');
    writeFileSync(path.join(repo, 'gateway', '.env'), 'WHICH=gateway\n');
    const env: Record<string, string | undefined> = {};
    loadDotEnv(env, path.join(repo, 'gateway'));
    expect(env.WHICH).toBe('gateway');
  });

  it('with no .env up to the repository root, changes nothing (a .env above the root is not ours)', () => {
    const env: Record<string, string | undefined> = {};
    expect(loadDotEnv(env, path.join(repo, 'gateway'))).toBeUndefined();
    expect(env).toEqual({});
  });
});
