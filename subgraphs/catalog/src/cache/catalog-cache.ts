import type { App } from '../apps/app.entity';
import { AppStatus } from '../apps/app.enums';
import type { Category } from '../categories/category.entity';
import type { StorefrontPage } from '../storefront/storefront-page';
import type { Vendor } from '../vendors/vendor.entity';
import { ReadThroughCache } from './read-through-cache';

/** The tables whose writes reach the caches (the migration's triggers name them the same). */
export type CachedTable = 'apps' | 'vendors' | 'categories' | 'installed_apps';

/**
 * A committed write, as the database trigger announces it (`<table>:<key>,<key>` or `<table>:*`):
 * the keys are app and vendor ids, category slugs, or account ids for `installed_apps`.
 */
export interface CatalogChange {
  table: CachedTable;
  /** Undefined: too many rows to name (or unknown): everything of the table. */
  keys?: readonly string[];
}

export interface CatalogCacheSettings {
  enabled: boolean;
  maxEntries: number;
  ttlMs: number;
  /** TTL of storefront pages sorted by live installs (a backstop: every install invalidates them anyway). */
  popularityTtlMs: number;
}

/** Told of a service's write right after it commits (the cache forgets it at once on this replica). */
export type ChangeListener = (change: CatalogChange) => void;
export const IGNORE_CHANGES: ChangeListener = () => undefined;

export const CACHED_TABLES: readonly CachedTable[] = ['apps', 'vendors', 'categories', 'installed_apps'];

/** Whether an account has installed a HIDDEN app it can still see (LC-3); `{}` wrapper because the cache keeps objects. */
export interface AccountOverlay {
  seesHidden: boolean;
}

/**
 * The catalog's caches of public data (docs/CACHING.md): what every caller may see, so one copy
 * serves all. `accountOverlays` is the one account-keyed cache: a flag per account saying whether
 * the public answer is the account's answer too (no HIDDEN installed app), never another account's.
 */
export class CatalogCache {
  /** PUBLISHED apps' rows by id (others are not kept: drafts change, and are not public). */
  readonly apps: ReadThroughCache<App>;
  readonly vendors: ReadThroughCache<Vendor>;
  /** One entry: every category, in display order. */
  readonly categories: ReadThroughCache<Category[]>;
  /** Storefront pages (ids and cursors) of the public storefront: PUBLISHED apps only. */
  readonly storefrontPages: ReadThroughCache<StorefrontPage>;
  /** Apps per category over PUBLISHED apps (one entry). */
  readonly categoryCounts: ReadThroughCache<Map<string, number>>;
  readonly accountOverlays: ReadThroughCache<AccountOverlay>;

  constructor(readonly settings: CatalogCacheSettings) {
    const base = { maxEntries: settings.maxEntries, ttlMs: settings.ttlMs };
    this.apps = new ReadThroughCache({ name: 'catalog_apps', ...base });
    this.vendors = new ReadThroughCache({ name: 'catalog_vendors', ...base });
    this.categories = new ReadThroughCache({ name: 'catalog_categories', maxEntries: 1, ttlMs: settings.ttlMs });
    this.storefrontPages = new ReadThroughCache({ name: 'catalog_storefront_pages', ...base });
    this.categoryCounts = new ReadThroughCache({ name: 'catalog_category_counts', maxEntries: 1, ttlMs: settings.ttlMs });
    this.accountOverlays = new ReadThroughCache({ name: 'catalog_account_overlays', ...base });
  }

  private all() {
    return [this.apps, this.vendors, this.categories, this.storefrontPages, this.categoryCounts, this.accountOverlays];
  }

  get enabled(): boolean {
    return this.settings.enabled;
  }

  /**
   * Forgets what a committed write changed. Called by the writing service right after its commit
   * (so the same replica reads its own write at once) and by the invalidation listener for every
   * replica's writes, direct SQL included. Applying a change twice is harmless.
   */
  apply(change: CatalogChange): void {
    if (!this.enabled) return;
    switch (change.table) {
      case 'apps':
        // Any app row may enter, leave or move in any list (status, type, price, categories,
        // publication time, live installs): lists and counts go whole, rows by id.
        if (change.keys) this.apps.delete(change.keys);
        else this.apps.clear();
        this.storefrontPages.clear();
        this.categoryCounts.clear();
        // Hiding or showing changes which accounts see a HIDDEN app.
        this.accountOverlays.clear();
        break;
      case 'vendors':
        if (change.keys) this.vendors.delete(change.keys);
        else this.vendors.clear();
        break;
      case 'categories':
        this.categories.clear();
        break;
      case 'installed_apps':
        if (change.keys) this.accountOverlays.delete(change.keys);
        else this.accountOverlays.clear();
        break;
    }
  }

  /**
   * `load` (rows by id, one statement for the batch) behind `cache` when caching is on: hits from
   * memory, the rest in one call. `keep` says which rows are public enough to keep.
   */
  byId<V extends { id: string }>(cache: ReadThroughCache<V>, load: (ids: readonly string[]) => Promise<V[]>, keep?: (row: V) => boolean) {
    if (!this.enabled) return load;
    return async (ids: readonly string[]): Promise<V[]> => {
      const found = await cache.getMany(ids, async (missing) => new Map((await load(missing)).map((row) => [row.id, row])), { keep });
      return [...found.values()];
    };
  }

  /** Everything goes; `live` false: nothing is stored until `setLive(true)` (the channel is lost). */
  setLive(live: boolean): void {
    if (!this.enabled) return;
    for (const cache of this.all()) cache.setLive(live);
  }
}

/** A cache that is off: for the services' defaults and `CATALOG_CACHE=off`. */
export const NO_CACHE = () => new CatalogCache({ enabled: false, maxEntries: 1, ttlMs: 1000, popularityTtlMs: 1000 });

/** Whether an app's row may be kept: PUBLISHED apps are public; a DRAFT's secret and content change. */
export const isPublicApp = (app: App): boolean => app.status === AppStatus.PUBLISHED;

/** The settings from catalog's config. */
export function catalogCacheSettings(config: {
  CATALOG_CACHE: string; CATALOG_CACHE_MAX_ENTRIES: number; CATALOG_CACHE_TTL_SECONDS: number; CATALOG_CACHE_POPULARITY_TTL_SECONDS: number;
}): CatalogCacheSettings {
  return {
    enabled: config.CATALOG_CACHE === 'on' || config.CATALOG_CACHE === 'true',
    maxEntries: config.CATALOG_CACHE_MAX_ENTRIES,
    ttlMs: config.CATALOG_CACHE_TTL_SECONDS * 1000,
    popularityTtlMs: config.CATALOG_CACHE_POPULARITY_TTL_SECONDS * 1000,
  };
}

/** A payload of the trigger's NOTIFY: `<table>:<keys, comma separated>` or `<table>:*`; undefined if not ours. */
export function parseChange(payload: string): CatalogChange | undefined {
  const colon = payload.indexOf(':');
  const table = payload.slice(0, colon) as CachedTable;
  if (colon < 0 || !CACHED_TABLES.includes(table)) return undefined;
  const rest = payload.slice(colon + 1);
  return rest === '*' ? { table } : { table, keys: rest.split(',').filter(Boolean) };
}
