import { z } from 'zod';
import { ConfigError, databaseUrlSchema, idempotencyConfigShape, isOn, parseConfig, parseConfigWith, portSchema, switchSchema } from '../config';

describe('parseConfig', () => {
  const schema = z.object({ PORT: portSchema, DATABASE_URL: databaseUrlSchema, MODE: z.enum(['a', 'b']).default('a') });

  it('lists every problem at once, each with its variable name', () => {
    let error: unknown;
    try {
      parseConfig('svc', schema, { PORT: '70000', DATABASE_URL: 'mysql://x' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toHaveLength(2);
    expect(problems.some((p) => p.startsWith('PORT:'))).toBe(true);
    expect(problems.some((p) => p.startsWith('DATABASE_URL:'))).toBe(true);
    expect((error as Error).message).toContain('svc: invalid configuration');
  });

  it('coerces, applies defaults and freezes the result', () => {
    const config = parseConfig('svc', schema, { PORT: '4001', DATABASE_URL: 'postgres://localhost/x' });
    expect(config).toEqual({ PORT: 4001, DATABASE_URL: 'postgres://localhost/x', MODE: 'a' });
    expect(Object.isFrozen(config)).toBe(true);
  });
});

describe('switchSchema: one on/off vocabulary for every service', () => {
  const schema = z.object({ WORKERS: switchSchema('on').transform(isOn) });
  it.each([['on', true], ['true', true], ['off', false], ['false', false]])('%s is %s', (given, expected) => {
    expect(parseConfig('test', schema, { WORKERS: given }).WORKERS).toBe(expected);
  });
  it('defaults, and refuses anything else with a ConfigError naming the setting', () => {
    expect(parseConfig('test', schema, {}).WORKERS).toBe(true);
    expect(() => parseConfig('test', schema, { WORKERS: 'yes' })).toThrow(/WORKERS/);
  });
});

describe('parseConfigWith: settings parsed once, given ones win', () => {
  const schema = z.object({ WORKERS: switchSchema('on'), TIMEOUT_MS: z.coerce.number().int().min(1).default(10) });

  it('takes a complete set as it is, without reading the environment (an invalid env is never seen)', () => {
    expect(parseConfigWith('svc', schema, { WORKERS: 'off', TIMEOUT_MS: 5 }, { TIMEOUT_MS: 'not a number' })).toEqual({ WORKERS: 'off', TIMEOUT_MS: 5 });
  });

  it('parses the environment for what is missing; given values override it', () => {
    expect(parseConfigWith('svc', schema, { WORKERS: 'off' }, { WORKERS: 'on', TIMEOUT_MS: '7' })).toEqual({ WORKERS: 'off', TIMEOUT_MS: 7 });
    expect(() => parseConfigWith('svc', schema, { WORKERS: 'off' }, { TIMEOUT_MS: '0' })).toThrow(/TIMEOUT_MS/);
  });

  it('keeps only the schema\'s settings from a larger parsed config, frozen', () => {
    const config = parseConfigWith('svc', schema, { WORKERS: 'on', TIMEOUT_MS: 3, PORT: 4001 } as never);
    expect(config).toEqual({ WORKERS: 'on', TIMEOUT_MS: 3 });
    expect(Object.isFrozen(config)).toBe(true);
  });
});

describe('IDEMPOTENCY_KEY_RETENTION_HOURS', () => {
  const schema = z.object(idempotencyConfigShape);
  it('defaults to 24 hours and takes 1 to 720', () => {
    expect(schema.parse({}).IDEMPOTENCY_KEY_RETENTION_HOURS).toBe(24);
    expect(schema.parse({ IDEMPOTENCY_KEY_RETENTION_HOURS: '720' }).IDEMPOTENCY_KEY_RETENTION_HOURS).toBe(720);
    for (const bad of ['0', '721', '1.5', 'day']) expect(schema.safeParse({ IDEMPOTENCY_KEY_RETENTION_HOURS: bad }).success).toBe(false);
  });
});
