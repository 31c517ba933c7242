import { catalogSubgraph } from '@appmarket/catalog';
import { StorefrontService } from '@appmarket/catalog/src/storefront/storefront.service';
import { migrateSubgraph, type ScratchDatabase } from '@appmarket/db';
import { createTestDatabase } from '@appmarket/db/src/testing';
import { generateDemoData } from '@appmarket/demo-data';
import type { DataSource } from 'typeorm';

/** The demo catalog `npm start` seeds: realistic, bilingual, every variant, with its histories. */
describe('catalog: demo seed', () => {
  let database: ScratchDatabase;
  let ds: DataSource;
  beforeAll(async () => {
    database = await createTestDatabase();
    ds = catalogSubgraph.createDataSource(database.url, 2);
    await migrateSubgraph(ds, 'catalog');
    await catalogSubgraph.seedDemoData(ds);
  });
  afterAll(async () => {
    await ds?.destroy();
    await database?.drop();
  });

  it('seeds at least 200 apps with names and descriptions in both languages, categories and icons', async () => {
    const [row] = await ds.query(`SELECT count(*)::int AS n,
      count(*) FILTER (WHERE name_en = '' OR short_description_ru = '' OR short_description_en = '' OR description = '' OR description_en = '' OR icon_url IS NULL OR cardinality(categories) = 0)::int AS incomplete
      FROM apps`);
    expect(row.n).toBeGreaterThanOrEqual(200);
    expect(row.incomplete).toBe(0);
  });

  it('covers every type, status, price and trial variant', async () => {
    const variants: { type: string; status: string; paid: boolean; trial: boolean }[] = await ds.query(
      `SELECT DISTINCT type::text, status::text, price_kopecks IS NOT NULL AS paid, trial_days IS NOT NULL AS trial FROM apps`);
    const has = (f: (v: (typeof variants)[number]) => boolean) => variants.some(f);
    for (const type of ['TELEPHONY', 'IFRAME', 'SERVER', 'LOYALTY']) expect(has((v) => v.type === type)).toBe(true);
    for (const status of ['DRAFT', 'READY', 'PUBLISHED', 'HIDDEN']) expect(has((v) => v.status === status)).toBe(true);
    expect(has((v) => !v.paid)).toBe(true);
    expect(has((v) => v.paid && v.trial)).toBe(true);
    expect(has((v) => v.paid && !v.trial)).toBe(true);
  });

  it('records each app’s transitions, pricing history and descriptors, and the demo installs in the projection', async () => {
    const [counts] = await ds.query(`SELECT
      (SELECT count(*)::int FROM apps a WHERE NOT EXISTS (SELECT 1 FROM app_transitions t WHERE t.app_id = a.id AND t.to_status = a.status)) AS without_transition,
      (SELECT count(*)::int FROM apps a WHERE NOT EXISTS (SELECT 1 FROM app_pricing_history h WHERE h.app_id = a.id)) AS without_pricing,
      (SELECT count(*)::int FROM apps a WHERE a.type = 'SERVER' AND NOT EXISTS (SELECT 1 FROM app_descriptors d WHERE d.app_id = a.id AND d.vendor_api IS NOT NULL)) AS server_without_descriptor,
      (SELECT count(*)::int FROM installed_apps WHERE installed) AS installed`);
    expect(counts).toEqual({ without_transition: 0, without_pricing: 0, server_without_descriptor: 0, installed: generateDemoData().installs.length });
  });

  it('serves a storefront over the demo data, and seeding again does nothing', async () => {
    const account = generateDemoData().accounts[0]!.id;
    const page = await new StorefrontService(ds).page({ accountId: account, search: 'интеграция озон', first: 5 });
    expect(page.ids.length).toBeGreaterThan(0);
    expect(await catalogSubgraph.seedDemoData(ds)).toBe('catalog: already seeded');
  });
});
