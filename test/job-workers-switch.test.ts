import { ConfigError, isOn } from '@appmarket/core';
import { accountsRuntimeConfigSchema, loadAccountsConfig } from '@appmarket/accounts/src/config';
import { billingSettingsSchema, loadBillingConfig } from '@appmarket/billing/src/config';
import { catalogRuntimeConfigSchema, loadCatalogConfig } from '@appmarket/catalog/src/config';
import { loadTelephonyConfig, telephonyOptionsOf, telephonyRuntimeConfigSchema } from '@appmarket/telephony-loyalty/src/config';
import type { z } from 'zod';

/**
 * Every subgraph's pg-boss workers can be switched off by its own `<NAME>_JOB_WORKERS`, with the
 * same words (on/off/true/false, default on), parsed with the rest of its config at start-up.
 */
const SWITCHES: [string, z.ZodObject, string][] = [
  ['catalog', catalogRuntimeConfigSchema, 'CATALOG_JOB_WORKERS'],
  ['accounts', accountsRuntimeConfigSchema, 'ACCOUNTS_JOB_WORKERS'],
  ['billing', billingSettingsSchema, 'BILLING_JOB_WORKERS'],
  ['telephony-loyalty', telephonyRuntimeConfigSchema, 'TELEPHONY_JOB_WORKERS'],
];
const workersOn = (value: unknown) => (typeof value === 'boolean' ? value : isOn(value as 'on'));

describe.each(SWITCHES)('%s: job workers switch', (_name, schema, variable) => {
  it(`${variable}: on unless switched off, in the shared vocabulary`, () => {
    expect(workersOn(schema.parse({})[variable])).toBe(true);
    for (const [value, on] of [['on', true], ['true', true], ['off', false], ['false', false]] as const) {
      expect(workersOn(schema.parse({ [variable]: value })[variable])).toBe(on);
    }
    expect(schema.safeParse({ [variable]: 'maybe' }).success).toBe(false);
  });
});

describe('the entry points parse the switch with the rest of the config, once, listing every problem', () => {
  const base = { DATABASE_URL: 'postgres://localhost/x', INTERNAL_IDENTITY_PRIVATE_KEY: 'k', INTERNAL_IDENTITY_PUBLIC_KEYS: 'k' };
  it.each([
    ['catalog', () => loadCatalogConfig({ ...base, CATALOG_JOB_WORKERS: 'nope', CATALOG_PORT: 'x' }), 'CATALOG_JOB_WORKERS'],
    ['accounts', () => loadAccountsConfig({ ...base, ACCOUNTS_JOB_WORKERS: 'nope', ACCOUNTS_PORT: 'x' }), 'ACCOUNTS_JOB_WORKERS'],
    ['billing', () => loadBillingConfig({ ...base, BILLING_JOB_WORKERS: 'nope', BILLING_PORT: 'x' }), 'BILLING_JOB_WORKERS'],
    ['telephony-loyalty', () => loadTelephonyConfig({ ...base, TELEPHONY_JOB_WORKERS: 'nope', TELEPHONY_PORT: 'x' }), 'TELEPHONY_JOB_WORKERS'],
  ])('%s', (_name, load, variable) => {
    let error: unknown;
    try {
      load();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems.map((p) => p.split(':')[0])).toEqual(expect.arrayContaining([variable, expect.stringMatching(/_PORT$/)]));
  });

  it('telephony turns its switch into the options its background work reads', () => {
    expect(telephonyOptionsOf(loadTelephonyConfig({ ...base, TELEPHONY_JOB_WORKERS: 'off' })).cardEvents.workers).toBe(false);
  });
});
