import type { Clock } from '@appmarket/core';
import type { BaseContext, Connection } from '@appmarket/federation';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Call } from './calls/call.entity';
import { CallService } from './calls/call.service';

export function createTelephonyServices(dataSource: DataSource, clock: Clock) {
  return { calls: new CallService(dataSource), clock };
}
export type TelephonyServices = ReturnType<typeof createTelephonyServices>;

/** First pages of calls, batched per page size: accounts asking for the same size share one statement. */
function firstCallPagesLoader(s: TelephonyServices) {
  return new DataLoader<{ accountId: string; size: number }, Connection<Call>, string>(
    async (keys) => {
      const sizes = [...new Set(keys.map((k) => k.size))];
      const pages = new Map<string, Connection<Call>>();
      for (const size of sizes) {
        const ids = keys.filter((k) => k.size === size).map((k) => k.accountId);
        for (const [accountId, page] of await s.calls.firstPages(ids, size)) pages.set(`${accountId}:${size}`, page);
      }
      return keys.map((k) => pages.get(`${k.accountId}:${k.size}`)!);
    },
    { cacheKeyFn: (k) => `${k.accountId}:${k.size}` },
  );
}

function createLoaders(s: TelephonyServices) {
  return { firstCallPages: firstCallPagesLoader(s) };
}

export interface TelephonyContext extends BaseContext {
  services: TelephonyServices;
  loaders: ReturnType<typeof createLoaders>;
}

export function createTelephonyContext(services: TelephonyServices) {
  return (base: BaseContext): TelephonyContext => ({ ...base, services, loaders: createLoaders(services) });
}
