import { type Clock, DomainError } from '@appmarket/core';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../access/caller';
import { IGNORE_CHANGES, type ChangeListener } from '../cache/catalog-cache';
import { App } from '../apps/app.entity';
import { AppStatus } from '../apps/app.enums';
import { lockAppFor } from '../apps/app.rules';
import { AppTransition } from './transition.entity';

export type LifecycleAction = 'submit' | 'publish' | 'return' | 'hide' | 'show';

/** Per action: the status it starts from, the status it leads to, and the code refusing any other start. */
const TRANSITIONS: Record<LifecycleAction, { from: AppStatus; to: AppStatus; refusal: string }> = {
  submit: { from: AppStatus.DRAFT, to: AppStatus.READY, refusal: 'APP_NOT_DRAFT' },
  publish: { from: AppStatus.READY, to: AppStatus.PUBLISHED, refusal: 'APP_NOT_READY' },
  return: { from: AppStatus.READY, to: AppStatus.DRAFT, refusal: 'APP_NOT_READY' },
  hide: { from: AppStatus.PUBLISHED, to: AppStatus.HIDDEN, refusal: 'APP_NOT_PUBLISHED' },
  show: { from: AppStatus.HIDDEN, to: AppStatus.PUBLISHED, refusal: 'APP_NOT_HIDDEN' },
};

/** LC-1..LC-4: moves apps through their statuses and records every move. */
export class LifecycleService {
  constructor(private readonly dataSource: DataSource, private readonly clock: Clock, private readonly changed: ChangeListener = IGNORE_CHANGES) {}

  /**
   * Applies one action under a row lock. Who may act is checked by the resolver (submit: the
   * vendor; publish and return: a moderator; hide and show: the vendor or a moderator).
   */
  async apply(actor: Actor, appId: string, action: LifecycleAction, reason: string | null = null): Promise<App> {
    const moved = await this.dataSource.transaction(async (tx) => {
      const app = await lockAppFor(tx, actor, appId);
      const { from, to, refusal } = TRANSITIONS[action];
      if (app.status !== from) {
        throw new DomainError(refusal, `cannot ${action} an app that is ${app.status}; it must be ${from}`, { status: app.status, action });
      }
      if (action === 'return' && !reason?.trim()) throw new DomainError('RETURN_REASON_REQUIRED', 'say why the app is returned', { field: 'reason' });
      // LC-4: only free apps can be hidden.
      if (action === 'hide' && app.priceKopecks !== null) {
        throw new DomainError('ONLY_FREE_APPS_CAN_BE_HIDDEN', 'only free apps can be hidden', { priceKopecks: app.priceKopecks });
      }
      const now = this.clock.now();
      const changes: Partial<App> = { status: to, updatedAt: now };
      if (to === AppStatus.PUBLISHED && app.publishedAt === null) changes.publishedAt = now;
      await tx.getRepository(App).update({ id: app.id }, changes);
      await this.record(tx, app.id, from, to, actor, reason?.trim() || null, now);
      return Object.assign(app, changes);
    });
    this.changed({ table: 'apps', keys: [appId] });
    return moved;
  }

  async record(tx: EntityManager, appId: string, from: AppStatus | null, to: AppStatus, actor: Actor, reason: string | null, at: Date) {
    await tx.getRepository(AppTransition).insert({ appId, fromStatus: from, toStatus: to, actorKind: actor.kind, actorId: actor.id, reason, at });
  }

  /** Transitions of many apps, oldest first, for a DataLoader batch. */
  transitionsOf(appIds: readonly string[]): Promise<AppTransition[]> {
    return this.dataSource.getRepository(AppTransition).createQueryBuilder('t')
      .where('t.app_id = ANY(:appIds)', { appIds: [...appIds] }).orderBy('t.at', 'ASC').addOrderBy('t.id', 'ASC').getMany();
  }
}
