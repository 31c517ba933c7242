import type { KeysetListSpec } from '@appmarket/federation';
import type { CallFilter } from './call.inputs';

/**
 * An account's calls newest first, the order of calls_account_started_idx (and, by employee,
 * calls_account_user_started_idx), narrowed by the Phone API's filter. Cursors of the forward-only
 * lists ([ISO time, id]) still work.
 */
export function callsOfAccount(filter: CallFilter = {}): KeysetListSpec {
  // Ids reach the casts as UUIDs: the input bounds refuse any other ID (INPUT_INVALID_ID).
  return {
    from: 'calls', parent: 't.account_id',
    where: (param) => [
      ...(filter.direction ? [`t.direction = ${param(filter.direction)}::call_direction`] : []),
      ...(filter.status ? [`t.status = ${param(filter.status)}::call_status`] : []),
      ...(filter.from ? [`t.started_at >= ${param(filter.from)}::timestamptz`] : []),
      ...(filter.to ? [`t.started_at < ${param(filter.to)}::timestamptz`] : []),
      ...(filter.userId ? [`t.user_id = ${param(filter.userId)}::uuid`] : []),
    ],
    order: [{ sql: 't.started_at', cast: 'timestamptz', descending: true }, { sql: 't.id', cast: 'uuid', descending: true }],
  };
}

/** The loaders' key of a filtered list: everything its `where` depends on. */
export function callsListKey(filter: CallFilter = {}): string {
  return `account-calls:${JSON.stringify([filter.direction ?? null, filter.status ?? null, filter.from ?? null, filter.to ?? null, filter.userId ?? null])}`;
}
