import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';

/**
 * Reads `.env` (the copy of `.env.example` the README asks for) into process.env before a service
 * parses its configuration. The file is looked for in the working directory and its parents, up
 * to the repository root (the first directory holding a package-lock.json), so `npm start` at the
 * root and `npm start -w gateway` in gateway/ read the same file. The real environment wins: a
 * variable already set is never replaced. Node's own parser (`util.parseEnv`, Node ≥ 20.12) reads
 * the file. Returns the file read, if any.
 */
export function loadDotEnv(
  env: Record<string, string | undefined> = process.env,
  from: string = process.cwd(),
): string | undefined {
  const file = findDotEnv(path.resolve(from));
  if (!file) return undefined;
  const values = parseEnv(readFileSync(file, 'utf8')) as Record<string, string>;
  for (const [name, value] of Object.entries(values)) {
    if (env[name] === undefined) env[name] = value;
  }
  return file;
}

function findDotEnv(start: string): string | undefined {
  let dir = start;
  for (;;) {
    const candidate = path.join(dir, '.env');
    if (existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (existsSync(path.join(dir, 'package-lock.json')) || parent === dir) return undefined;
    dir = parent;
  }
}
