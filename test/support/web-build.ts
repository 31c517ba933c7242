import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const WEB_DIR = path.resolve(__dirname, '..', '..', 'web');

/** Builds the reference web app (web/) into a fresh folder, as `npm run build -w web` does after codegen. */
export function buildWebApp(): string {
  const outDir = mkdtempSync(path.join(tmpdir(), 'appmarket-web-'));
  execFileSync(process.execPath, [path.join(path.dirname(require.resolve('vite/package.json')), 'bin', 'vite.js'), 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
    cwd: WEB_DIR, stdio: 'pipe',
  });
  return outDir;
}
