import { randomBytes, randomUUID } from 'node:crypto';
import { type Clock, DomainError, Refusals } from '@appmarket/core';
import { EntityReader, type IdempotencyKeys } from '@appmarket/db';
import { checkOutboundUrl, EgressError, STRICT_EGRESS, type EgressPolicy } from '@appmarket/egress';
import { type DataSource, QueryFailedError, type Repository } from 'typeorm';
import type { Actor } from '../access/caller';
import { IGNORE_CHANGES, type ChangeListener } from '../cache/catalog-cache';
import { AppTransition } from '../lifecycle/transition.entity';
import { CategoryService } from '../categories/category.service';
import { AppPricingChange } from '../pricing/pricing-change.entity';
import { App } from './app.entity';
import { AppStatus, type AppType } from './app.enums';
import { ALIAS_PATTERN, checkPricingValues, lockAppFor } from './app.rules';

export interface AppContent {
  /** Russian, the default locale (the plain field, docs/API.md). */
  name?: string;
  nameEn?: string;
  shortDescription?: string;
  shortDescriptionEn?: string;
  description?: string;
  descriptionEn?: string;
  categories?: string[];
  iconUrl?: string | null;
  screenshotUrls?: string[];
}

export interface NewApp extends AppContent {
  alias: string;
  type: AppType;
  name: string;
  categories: string[];
  priceKopecks?: number | null;
  trialDays?: number | null;
}

/** Reads and rules for apps; resolvers stay thin and call this. */
export class AppService {
  private readonly apps: Repository<App>;
  /** The hot read (every app a page or an entity fetch misses in the cache): App rows without the query builder. */
  private readonly appRows: EntityReader<App>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly idempotency: IdempotencyKeys,
    private readonly egress: EgressPolicy = STRICT_EGRESS,
    private readonly changed: ChangeListener = IGNORE_CHANGES,
    private readonly categories = new CategoryService(dataSource, clock),
  ) {
    this.apps = dataSource.getRepository(App);
    this.appRows = new EntityReader(dataSource, App);
  }

  /** Apps by id, for a DataLoader batch: one statement for any number of ids. */
  findByIds(ids: readonly string[]): Promise<App[]> {
    return this.appRows.where('t.id = ANY($1)', [ids]);
  }

  /**
   * LC-2: a vendor creates its app as DRAFT; the secret key is returned here, once. With
   * `idempotencyKey`, a repeat by the vendor answers the app it made and its current secret key
   * (instead of APP_ALIAS_TAKEN).
   */
  async create(actor: Actor & { kind: 'vendor' }, input: NewApp, idempotencyKey?: string | null): Promise<{ app: App; secretKey: string }> {
    const priceKopecks = input.priceKopecks ?? null;
    const trialDays = input.trialDays ?? null;
    // Every problem of the form at once (issue 19, item 2), before anything is written.
    const refusals = new Refusals();
    refusals.check(() => {
      if (!ALIAS_PATTERN.test(input.alias) || input.alias.length > 64) {
        throw new DomainError('INVALID_APP_ALIAS', `alias must match ${ALIAS_PATTERN}, but got: ${input.alias}`, { field: 'alias', alias: input.alias });
      }
    });
    refusals.check(() => checkAppUrls(input, this.egress));
    await refusals.checkAsync(() => this.categories.assertKnown(input.categories));
    refusals.check(() => checkPricingValues(priceKopecks, trialDays));
    refusals.throwIfAny();
    const now = this.clock.now();
    const secretKey = newSecretKey();
    const app = this.apps.create({
      id: randomUUID(), vendorId: actor.vendorId, alias: input.alias, type: input.type, status: AppStatus.DRAFT,
      name: input.name, nameEn: input.nameEn ?? '', shortDescriptionRu: input.shortDescription ?? '',
      shortDescriptionEn: input.shortDescriptionEn ?? '', description: input.description ?? '', descriptionEn: input.descriptionEn ?? '',
      category: input.categories[0] ?? 'other', categories: input.categories, iconUrl: input.iconUrl ?? null,
      screenshotUrls: input.screenshotUrls ?? [],
      priceKopecks, trialDays, secretKey, publishedAt: null, createdAt: now, updatedAt: now,
    });
    const request = { scope: `vendor:${actor.vendorId}`, key: idempotencyKey, operation: 'createApp', input };
    try {
      return await this.idempotency.transaction(request, {
        run: async (tx) => {
          await tx.getRepository(App).insert(app);
          await tx.getRepository(AppTransition).insert({ appId: app.id, fromStatus: null, toStatus: AppStatus.DRAFT, actorKind: actor.kind, actorId: actor.id, reason: null, at: now });
          await tx.getRepository(AppPricingChange).insert({ appId: app.id, priceKopecks, trialDays, effectiveAt: now, actorKind: actor.kind, actorId: actor.id, reason: 'created' });
          return { app, secretKey };
        },
        keep: (made) => ({ appId: made.app.id }),
        // The secret key is stored (installs are signed with it): the repeat shows the current one.
        replay: async (kept) => {
          const made = await this.apps.findOneByOrFail({ id: (kept as { appId: string }).appId });
          return { app: made, secretKey: made.secretKey };
        },
      });
    } catch (error) {
      if (error instanceof QueryFailedError && /apps_vendor_alias_unique/.test(error.message)) {
        throw new DomainError('APP_ALIAS_TAKEN', `the vendor already has an app with the alias ${input.alias}`, { field: 'alias', alias: input.alias });
      }
      throw error;
    }
  }

  /** A vendor edits its app's content while it is DRAFT (LC-2); a moderator at any time. The alias never changes. */
  async update(actor: Actor, appId: string, content: AppContent): Promise<App> {
    const refusals = new Refusals();
    refusals.check(() => checkAppUrls(content, this.egress));
    if (content.categories !== undefined) await refusals.checkAsync(() => this.categories.assertKnown(content.categories!));
    refusals.throwIfAny();
    const updated = await this.dataSource.transaction(async (tx) => {
      const app = await lockAppFor(tx, actor, appId);
      if (actor.kind === 'vendor' && app.status !== AppStatus.DRAFT) {
        throw new DomainError('APP_NOT_EDITABLE', `a vendor edits an app only while it is DRAFT; it is ${app.status}`, { status: app.status });
      }
      const changes: Partial<App> = {
        ...(content.name !== undefined && { name: content.name }),
        ...(content.nameEn !== undefined && { nameEn: content.nameEn }),
        ...(content.shortDescription !== undefined && { shortDescriptionRu: content.shortDescription }),
        ...(content.shortDescriptionEn !== undefined && { shortDescriptionEn: content.shortDescriptionEn }),
        ...(content.description !== undefined && { description: content.description }),
        ...(content.descriptionEn !== undefined && { descriptionEn: content.descriptionEn }),
        ...(content.categories !== undefined && { categories: content.categories, category: content.categories[0] ?? app.category }),
        ...(content.iconUrl !== undefined && { iconUrl: content.iconUrl }),
        ...(content.screenshotUrls != null && { screenshotUrls: content.screenshotUrls }),
        updatedAt: this.clock.now(),
      };
      await tx.getRepository(App).update({ id: app.id }, changes);
      return Object.assign(app, changes);
    });
    this.changed({ table: 'apps', keys: [appId] });
    return updated;
  }

  /** A new secret key, shown once; only while the app is DRAFT (installs verify with the current one). */
  async regenerateSecret(actor: Actor, appId: string): Promise<string> {
    return this.dataSource.transaction(async (tx) => {
      const app = await lockAppFor(tx, actor, appId);
      if (app.status !== AppStatus.DRAFT) {
        throw new DomainError('SECRET_REGENERATION_NOT_ALLOWED', `the secret key is regenerated only while DRAFT; the app is ${app.status}`, { status: app.status });
      }
      const secretKey = newSecretKey();
      await tx.getRepository(App).update({ id: app.id }, { secretKey, updatedAt: this.clock.now() });
      return secretKey;
    });
  }
}

