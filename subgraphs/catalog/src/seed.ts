import { generateDemoData } from '@appmarket/demo-data';
import type { DataSource } from 'typeorm';
import { App } from './apps/app.entity';
import { AppStatus, AppType } from './apps/app.enums';
import { Vendor } from './vendors/vendor.entity';

/** Seeds vendors and apps once: only when the catalog has no vendors yet. */
export async function seedCatalog(dataSource: DataSource): Promise<string> {
  if ((await dataSource.getRepository(Vendor).count()) > 0) return 'catalog: already seeded';
  const data = generateDemoData();
  await dataSource.transaction(async (tx) => {
    await tx.getRepository(Vendor).insert(data.vendors);
    for (let i = 0; i < data.apps.length; i += 500) {
      await tx.getRepository(App).insert(data.apps.slice(i, i + 500).map((a) => ({ ...a, type: a.type as AppType, status: a.status as AppStatus, updatedAt: a.createdAt })));
    }
  });
  return `catalog: ${data.vendors.length} vendors, ${data.apps.length} apps`;
}
