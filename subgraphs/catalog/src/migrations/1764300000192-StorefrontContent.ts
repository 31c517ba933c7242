import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The marketplace's categories (issue 19: a controlled vocabulary, once free text). */
const CATEGORIES: [slug: string, ru: string, en: string][] = [
  ['crm', 'CRM', 'CRM'], ['telephony', 'Телефония', 'Telephony'], ['marketing', 'Маркетинг', 'Marketing'],
  ['analytics', 'Аналитика', 'Analytics'], ['loyalty', 'Лояльность', 'Loyalty'], ['marketplaces', 'Маркетплейсы', 'Marketplaces'],
  ['ecommerce', 'Интернет-магазины', 'E-commerce'], ['finance', 'Финансы', 'Finance'], ['compliance', 'Маркировка и законы', 'Compliance'],
  ['warehouse', 'Склад', 'Warehouse'], ['delivery', 'Доставка', 'Delivery'], ['documents', 'Документы', 'Documents'],
  ['hr', 'Сотрудники', 'HR'], ['retail', 'Розница', 'Retail'], ['production', 'Производство', 'Production'],
  ['integrations', 'Интеграции', 'Integrations'], ['other', 'Другое', 'Other'],
];

/**
 * Categories become a controlled vocabulary (apps name them by slug, the catalog refuses unknown
 * ones); every category an app already names is kept (named by its slug until a moderator renames
 * it). Screenshots on apps; a vendor's public profile.
 */
export class StorefrontContent1764300000192 implements MigrationInterface {
  name = 'StorefrontContent1764300000192';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE categories (
        slug varchar(64) PRIMARY KEY,
        name_ru varchar(100) NOT NULL,
        name_en varchar(100) NOT NULL,
        position smallint NOT NULL DEFAULT 100,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    for (const [i, [slug, ru, en]] of CATEGORIES.entries()) {
      await q.query('INSERT INTO categories (slug, name_ru, name_en, position) VALUES ($1, $2, $3, $4)', [slug, ru, en, i]);
    }
    await q.query(`
      INSERT INTO categories (slug, name_ru, name_en)
      SELECT DISTINCT c, c, c FROM apps, unnest(array_append(categories, category)) AS c
      ON CONFLICT (slug) DO NOTHING`);
    await q.query(`ALTER TABLE apps ADD COLUMN screenshot_urls varchar(500)[] NOT NULL DEFAULT '{}'`);
    await q.query(`
      ALTER TABLE vendors
        ADD COLUMN description text NOT NULL DEFAULT '',
        ADD COLUMN website_url varchar(500),
        ADD COLUMN support_email varchar(320),
        ADD COLUMN support_phone varchar(32),
        ADD COLUMN logo_url varchar(500)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE vendors DROP COLUMN description, DROP COLUMN website_url, DROP COLUMN support_email, DROP COLUMN support_phone, DROP COLUMN logo_url');
    await q.query('ALTER TABLE apps DROP COLUMN screenshot_urls');
    await q.query('DROP TABLE categories');
  }
}