function newSecretKey(): string {
  return randomBytes(32).toString('hex');
}

/**
 * URL fields of an app's content (`iconUrl`): shown to every storefront visitor and possibly
 * fetched by our servers, so they pass the outbound check (https, public host, at most 2048
 * characters; docs/vendor-api.md, "Outbound calls"). Null clears the field.
 */
/** The most screenshots a card shows. */
export const MAX_SCREENSHOTS = 10;

function checkAppUrls(content: AppContent, egress: EgressPolicy): void {
  if (content.screenshotUrls && content.screenshotUrls.length > MAX_SCREENSHOTS) {
    throw new DomainError('BAD_USER_INPUT', `at most ${MAX_SCREENSHOTS} screenshots, but got: ${content.screenshotUrls.length}`, { field: 'screenshotUrls' });
  }
  const urls: [string, string][] = [
    ...(content.iconUrl != null ? [['iconUrl', content.iconUrl] as [string, string]] : []),
    ...(content.screenshotUrls ?? []).map((url, i): [string, string] => [`screenshotUrls.${i}`, url]),
  ];
  // Each URL is its own field of the form: every refused one is named.
  const refusals = new Refusals();
  for (const [field, url] of urls) {
    refusals.check(() => {
      if (url.length > 500) throw new DomainError('APP_URL_INVALID', `${field} is at most 500 characters`, { field, reason: 'TOO_LONG' });
      try {
        checkOutboundUrl(url, egress, field);
      } catch (error) {
        if (!(error instanceof EgressError)) throw error;
        throw new DomainError('APP_URL_INVALID', error.message, { field, reason: error.code });
      }
    });
  }
  refusals.throwIfAny();
}
