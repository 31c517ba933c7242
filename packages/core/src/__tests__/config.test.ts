import { z } from 'zod';
import { ConfigError, databaseUrlSchema, isOn, parseConfig, portSchema, switchSchema } from '../config';

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
