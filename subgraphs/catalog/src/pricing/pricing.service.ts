import { type Clock, DomainError, Refusals } from '@appmarket/core';
import type { DataSource } from 'typeorm';
import type { Actor } from '../access/caller';
import { IGNORE_CHANGES, type ChangeListener } from '../cache/catalog-cache';
import { App } from '../apps/app.entity';
import { AppStatus } from '../apps/app.enums';
import { checkPricingValues, lockAppFor } from '../apps/app.rules';
import { CatalogQueues, type CatalogJobQueue, type PriceChangeJob } from '../jobs/catalog-jobs';
import { AppPricingChange, type AppPricing } from './pricing-change.entity';

export interface PricingInput {
  priceKopecks: number | null;
  trialDays: number | null;
  reason?: string | null;
}


/** PR-1, PR-2, TR-1, TR-6, PC-1..PC-3: who changes price and trial, and the history of both. */
export class PricingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly jobs: () => CatalogJobQueue,
    private readonly changed: ChangeListener = IGNORE_CHANGES,
  ) {}

  async change(actor: Actor, appId: string, input: PricingInput): Promise<App> {
    const repriced = await this.dataSource.transaction(async (tx) => {
      const app = await lockAppFor(tx, actor, appId, 'appId');
      const { priceKopecks, trialDays } = input;
      checkPricingValues(priceKopecks, trialDays);
      const priceChanged = priceKopecks !== app.priceKopecks;
      const trialChanged = trialDays !== app.trialDays;
      // PC-1: free → paid, paid → free, a new price (and trial changes); nothing else.
      if (!priceChanged && !trialChanged) throw new DomainError('PRICING_UNCHANGED', 'price and trial are already so', {});
      const published = app.status === AppStatus.PUBLISHED || app.status === AppStatus.HIDDEN;
      // Who may change price and trial, each named at its field (issue 19, item 2: both at once).
      const refusals = new Refusals();
      if (priceChanged) {
        // PC-2: the vendor before publication, a moderator after.
        refusals.check(() => {
          if (published && actor.kind !== 'moderator') throw new DomainError('PRICE_CHANGE_REQUIRES_MODERATOR', 'a published app’s price is changed by a moderator', { field: 'priceKopecks' });
          if (!published && actor.kind !== 'vendor') throw new DomainError('PRICE_CHANGE_REQUIRES_VENDOR', 'an unpublished app’s price is changed by its vendor', { field: 'priceKopecks' });
        });
      }
      if (trialChanged) {
        // TR-6: the same split for the trial.
        refusals.check(() => {
          if (published && actor.kind !== 'moderator') throw new DomainError('TRIAL_CHANGE_REQUIRES_MODERATOR', 'after publication only a moderator changes the trial', { field: 'trialDays' });
          if (!published && actor.kind !== 'vendor') throw new DomainError('TRIAL_CHANGE_REQUIRES_VENDOR', 'before publication the vendor sets the trial', { field: 'trialDays' });
        });
      }
      refusals.throwIfAny();
      if (app.status === AppStatus.HIDDEN && priceKopecks !== null) {
        throw new DomainError('HIDDEN_APP_MUST_STAY_FREE', 'a hidden app is free (LC-4)', { field: 'priceKopecks' });
      }
      // PC-3: current users of a published free app get 7 to 14 days before they must pay.
      if (published && app.priceKopecks === null && priceKopecks !== null && (trialDays === null || trialDays < 7)) {
        throw new DomainError('PAID_CONVERSION_REQUIRES_TRIAL', 'making a published free app paid requires a trial of 7 to 14 days', { field: 'trialDays', trialDays });
      }
      const now = this.clock.now();
      await tx.getRepository(App).update({ id: app.id }, { priceKopecks, trialDays, updatedAt: now });
      const inserted = await tx.getRepository(AppPricingChange).insert({
        appId: app.id, priceKopecks, trialDays, effectiveAt: now, actorKind: actor.kind, actorId: actor.id, reason: input.reason?.trim() || null,
      });
      if (published && priceChanged) {
        // PC-1..PC-3 reach existing installs through billing; the job exists exactly when the change does.
        const job: PriceChangeJob = { changeId: String(inserted.identifiers[0]!.id), appId: app.id, priceKopecks, trialDays };
        await this.jobs().send(CatalogQueues.billingPriceChange, job, { manager: tx });
      }
      return Object.assign(app, { priceKopecks, trialDays, updatedAt: now });
    });
    this.changed({ table: 'apps', keys: [appId] });
    return repriced;
  }

  /** Pricing histories of many apps, oldest first (DataLoader batch). */
  historyOf(appIds: readonly string[]): Promise<AppPricingChange[]> {
    return this.dataSource.getRepository(AppPricingChange).createQueryBuilder('h')
      .where('h.app_id = ANY(:appIds)', { appIds: [...appIds] }).orderBy('h.effective_at', 'ASC').addOrderBy('h.id', 'ASC').getMany();
  }

  /**
   * The price and trial each (app, moment) had, in one statement for the whole batch: the last
   * change effective at or before the moment; before the first change, the first; with no
   * history at all (rows written before history existed), the app's current values.
   */
  async pricingAt(keys: readonly { appId: string; at: Date }[]): Promise<AppPricing[]> {
    const rows: { price_kopecks: number | null; trial_days: number | null; found: boolean }[] = await this.dataSource.query(
      `SELECT k.ord, coalesce(h.found, false) AS found,
              CASE WHEN h.found THEN h.price_kopecks ELSE a.price_kopecks END AS price_kopecks,
              CASE WHEN h.found THEN h.trial_days ELSE a.trial_days END AS trial_days
         FROM unnest($1::uuid[], $2::timestamptz[]) WITH ORDINALITY AS k(app_id, at, ord)
         LEFT JOIN apps a ON a.id = k.app_id
         LEFT JOIN LATERAL (
           SELECT true AS found, price_kopecks, trial_days FROM app_pricing_history h
            WHERE h.app_id = k.app_id
            ORDER BY (h.effective_at <= k.at) DESC,
                     CASE WHEN h.effective_at <= k.at THEN h.effective_at END DESC NULLS LAST,
                     h.effective_at ASC, h.id DESC
            LIMIT 1) h ON true
        ORDER BY k.ord`,
      [keys.map((k) => k.appId), keys.map((k) => k.at.toISOString())],
    );
    return rows.map((r) => ({ priceKopecks: r.price_kopecks, trialDays: r.trial_days }));
  }
}
