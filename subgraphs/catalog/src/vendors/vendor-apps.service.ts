import { decodeCursor, encodeCursor, pageSize } from '@appmarket/federation';
import type { DataSource } from 'typeorm';
import type { AppStatus } from '../apps/app.enums';

export interface VendorAppsPageArgs {
  first?: number;
  after?: string;
  status?: AppStatus | null;
}

export interface VendorAppsPage {
  vendorId: string;
  ids: { id: string; cursor: string }[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

/**
 * `Vendor.apps`: a page of each vendor's apps, newest first, for any number of vendors in one
 * statement (a LATERAL page per vendor). `ownerOf` is the vendor whose every app the caller sees
 * (its own, or all for `every`); other vendors show their PUBLISHED apps only.
 */
export class VendorAppsService {
  constructor(private readonly dataSource: DataSource) {}

  async pages(vendorIds: readonly string[], args: VendorAppsPageArgs, seesAll: { every: boolean; ownVendorId: string | null }): Promise<VendorAppsPage[]> {
    const size = pageSize(args.first);
    const after = decodeCursor(args.after, 2) as [string, string] | undefined;
    const params: unknown[] = [[...vendorIds], seesAll.every, seesAll.ownVendorId];
    const where = [`a.vendor_id = v.id`, `(a.status = 'PUBLISHED' OR $2 OR v.id = $3::uuid)`];
    if (args.status) where.push(`a.status = $${params.push(args.status)}`);
    if (after) where.push(`(a.created_at, a.id) < ($${params.push(after[0])}::timestamptz, $${params.push(after[1])}::uuid)`);
    const rows: { vendor_id: string; id: string; created_at: Date }[] = await this.dataSource.query(
      `SELECT v.id AS vendor_id, p.id, p.created_at FROM unnest($1::uuid[]) AS v(id)
       CROSS JOIN LATERAL (SELECT a.id, a.created_at FROM apps a WHERE ${where.join(' AND ')}
                           ORDER BY a.created_at DESC, a.id DESC LIMIT ${size + 1}) p`,
      params,
    );
    return vendorIds.map((vendorId) => {
      const mine = rows.filter((r) => r.vendor_id === vendorId);
      return {
        vendorId,
        ids: mine.slice(0, size).map((r) => ({ id: r.id, cursor: encodeCursor([new Date(r.created_at).toISOString(), r.id]) })),
        hasNextPage: mine.length > size,
        hasPreviousPage: after !== undefined,
      };
    });
  }
}
