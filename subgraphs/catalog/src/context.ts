import type { Clock } from '@appmarket/core';
import { loaderByKey, type BaseContext } from '@appmarket/federation';
import type { DataSource } from 'typeorm';
import { AppService } from './apps/app.service';
import { VendorService } from './vendors/vendor.service';

/** Long-lived services, built once per process. */
export function createCatalogServices(dataSource: DataSource, clock: Clock) {
  return { apps: new AppService(dataSource), vendors: new VendorService(dataSource), clock };
}
export type CatalogServices = ReturnType<typeof createCatalogServices>;

/** Per-request DataLoaders: a request never shares a cache with another. */
function createLoaders(services: CatalogServices) {
  return {
    appById: loaderByKey((ids: readonly string[]) => services.apps.findByIds(ids), (a) => a.id),
    vendorById: loaderByKey((ids: readonly string[]) => services.vendors.findByIds(ids), (v) => v.id),
  };
}

export interface CatalogContext extends BaseContext {
  services: CatalogServices;
  loaders: ReturnType<typeof createLoaders>;
}

export function createCatalogContext(services: CatalogServices) {
  return (base: BaseContext): CatalogContext => ({ ...base, services, loaders: createLoaders(services) });
}
