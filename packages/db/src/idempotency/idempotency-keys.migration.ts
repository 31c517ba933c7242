import type { QueryRunner } from 'typeorm';

/**
 * The `idempotency_keys` table of one subgraph's schema: each subgraph stores the keys of the
 * writes it owns. Its migrations call these in their `up` and `down` (one table per schema).
 *
 * - `scope`: whose key space (`account:<id>`, `vendor:<id>`, …), so callers never share keys;
 * - `request_sha256`: the fingerprint of the operation and input (a reused key is refused);
 * - `result`: what the first run made, as ids to read again (never the GraphQL answer itself);
 *   it is set in the transaction of the write, so no committed row lacks it;
 * - `created_at`: the retention period (IDEMPOTENCY_KEY_RETENTION_HOURS) counts from it.
 */
export async function createIdempotencyKeysTable(q: QueryRunner): Promise<void> {
  await q.query(`CREATE TABLE idempotency_keys (
    scope text NOT NULL,
    key text NOT NULL CHECK (char_length(key) BETWEEN 1 AND 128),
    operation text NOT NULL,
    request_sha256 char(64) NOT NULL,
    result jsonb,
    created_at timestamptz NOT NULL,
    PRIMARY KEY (scope, key)
  )`);
  // The expiry sweep deletes by age.
  await q.query('CREATE INDEX idempotency_keys_created_at_idx ON idempotency_keys (created_at)');
}

export async function dropIdempotencyKeysTable(q: QueryRunner): Promise<void> {
  await q.query('DROP TABLE idempotency_keys');
}
