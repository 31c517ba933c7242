import { createLogger, ManualClock } from '@appmarket/core';
import { MemoryLimitStore, type LimitStore } from '../phone-api/limit-store';
import { PhoneLimits, type Admission } from '../phone-api/phone-limits';

/** The Phone API's limits on one store (the Redis store across replicas: test/gateway/phone-limits.test.ts). */
describe('PhoneLimits (vendor-api.md: 100 requests per 5 s, 5 at once per key, 100 at once per IP)', () => {
  const quiet = createLogger('test', 'error');
  const setup = () => {
    const clock = new ManualClock('2026-11-01T09:00:01Z');
    return { clock, limits: new PhoneLimits(new MemoryLimitStore(() => clock.now().getTime()), clock, quiet) };
  };
  const admitted = (a: Admission) => (a.admitted ? (a.leave(), true) : false);

  it('counts every request of a key in a window aligned to the clock; the 101st waits for the next window', async () => {
    const { clock, limits } = setup();
    for (let i = 0; i < 100; i++) expect(admitted(await limits.admit('install:a', '10.0.0.1'))).toBe(true);
    const refused = await limits.admit('install:a', '10.0.0.1');
    expect(refused).toEqual({ admitted: false, refusal: { kind: 'rate', window: { limit: 100, remaining: 0, windowMs: 5000, resetMs: 4000 } } });
    expect(admitted(await limits.admit('install:b', '10.0.0.1'))).toBe(true); // another key has its own window
    clock.advance(4000);
    expect(admitted(await limits.admit('install:a', '10.0.0.1'))).toBe(true);
  });

  it('holds at most 5 requests of a key at once; a finished one frees its slot', async () => {
    const { limits } = setup();
    const held = await Promise.all(Array.from({ length: 5 }, () => limits.admit('install:a', '10.0.0.1')));
    expect(held.every((a) => a.admitted)).toBe(true);
    expect(await limits.admit('install:a', '10.0.0.2')).toMatchObject({ admitted: false, refusal: { kind: 'caller-concurrency', limit: 5 } });
    (held[0] as Extract<Admission, { admitted: true }>).leave();
    await new Promise((resolve) => setImmediate(resolve));
    expect((await limits.admit('install:a', '10.0.0.1')).admitted).toBe(true);
  });

  it('holds at most 100 requests from one address at once, whatever the keys; a refused one keeps no key slot', async () => {
    const { limits } = setup();
    for (let i = 0; i < 100; i++) expect((await limits.admit(`install:${i}`, '10.0.0.9')).admitted).toBe(true);
    expect(await limits.admit('install:x', '10.0.0.9')).toMatchObject({ admitted: false, refusal: { kind: 'ip-concurrency', limit: 100 } });
    // install:x's key slot was given back: five requests of it from elsewhere still get in.
    for (let i = 0; i < 5; i++) expect((await limits.admit('install:x', `10.0.1.${i}`)).admitted).toBe(true);
  });

  it('lets requests through when the store cannot be reached, and says so in the log', async () => {
    const clock = new ManualClock('2026-11-01T09:00:00Z');
    const warned: string[] = [];
    const logger = { ...quiet, warn: (msg: string) => void warned.push(msg) };
    const broken: LimitStore = {
      increment: () => Promise.reject(new Error('connection refused')), acquire: () => Promise.reject(new Error('x')),
      release: () => Promise.resolve(), close: () => Promise.resolve(),
    };
    expect((await new PhoneLimits(broken, clock, logger).admit('install:a', '10.0.0.1')).admitted).toBe(true);
    expect(warned).toEqual(['phone API limits unavailable: request let through']);
  });
});
