import { type Clock, DomainError, Refusals } from '@appmarket/core';
import type { DataSource, Repository } from 'typeorm';
import type { AccountOverlays } from '../cache/account-overlays';
import { NO_ACCOUNT, VISIBLE_TO_ACCOUNT } from '../storefront/storefront.service';
import { IGNORE_CHANGES, NO_CACHE, type CatalogCache, type ChangeListener } from '../cache/catalog-cache';
import { Category } from './category.entity';

export const CATEGORY_SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;
/** The vocabulary stays a short list a storefront shows whole (hence no pagination). */
export const MAX_CATEGORIES = 200;

/** Categories: a controlled vocabulary apps name by slug; unknown slugs are refused at the edge of the catalog. */
export class CategoryService {
  private readonly categories: Repository<Category>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly changed: ChangeListener = IGNORE_CHANGES,
    private readonly cache: CatalogCache = NO_CACHE(),
    private readonly overlays?: AccountOverlays,
  ) {
    this.categories = dataSource.getRepository(Category);
  }

  /** Every category in display order (kept whole in the cache when it is on: at most 200 short rows). */
  async list(): Promise<Category[]> {
    const load = () => this.categories.find({ order: { position: 'ASC', slug: 'ASC' }, take: MAX_CATEGORIES });
    if (!this.cache.enabled) return load();
    return (await this.cache.categories.get('all', load))!;
  }

  /** Categories by slug, for the per-request loader: from the cached list when the cache is on. */
  async bySlugs(slugs: readonly string[]): Promise<Category[]> {
    if (!this.cache.enabled) return this.findBySlugs(slugs);
    const wanted = new Set(slugs);
    return (await this.list()).filter((c) => wanted.has(c.slug));
  }

  findBySlugs(slugs: readonly string[]): Promise<Category[]> {
    return this.categories.createQueryBuilder('c').where('c.slug = ANY(:slugs)', { slugs: [...slugs] }).getMany();
  }

  /** Apps per category the caller can see (LC-3 for an account), every category in one statement. */
  async appCounts(accountId: string | null): Promise<Map<string, number>> {
    if (this.cache.enabled && this.overlays && (accountId === null || (await this.overlays.seesOnlyPublic(accountId)))) {
      return (await this.cache.categoryCounts.get('public', () => this.countsFromDb(null)))!;
    }
    return this.countsFromDb(accountId);
  }

  private async countsFromDb(accountId: string | null): Promise<Map<string, number>> {
    const rows: { slug: string; count: string }[] = await this.dataSource.query(
      `SELECT c AS slug, count(DISTINCT a.id) AS count
         FROM apps a, unnest(array_append(a.categories, a.category)) AS c
        WHERE ${VISIBLE_TO_ACCOUNT} GROUP BY c`,
      [accountId ?? NO_ACCOUNT],
    );
    return new Map(rows.map((r) => [r.slug, Number(r.count)]));
  }

  /** Refuses (UNKNOWN_CATEGORY, nothing written) an app naming a category the vocabulary does not have. */
  async assertKnown(slugs: readonly string[]): Promise<void> {
    const wanted = [...new Set(slugs)];
    if (wanted.length === 0) return;
    const known = new Set((await this.findBySlugs(wanted)).map((c) => c.slug));
    const unknown = wanted.filter((s) => !known.has(s));
    if (unknown.length) {
      throw new DomainError('UNKNOWN_CATEGORY', `unknown categories: ${unknown.join(', ')} (the categories query lists them)`, { field: 'categories', unknown });
    }
  }

  /** A moderator adds a category; the slug never changes. */
  async create(slug: string, name: string, nameEn: string): Promise<Category> {
    const refusals = new Refusals();
    refusals.check(() => {
      if (!CATEGORY_SLUG.test(slug)) throw new DomainError('INVALID_CATEGORY', `slug must match ${CATEGORY_SLUG}, but got: ${slug}`, { field: 'slug' });
    });
    for (const [field, value] of [['name', name], ['nameEn', nameEn]] as const) {
      refusals.check(() => {
        if (value.trim().length < 1 || value.length > 100) throw new DomainError('INVALID_CATEGORY', `${field} is 1 to 100 characters`, { field });
      });
    }
    refusals.throwIfAny();
    const created = await this.dataSource.transaction(async (tx) => {
      // Serialises creators so the MAX_CATEGORIES check holds under concurrency.
      await tx.query('LOCK TABLE categories IN SHARE ROW EXCLUSIVE MODE');
      const count = await tx.getRepository(Category).count();
      if (count >= MAX_CATEGORIES) throw new DomainError('INVALID_CATEGORY', `there are at most ${MAX_CATEGORIES} categories`, { field: 'slug' });
      const inserted: unknown[] = await tx.query(
        'INSERT INTO categories (slug, name_ru, name_en, position, created_at) VALUES ($1, $2, $3, 100, $4) ON CONFLICT (slug) DO NOTHING RETURNING slug',
        [slug, name.trim(), nameEn.trim(), this.clock.now()],
      );
      if (inserted.length === 0) throw new DomainError('CATEGORY_SLUG_TAKEN', `a category ${slug} exists`, { field: 'slug' });
      return tx.getRepository(Category).findOneByOrFail({ slug });
    });
    this.changed({ table: 'categories', keys: [slug] });
    return created;
  }
}
