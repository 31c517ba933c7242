import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DAY, HOUR, ManualClock, MINUTE } from '../clock';
import { ConfigError } from '../config';
import { ShiftedClock, isMovableClock, parseClockSetting, runtimeClockFromEnv, wallClockOf } from '../dev-clock';

/** The development clock QA moves (issue 15; docs/QA.md). */
describe('development clock', () => {
  const wallNow = new Date('2026-11-26T10:00:00Z');

  it('parses relative shifts, instants with a zone and reset; refuses anything else', () => {
    expect(parseClockSetting('+15d', wallNow)).toEqual({ offsetMs: 15 * DAY, relative: true });
    expect(parseClockSetting('-2h30m', wallNow)).toEqual({ offsetMs: -(2 * HOUR + 30 * MINUTE), relative: true });
    expect(parseClockSetting('+1d12h', wallNow)).toEqual({ offsetMs: DAY + 12 * HOUR, relative: true });
    expect(parseClockSetting('2026-12-24T10:00:00Z', wallNow)).toEqual({ offsetMs: 28 * DAY, relative: false });
    expect(parseClockSetting('2026-11-26T13:00:00+03:00', wallNow)).toEqual({ offsetMs: 0, relative: false });
    expect(parseClockSetting('reset', wallNow)).toEqual({ offsetMs: 0, relative: false });
    for (const bad of ['15d', '+15x', '2026-12-24', 'tomorrow', '+', '+1234567d']) {
      expect(() => parseClockSetting(bad, wallNow)).toThrow(/clock setting/);
    }
  });

  it('moves domain time only: the wall clock behind it keeps real time for protocols (vendor JWTs)', () => {
    const wall = new ManualClock(wallNow);
    const clock = new ShiftedClock(3 * DAY, wall);
    expect(clock.now().toISOString()).toBe('2026-11-29T10:00:00.000Z');
    expect(wallClockOf(clock).now().toISOString()).toBe('2026-11-26T10:00:00.000Z');
    // A plain clock (tests' ManualClock) is its own wall clock.
    expect(wallClockOf(wall)).toBe(wall);
    expect(isMovableClock(wall)).toBe(false);
    const moves: number[] = [];
    const unsubscribe = clock.onChange(({ to }) => moves.push(to));
    clock.setOffset(3 * DAY); // no change, no event
    clock.setOffset(5 * DAY);
    unsubscribe();
    clock.setOffset(0);
    expect(moves).toEqual([5 * DAY]);
  });

  it('is the system clock when nothing is set, and refused with NODE_ENV=production', () => {
    const plain = runtimeClockFromEnv('test', {});
    expect(isMovableClock(plain.clock)).toBe(false);
    expect(() => runtimeClockFromEnv('test', { NODE_ENV: 'production', APPMARKET_CLOCK: '+1d' })).toThrow(ConfigError);
    expect(() => runtimeClockFromEnv('test', { NODE_ENV: 'production', APPMARKET_CLOCK_FILE: '/tmp/x.json' })).toThrow(/refused with NODE_ENV=production/);
    expect(() => runtimeClockFromEnv('test', { APPMARKET_CLOCK: 'soon' })).toThrow(ConfigError);
  });

  it('follows the clock file that `npm run clock` writes, so one command moves every process', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'appmarket-clock-'));
    const file = path.join(dir, 'clock.json');
    const wall = new ManualClock(wallNow);
    writeFileSync(file, JSON.stringify({ offsetMs: DAY }));
    const runtime = runtimeClockFromEnv('test', { APPMARKET_CLOCK_FILE: file, APPMARKET_CLOCK: '+1h' }, wall);
    try {
      expect(runtime.clock.now().getTime()).toBe(wallNow.getTime() + DAY + HOUR);
      let seen: number | undefined;
      (runtime.clock as ShiftedClock).onChange(({ to }) => { seen = to; });
      // The watcher polls the file's stat; its first look may come after a write made at once (a
      // busy machine), which it would take as the starting state. A person runs `npm run clock`
      // later; here the write is repeated until the watcher has seen one.
      const deadline = Date.now() + 30_000;
      while (seen === undefined && Date.now() < deadline) {
        writeFileSync(`${file}.tmp`, JSON.stringify({ offsetMs: 10 * DAY }));
        renameSync(`${file}.tmp`, file);
        await new Promise((resolve) => setTimeout(resolve, 700));
      }
      expect(seen).toBe(10 * DAY);
      expect(runtime.clock.now().toISOString()).toBe('2026-12-06T10:00:00.000Z');
    } finally {
      runtime.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
