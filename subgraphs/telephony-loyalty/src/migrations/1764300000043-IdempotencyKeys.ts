import { createIdempotencyKeysTable, dropIdempotencyKeysTable } from '@appmarket/db';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The keys of this subgraph's idempotent mutations (docs/API.md, "Retries and idempotency"). */
export class IdempotencyKeys1764300000043 implements MigrationInterface {
  name = 'IdempotencyKeys1764300000043';

  up(q: QueryRunner): Promise<void> {
    return createIdempotencyKeysTable(q);
  }

  down(q: QueryRunner): Promise<void> {
    return dropIdempotencyKeysTable(q);
  }
}
