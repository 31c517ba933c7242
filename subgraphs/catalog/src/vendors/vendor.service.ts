import { randomUUID } from 'node:crypto';
import { type Clock, DomainError, Refusals } from '@appmarket/core';
import { EntityReader, type IdempotencyKeys } from '@appmarket/db';
import { type DataSource, QueryFailedError, type Repository } from 'typeorm';
import { STRICT_EGRESS, type EgressPolicy } from '@appmarket/egress';
import { ALIAS_PATTERN } from '../apps/app.rules';
import { IGNORE_CHANGES, type ChangeListener } from '../cache/catalog-cache';
import { checkVendorProfile, type VendorProfileInput } from './vendor-profile';
import { Vendor } from './vendor.entity';

export class VendorService {
  private readonly vendors: Repository<Vendor>;
  /** The hot read (every vendor a page misses in the cache): Vendor rows without the query builder. */
  private readonly vendorRows: EntityReader<Vendor>;

  constructor(dataSource: DataSource, private readonly clock: Clock, private readonly idempotency: IdempotencyKeys, private readonly egress: EgressPolicy = STRICT_EGRESS, private readonly changed: ChangeListener = IGNORE_CHANGES) {
    this.vendors = dataSource.getRepository(Vendor);
    this.vendorRows = new EntityReader(dataSource, Vendor);
  }

  /** Vendors by id, for a DataLoader batch: one statement for any number of ids. */
  findByIds(ids: readonly string[]): Promise<Vendor[]> {
    return this.vendorRows.where('t.id = ANY($1)', [ids]);
  }

  list(): Promise<Vendor[]> {
    return this.vendors.find({ order: { name: 'ASC' } });
  }

  /**
   * A moderator registers a vendor; its alias is unique, never changes, and ends every appUid.
   * With `idempotencyKey`, the moderator's repeat answers the vendor it made (not VENDOR_ALIAS_TAKEN).
   */
  async create(moderatorId: string, alias: string, name: string, idempotencyKey?: string | null): Promise<Vendor> {
    const refusals = new Refusals();
    refusals.check(() => {
      if (!ALIAS_PATTERN.test(alias) || alias.length > 64) {
        throw new DomainError('INVALID_VENDOR_ALIAS', `alias must match ${ALIAS_PATTERN}, but got: ${alias}`, { field: 'alias', alias });
      }
    });
    refusals.check(() => {
      if (!name.trim()) throw new DomainError('BAD_USER_INPUT', 'a vendor has a name', { field: 'name' });
    });
    refusals.throwIfAny();
    const vendor = this.vendors.create({ id: randomUUID(), alias, name: name.trim(), createdAt: this.clock.now() });
    const request = { scope: `moderator:${moderatorId}`, key: idempotencyKey, operation: 'createVendor', input: { alias, name: vendor.name } };
    try {
      return await this.idempotency.transaction(request, {
        run: async (tx) => {
          await tx.getRepository(Vendor).insert(vendor);
          return vendor;
        },
        keep: (made) => ({ vendorId: made.id }),
        replay: (kept) => this.vendors.findOneByOrFail({ id: (kept as { vendorId: string }).vendorId }),
      });
    } catch (error) {
      if (error instanceof QueryFailedError && /duplicate key/.test(error.message)) {
        throw new DomainError('VENDOR_ALIAS_TAKEN', `a vendor with the alias ${alias} exists`, { field: 'alias', alias });
      }
      throw error;
    }
  }

  /** The vendor's public profile (the vendor itself or a moderator; the resolver checks who). */
  async updateProfile(vendorId: string, input: VendorProfileInput): Promise<Vendor> {
    checkVendorProfile(input, this.egress);
    const vendor = await this.vendors.findOneBy({ id: vendorId });
    if (!vendor) throw new DomainError('NOT_FOUND', 'Vendor not found', { field: 'vendorId', id: vendorId });
    const changes: Partial<Vendor> = {};
    if (input.description !== undefined) changes.description = input.description ?? '';
    for (const field of ['websiteUrl', 'supportEmail', 'supportPhone', 'logoUrl'] as const) {
      if (input[field] !== undefined) changes[field] = input[field] ?? null;
    }
    if (Object.keys(changes).length) {
      await this.vendors.update({ id: vendorId }, changes);
      this.changed({ table: 'vendors', keys: [vendorId] });
    }
    return Object.assign(vendor, changes);
  }
}
