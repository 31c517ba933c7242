import type { KeysetListSpec } from '@appmarket/federation';
import type { AppVisibility } from '../access/app-visibility';
import type { AppStatus, AppType } from './app.enums';

/** The filters of `apps` and `vendorApps`. */
export interface AppListFilter {
  type?: AppType | null;
  status?: AppStatus | null;
  vendorId?: string | null;
}

/**
 * Apps newest first on (created_at, id), the order of the forward-only list (its cursors, an ISO
 * time and the id, still work), restricted to what `visibility` allows: the SQL twin of maySeeApp
 * (access/app-visibility.ts), PUBLISHED apps or the caller's own.
 */
export function appsListed(filter: AppListFilter, visibility: AppVisibility): KeysetListSpec {
  // Ids reach the casts as UUIDs: the input bounds refuse any other ID (INPUT_INVALID_ID).
  return {
    from: 'apps',
    parent: null,
    where: (param) => [
      ...(visibility.kind === 'published'
        ? [`(${[
          `t.status = 'PUBLISHED'`,
          ...(visibility.ownVendorId ? [`t.vendor_id = ${param(visibility.ownVendorId)}::uuid`] : []),
          ...(visibility.ownAppId ? [`t.id = ${param(visibility.ownAppId)}::uuid`] : []),
        ].join(' OR ')})`]
        : []),
      ...(filter.type ? [`t.type = ${param(filter.type)}::app_type`] : []),
      ...(filter.status ? [`t.status = ${param(filter.status)}::app_status`] : []),
      ...(filter.vendorId ? [`t.vendor_id = ${param(filter.vendorId)}::uuid`] : []),
    ],
    order: [{ sql: 't.created_at', cast: 'timestamptz', descending: true }, { sql: 't.id', cast: 'uuid', descending: true }],
  };
}
