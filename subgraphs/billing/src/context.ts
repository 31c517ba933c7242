import type { Clock } from '@appmarket/core';
import { loaderByKey, type BaseContext } from '@appmarket/federation';
import type { DataSource } from 'typeorm';
import { InstallBillingService } from './installs/install-billing.service';
import { PaidAppOptionsService } from './subscriptions/paid-app-options.service';

export function createBillingServices(dataSource: DataSource, clock: Clock) {
  return {
    installBillings: new InstallBillingService(dataSource),
    paidAppOptions: new PaidAppOptionsService(dataSource, clock),
    clock,
  };
}
export type BillingServices = ReturnType<typeof createBillingServices>;

function createLoaders(s: BillingServices) {
  return {
    billingByInstallId: loaderByKey((ids: readonly string[]) => s.installBillings.findByInstallIds(ids), (b) => b.installId),
    paidAppOptionsByAccountId: loaderByKey((ids: readonly string[]) => s.paidAppOptions.findByAccountIds(ids), (o) => o.accountId),
  };
}

export interface BillingContext extends BaseContext {
  services: BillingServices;
  loaders: ReturnType<typeof createLoaders>;
}

export function createBillingContext(services: BillingServices) {
  return (base: BaseContext): BillingContext => ({ ...base, services, loaders: createLoaders(services) });
}
