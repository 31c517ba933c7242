import { existsSync, readFileSync, unwatchFile, watchFile } from 'node:fs';
import { ConfigError } from './config';
import { DAY, HOUR, MINUTE, systemClock, type Clock } from './clock';

/**
 * A clock QA can move on a development stack (docs/QA.md). The domain's time (trials,
 * subscriptions, extensions, lifecycle) runs at an offset from the wall clock; `wall` keeps the
 * real time for what talks to the outside world (JWT `iat`/`exp` to and from vendors), which a
 * moved clock must not break. Never available with NODE_ENV=production.
 */
export class ShiftedClock implements Clock {
  private listeners = new Set<(change: { from: number; to: number }) => void>();

  constructor(private offsetMs = 0, readonly wall: Clock = systemClock) {}

  now(): Date {
    return new Date(this.wall.now().getTime() + this.offsetMs);
  }

  get offset(): number {
    return this.offsetMs;
  }

  setOffset(ms: number): void {
    if (ms === this.offsetMs) return;
    const change = { from: this.offsetMs, to: ms };
    this.offsetMs = ms;
    for (const listener of this.listeners) listener(change);
  }

  /** Called after every move; returns the unsubscribe. */
  onChange(listener: (change: { from: number; to: number }) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/** The wall clock behind a moved one, or the clock itself (tests' ManualClock stays one clock). */
export function wallClockOf(clock: Clock): Clock {
  return clock instanceof ShiftedClock ? clock.wall : clock;
}

export function isMovableClock(clock: Clock): clock is ShiftedClock {
  return clock instanceof ShiftedClock;
}

const UNIT_MS: Record<string, number> = { d: DAY, h: HOUR, m: MINUTE, s: 1000 };

/**
 * A clock setting: `+15d`, `-2h30m`, `+90s` (relative: `relative: true`), an ISO instant
 * (`2026-12-24T09:00:00Z`: the clock reads that instant now and runs on), or `reset`/`0`.
 * Returns the offset from the wall clock, in milliseconds.
 */
export function parseClockSetting(text: string, wallNow: Date): { offsetMs: number; relative: boolean } {
  const value = text.trim();
  if (value === 'reset' || value === '0' || value === 'system') return { offsetMs: 0, relative: false };
  const shift = /^([+-])((?:\d{1,6}[dhms])+)$/.exec(value);
  if (shift) {
    let ms = 0;
    for (const [, n, unit] of shift[2].matchAll(/(\d{1,6})([dhms])/g)) ms += Number(n) * UNIT_MS[unit];
    return { offsetMs: shift[1] === '-' ? -ms : ms, relative: true };
  }
  if (/^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$/.test(value)) {
    const at = Date.parse(value);
    if (Number.isFinite(at)) return { offsetMs: at - wallNow.getTime(), relative: false };
  }
  throw new Error(`clock setting "${text}" is not +Nd/-Nh/+Nm/+Ns (combinable, e.g. +1d12h), an ISO instant with a zone, or "reset"`);
}

/** What the clock file holds: the offset every process of the stack applies. */
export interface ClockFile {
  offsetMs: number;
}

export function readClockFile(path: string): ClockFile {
  if (!existsSync(path)) return { offsetMs: 0 };
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<ClockFile>;
  if (typeof parsed.offsetMs !== 'number' || !Number.isSafeInteger(parsed.offsetMs)) throw new Error(`${path}: offsetMs must be an integer`);
  return { offsetMs: parsed.offsetMs };
}

export interface RuntimeClock {
  clock: Clock;
  /** Stops watching the clock file. */
  close(): void;
}

/**
 * The process's clock from its environment, read once at start-up:
 * - nothing set: the system clock;
 * - APPMARKET_CLOCK: a starting setting (parseClockSetting);
 * - APPMARKET_CLOCK_FILE: a JSON file `{ "offsetMs": … }` that `npm run clock` writes; every
 *   process of the stack watches it, so one command moves them all, job scheduling included.
 * Either with NODE_ENV=production is a configuration error: production runs on real time only.
 */
export function runtimeClockFromEnv(service: string, env: NodeJS.ProcessEnv = process.env, wall: Clock = systemClock): RuntimeClock {
  const setting = env.APPMARKET_CLOCK?.trim();
  const file = env.APPMARKET_CLOCK_FILE?.trim();
  if (!setting && !file) return { clock: wall, close: () => undefined };
  if (env.NODE_ENV === 'production') {
    throw new ConfigError(service, ['APPMARKET_CLOCK / APPMARKET_CLOCK_FILE: a moved clock is for development and QA; refused with NODE_ENV=production']);
  }
  let offsetMs = 0;
  try {
    if (file) offsetMs = readClockFile(file).offsetMs;
    if (setting) {
      const parsed = parseClockSetting(setting, wall.now());
      offsetMs = parsed.relative ? offsetMs + parsed.offsetMs : parsed.offsetMs;
    }
  } catch (error) {
    throw new ConfigError(service, [`APPMARKET_CLOCK: ${(error as Error).message}`]);
  }
  const clock = new ShiftedClock(offsetMs, wall);
  if (!file) return { clock, close: () => undefined };
  const onFile = () => {
    try {
      clock.setOffset(readClockFile(file).offsetMs);
    } catch {
      // A half-written or hand-broken file: keep the last good offset until it is fixed.
    }
  };
  watchFile(file, { interval: 500, persistent: false }, onFile);
  return { clock, close: () => unwatchFile(file, onFile) };
}
