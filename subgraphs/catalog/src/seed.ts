import { stableUuid } from '@appmarket/core';
import { generateDemoData, type DemoApp } from '@appmarket/demo-data';
import type { DataSource, EntityManager } from 'typeorm';
import { App } from './apps/app.entity';
import { AppStatus, AppType } from './apps/app.enums';
import { AppDescriptor } from './descriptors/descriptor.entity';
import { AccessScope, PermissionOperation } from './descriptors/descriptor.types';
import { InstalledApp } from './installs/installed-app.entity';
import { AppTransition } from './lifecycle/transition.entity';
import { AppPricingChange } from './pricing/pricing-change.entity';
import { Vendor } from './vendors/vendor.entity';

const HOUR = 3600_000;
const V2 = 'https://apps-api.moysklad.ru/xml/ns/appstore/app/v2';

/**
 * Seeds vendors and apps once (only when the catalog has no vendors yet), with each app's
 * lifecycle and pricing history, a random secret key (the column default), a descriptor for the types that have one, and the projection of
 * the demo installs (the same generator tells accounts which installs to seed).
 */
export async function seedCatalog(dataSource: DataSource): Promise<string> {
  if ((await dataSource.getRepository(Vendor).count()) > 0) return 'catalog: already seeded';
  const data = generateDemoData();
  await dataSource.transaction(async (tx) => {
    await tx.getRepository(Vendor).insert(data.vendors);
    for (let i = 0; i < data.apps.length; i += 200) {
      const chunk = data.apps.slice(i, i + 200);
      await tx.getRepository(App).insert(chunk.map((a) => ({
        ...a, type: a.type as AppType, status: a.status as AppStatus, updatedAt: a.publishedAt ?? a.createdAt,
      })));
      await tx.getRepository(AppTransition).insert(chunk.flatMap(transitionsOf));
      await tx.getRepository(AppPricingChange).insert(chunk.flatMap(pricingOf));
      const descriptors = chunk.map(descriptorOf).filter((d): d is AppDescriptor => d !== null);
      if (descriptors.length > 0) await tx.getRepository(AppDescriptor).insert(descriptors);
    }
    await seedInstalls(tx, data.installs.map((i) => ({ accountId: i.accountId, appId: i.appId, at: i.installedAt, installId: i.id })));
  });
  return `catalog: ${data.vendors.length} vendors, ${data.apps.length} apps`;
}

async function seedInstalls(tx: EntityManager, installs: { accountId: string; appId: string; at: Date; installId: string }[]) {
  const rows: InstalledApp[] = installs.map((i) => ({
    accountId: i.accountId, appId: i.appId, installed: true, version: `${i.at.toISOString()} ${i.installId}`, updatedAt: i.at,
  }));
  for (let i = 0; i < rows.length; i += 500) await tx.getRepository(InstalledApp).insert(rows.slice(i, i + 500));
}

/** LC-2: created as DRAFT, submitted, published; some hidden later; one in five was returned once. */
function transitionsOf(app: DemoApp): Partial<AppTransition>[] {
  const vendor = { actorKind: 'vendor' as const, actorId: app.vendorId };
  const moderator = { actorKind: 'moderator' as const, actorId: 'moderator-demo' };
  const at = (hours: number) => new Date(app.createdAt.getTime() + hours * HOUR);
  const steps: Partial<AppTransition>[] = [{ appId: app.id, fromStatus: null, toStatus: AppStatus.DRAFT, reason: null, at: at(0), ...vendor }];
  if (app.status === 'DRAFT') return steps;
  steps.push({ appId: app.id, fromStatus: AppStatus.DRAFT, toStatus: AppStatus.READY, reason: null, at: at(1), ...vendor });
  if (app.status === 'READY') return steps;
  steps.push({ appId: app.id, fromStatus: AppStatus.READY, toStatus: AppStatus.PUBLISHED, reason: null, at: at(3), ...moderator });
  if (app.status === 'HIDDEN') steps.push({ appId: app.id, fromStatus: AppStatus.PUBLISHED, toStatus: AppStatus.HIDDEN, reason: 'Приложение больше не поддерживается', at: at(5), ...moderator });
  return steps;
}

/** The price as created; for every fifth paid published app, an older lower price changed by a moderator. */
function pricingOf(app: DemoApp): Partial<AppPricingChange>[] {
  const created = { appId: app.id, effectiveAt: app.createdAt, actorKind: 'vendor' as const, actorId: app.vendorId, reason: 'created' };
  const n = Number.parseInt(app.alias.replace('app-', ''), 10);
  if (app.priceKopecks !== null && app.priceKopecks > 50_000 && app.status === 'PUBLISHED' && n % 5 === 1) {
    return [
      { ...created, priceKopecks: app.priceKopecks - 50_000, trialDays: app.trialDays },
      { ...created, priceKopecks: app.priceKopecks, trialDays: app.trialDays, effectiveAt: new Date(app.createdAt.getTime() + 4 * HOUR), actorKind: 'moderator' as const, actorId: 'moderator-demo', reason: 'Новая цена' },
    ];
  }
  return [{ ...created, priceKopecks: app.priceKopecks, trialDays: app.trialDays }];
}

function descriptorOf(app: DemoApp): AppDescriptor | null {
  const base = { id: stableUuid(`descriptor:${app.id}:1`), appId: app.id, version: 1, uploadedBy: app.vendorId, createdAt: app.createdAt, access: null, vendorApi: null };
  const endpoint = `https://${app.alias}.vendor.example.com`;
  if (app.type === 'SERVER') {
    const vendorApi = { endpointBase: endpoint, additionalEvents: [] };
    const access = { scope: AccessScope.CUSTOM, flags: ['viewDashboard'], permissions: [
      { entity: 'phonecall', operations: [PermissionOperation.VIEW] },
      { entity: 'employee', operations: [PermissionOperation.VIEW] },
    ] };
    const xml = `<ServerApplication xmlns="${V2}"><vendorApi><endpointBase>${endpoint}</endpointBase></vendorApi>` +
      `<access><resource>https://api.moysklad.ru/api/remap/1.2</resource><scope>custom</scope><permissions><viewDashboard/>` +
      `<phonecall><view/></phonecall><employee><view/></employee></permissions></access>` +
      `<iframes><iframe type="main" sourceUrl="${endpoint}/main"/></iframes></ServerApplication>`;
    return { ...base, xml, vendorApi, access };
  }
  if (app.type === 'IFRAME') return { ...base, xml: `<ServerApplication xmlns="${V2}"><iframes><iframe type="main" sourceUrl="${endpoint}/main"/></iframes></ServerApplication>` };
  if (app.type === 'LOYALTY') return { ...base, xml: `<ServerApplication xmlns="${V2}"><loyaltyApi/></ServerApplication>` };
  return null;
}
