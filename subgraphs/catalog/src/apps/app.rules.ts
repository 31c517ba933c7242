import { DomainError, Refusals } from '@appmarket/core';
import type { EntityManager } from 'typeorm';
import { type Actor, ownsOrModerates } from '../access/caller';
import { App } from './app.entity';

export const ALIAS_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
export const KOPECKS_PER_OPTION = 50_000;

/** PR-2 and TR-1: the price and trial values themselves, whoever sets them; every problem at once (issue 19, item 2). */
export function checkPricingValues(priceKopecks: number | null, trialDays: number | null): void {
  const refusals = new Refusals();
  refusals.check(() => {
    if (priceKopecks !== null && (!Number.isInteger(priceKopecks) || priceKopecks <= 0 || priceKopecks % KOPECKS_PER_OPTION !== 0)) {
      throw new DomainError('PRICE_NOT_MULTIPLE_OF_500', `a price is a whole multiple of 500 RUB (50000 kopecks), but got: ${priceKopecks}`, { field: 'priceKopecks', priceKopecks });
    }
  });
  refusals.check(() => {
    if (trialDays !== null && (!Number.isInteger(trialDays) || trialDays < 1 || trialDays > 14)) {
      throw new DomainError('INVALID_TRIAL_LENGTH', `a trial lasts 1 to 14 days, but got: ${trialDays}`, { field: 'trialDays', trialDays });
    }
  });
  refusals.check(() => {
    if (trialDays !== null && priceKopecks === null) {
      throw new DomainError('TRIAL_REQUIRES_PAID_APP', 'only a paid app has a trial', { field: 'trialDays', trialDays });
    }
  });
  refusals.throwIfAny();
}

/**
 * Loads an app for a change, locked (`FOR UPDATE`) for the rest of the transaction. An app of
 * another vendor answers NOT_FOUND, like a missing one, so the cabinet leaks nothing. `field`
 * names the argument that holds the id (`id`, `appId`), for the refusal's path.
 */
export async function lockAppFor(tx: EntityManager, actor: Actor, appId: string, field = 'id'): Promise<App> {
  const app = await tx.getRepository(App).createQueryBuilder('a').setLock('pessimistic_write').where('a.id = :appId', { appId }).getOne();
  if (!app || !ownsOrModerates(actor, app.vendorId)) throw new DomainError('NOT_FOUND', 'App not found', { field, id: appId });
  return app;
}
