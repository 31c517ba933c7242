import type { KeysetListSpec, OrderKey } from '@appmarket/federation';

/** Newest first by a timestamp, then id: the order of installs and webhooks. */
const newestFirst = (column: string): OrderKey[] => [
  { sql: `t.${column}`, cast: 'timestamptz', descending: true },
  { sql: 't.id', cast: 'uuid', descending: true },
];

/** Installs of each account (or each app), newest first; `withinAccount` narrows an app's to one account (the caller's). */
export function installsOf(parent: 'account_id' | 'app_id', includeUninstalled: boolean, withinAccount?: string): KeysetListSpec {
  return {
    from: 'installs',
    parent: `t.${parent}`,
    where: (param) => [
      ...(includeUninstalled ? [] : [`t.status <> 'UNINSTALLED'`]),
      ...(withinAccount ? [`t.account_id = ${param(withinAccount)}::uuid`] : []),
    ],
    order: newestFirst('installed_at'),
  };
}

/** An account's users, admins first, then by name (as Account.users). */
export const USERS_OF_ACCOUNT: KeysetListSpec = {
  from: 'users',
  parent: 't.account_id',
  order: [
    { sql: 't.role', cast: 'user_role', descending: false, pattern: /^(ADMIN|EMPLOYEE)$/ },
    { sql: 't.full_name', cast: 'varchar', descending: false },
    { sql: 't.id', cast: 'uuid', descending: false },
  ],
};

/** An account's local apps (BX-8) by name, as Account.localApps. */
export const LOCAL_APPS_OF_ACCOUNT: KeysetListSpec = {
  from: 'local_apps', parent: 't.account_id',
  order: [{ sql: 't.name', cast: 'varchar', descending: false }, { sql: 't.id', cast: 'uuid', descending: false }],
};

/** An account's incoming webhooks, newest first, deleted ones included (they carry revokedAt). */
export const WEBHOOKS_OF_ACCOUNT: KeysetListSpec = { from: 'incoming_webhooks', parent: 't.account_id', order: newestFirst('created_at') };

/** Accounts by name (the `accounts` query); `own` narrows them to the caller's account. Cursors as before: [name, id]. */
export function accountsOf(own: string | null): KeysetListSpec {
  return {
    from: 'accounts',
    parent: null,
    where: (param) => (own ? [`t.id = ${param(own)}::uuid`] : []),
    order: [{ sql: 't.name', cast: 'varchar', descending: false }, { sql: 't.id', cast: 'uuid', descending: false }],
  };
}
