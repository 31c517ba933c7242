import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseClockSetting, readClockFile } from '@appmarket/core';
import { ROOT } from './contracts';

/**
 * `npm run clock [-- SETTING]`: shows or moves the domain clock of a development stack started
 * with `npm start` (docs/QA.md). Every subgraph process watches the file and follows within a
 * second; billing then settles what the move made due. SETTING: `+15d`, `-2h`, `+1d12h`, an ISO
 * instant with a zone, or `reset`.
 */
function main(): void {
  const file = process.env.APPMARKET_CLOCK_FILE ?? path.join(ROOT, '.data', 'clock.json');
  const setting = process.argv[2];
  const current = readClockFile(file);
  if (setting) {
    const parsed = parseClockSetting(setting, new Date());
    const offsetMs = parsed.relative ? current.offsetMs + parsed.offsetMs : parsed.offsetMs;
    mkdirSync(path.dirname(file), { recursive: true });
    // Written whole, then renamed: a watcher never reads half a file.
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, `${JSON.stringify({ offsetMs })}\n`);
    renameSync(temporary, file);
    current.offsetMs = offsetMs;
  }
  const now = new Date(Date.now() + current.offsetMs);
  console.log(`domain clock: ${now.toISOString()} (offset ${formatOffset(current.offsetMs)}; file ${file})`);
}

function formatOffset(ms: number): string {
  if (ms === 0) return 'none, real time';
  const sign = ms < 0 ? '-' : '+';
  let rest = Math.abs(Math.round(ms / 1000));
  const parts: string[] = [];
  for (const [unit, size] of [['d', 86_400], ['h', 3_600], ['m', 60], ['s', 1]] as const) {
    if (rest >= size) parts.push(`${Math.floor(rest / size)}${unit}`);
    rest %= size;
  }
  return sign + parts.join('');
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
}
