import { ConfigError } from '@appmarket/core';
import { loadAccountsRuntimeConfig } from '../config';
import { freeAppLimitOf } from '../installs/install-rules';
import { classifyResponse, retryScheduleOf } from '../vendor-api/vendor-schedule';
import type { Account } from '../accounts/account.entity';
import { Zone } from '../accounts/account.enums';

const account = (zone: Zone, tariff: string) => ({ zone, tariff }) as Account;

describe('BX-9 configuration', () => {
  it('BX-9: parses the free-app limit per zone and tariff at start-up; unlimited where none is set', () => {
    const config = loadAccountsRuntimeConfig({ ACCOUNTS_FREE_APP_LIMITS: '{"ru":{"FREE":3},"by":{"FREE":1,"BASIC":5}}' });
    expect(freeAppLimitOf(config.ACCOUNTS_FREE_APP_LIMITS, account(Zone.RU, 'FREE'))).toBe(3);
    expect(freeAppLimitOf(config.ACCOUNTS_FREE_APP_LIMITS, account(Zone.BY, 'BASIC'))).toBe(5);
    expect(freeAppLimitOf(config.ACCOUNTS_FREE_APP_LIMITS, account(Zone.KZ, 'FREE'))).toBeNull();
    expect(freeAppLimitOf(config.ACCOUNTS_FREE_APP_LIMITS, account(Zone.RU, 'CORPORATE'))).toBeNull();
  });

  it('BX-9: refuses a malformed limit, listing every problem', () => {
    expect(() => loadAccountsRuntimeConfig({ ACCOUNTS_FREE_APP_LIMITS: '{"mars":{"FREE":3}}', VENDOR_API_TIMEOUT_MS: '0' })).toThrow(ConfigError);
    expect(() => loadAccountsRuntimeConfig({ ACCOUNTS_FREE_APP_LIMITS: 'not json' })).toThrow(/must be JSON/);
  });
});

describe('Vendor API answers and schedules', () => {
  it('SV-2: 200/204 succeed, 4xx and 551 refuse, other 5xx retry', () => {
    expect(classifyResponse(200, { status: 'Activated' })).toEqual({ kind: 'ok', httpStatus: 200, status: 'Activated' });
    expect(classifyResponse(204, null)).toEqual({ kind: 'ok', httpStatus: 204, status: undefined });
    expect(classifyResponse(409, {}).kind).toBe('refused');
    expect(classifyResponse(551, {}).kind).toBe('refused');
    expect(classifyResponse(500, {}).kind).toBe('retry');
    expect(classifyResponse(503, {}).kind).toBe('retry');
  });

  it('SV-2: activation and deactivation every 10 s for 3 min; other events every 5 min for 24 h', () => {
    for (const cause of ['Install', 'Resume', 'Uninstall', 'Suspend'] as const) {
      expect(retryScheduleOf(cause)).toEqual({ intervalMs: 10_000, windowMs: 180_000 });
    }
    for (const cause of ['TariffChanged', 'Autoprolongation', 'PermissionsChanged'] as const) {
      expect(retryScheduleOf(cause)).toEqual({ intervalMs: 300_000, windowMs: 86_400_000 });
    }
  });
});
