import { randomUUID } from 'node:crypto';
import type { Clock } from '@appmarket/core';
import type { IdempotencyKeys } from '@appmarket/db';
import type { EgressPolicy } from '@appmarket/egress';
import type { DataSource } from 'typeorm';
import type { Actor } from '../access/caller';
import { lockAppFor } from '../apps/app.rules';
import { AppDescriptor } from './descriptor.entity';
import { validateDescriptor } from './descriptor.validator';
import { parseXml } from './xml-tree';

/** Versions of app descriptors (XML v2): validated before anything is stored. */
export class DescriptorService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly egress: EgressPolicy,
    private readonly idempotency: IdempotencyKeys,
  ) {}

  /**
   * Stores a new version when valid; a refused descriptor stores nothing (and never reaches the
   * database when unsafe). With `idempotencyKey`, the caller's repeat answers the version it made.
   */
  async upload(actor: Actor, appId: string, xml: string, idempotencyKey?: string | null): Promise<AppDescriptor> {
    parseXml(xml); // size, DTD and well-formedness first: no database work for hostile input
    const scope = actor.kind === 'vendor' ? `vendor:${actor.vendorId}` : `${actor.kind}:${actor.id}`;
    return this.idempotency.transaction({ scope, key: idempotencyKey, operation: 'uploadAppDescriptor', input: { appId, xml } }, {
      keep: (made) => ({ descriptorId: made.id }),
      replay: (kept) => this.dataSource.getRepository(AppDescriptor).findOneByOrFail({ id: (kept as { descriptorId: string }).descriptorId }),
      run: async (tx) => {
        const app = await lockAppFor(tx, actor, appId, 'appId');
        const { access, vendorApi } = validateDescriptor(xml, app.type, this.egress);
        const [{ next }] = (await tx.query(`SELECT coalesce(max(version), 0) + 1 AS next FROM app_descriptors WHERE app_id = $1`, [app.id])) as { next: number }[];
        const descriptor = tx.getRepository(AppDescriptor).create({
          id: randomUUID(), appId: app.id, version: Number(next), xml, access, vendorApi, uploadedBy: actor.id, createdAt: this.clock.now(),
        });
        await tx.getRepository(AppDescriptor).insert(descriptor);
        return descriptor;
      },
    });
  }

  /** The current (highest) version of each app's descriptor, in one statement. */
  currentOf(appIds: readonly string[]): Promise<AppDescriptor[]> {
    return this.dataSource.getRepository(AppDescriptor).createQueryBuilder('d')
      .distinctOn(['d.app_id']).where('d.app_id = ANY(:appIds)', { appIds: [...appIds] })
      .orderBy('d.app_id').addOrderBy('d.version', 'DESC').getMany();
  }

  /** Every version of each app's descriptor, newest first. */
  versionsOf(appIds: readonly string[]): Promise<AppDescriptor[]> {
    return this.dataSource.getRepository(AppDescriptor).createQueryBuilder('d')
      .where('d.app_id = ANY(:appIds)', { appIds: [...appIds] }).orderBy('d.version', 'DESC').getMany();
  }
}
