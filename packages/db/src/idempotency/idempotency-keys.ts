import { DomainError, type Clock } from '@appmarket/core';
import type { DataSource, EntityManager } from 'typeorm';
import { checkedIdempotencyKey, requestFingerprint } from './idempotency-key';

/** JSON a first run keeps to find its result again: ids, mostly. */
export type KeptResult = string | number | boolean | null | KeptResult[] | { [key: string]: KeptResult };

/** One request of an idempotent mutation. */
export interface IdempotentRequest {
  /** Whose key space: `account:<id>` for an account's users, `vendor:<id>`, `moderator:<id>`, … */
  scope: string;
  /** The client's key; null or undefined runs the write as before, with no key stored. */
  key: string | null | undefined;
  /** The mutation's name: a key used for another operation is refused like other input. */
  operation: string;
  /** The arguments that define the request (not the key). */
  input: unknown;
}

/** The write, how to remember its result, and how to find that result again. */
export interface IdempotentWork<T> {
  /** The write itself, inside the transaction that also stores the key. */
  run(manager: EntityManager): Promise<T>;
  /** What to keep: the ids of what `run` made or changed (JSON). */
  keep(result: T): KeptResult;
  /** The first result again from what `keep` kept, read now (a replay shows the current state). */
  replay(kept: KeptResult): Promise<T>;
}

export interface IdempotencyOptions {
  /** How long a key is remembered (IDEMPOTENCY_KEY_RETENTION_HOURS): after it, a key is new again. */
  retentionMs: number;
  /** How long a repeat waits for a first run still in flight before IDEMPOTENCY_KEY_IN_PROGRESS. */
  waitMs?: number;
}

/** Default wait: longer than a write with its peer calls takes, shorter than the gateway's time-out. */
export const IDEMPOTENCY_WAIT_MS = 10_000;

const LOCK_NOT_AVAILABLE = '55P03';

/**
 * Idempotent writes of one subgraph, settled by its database (docs/API.md, "Retries and
 * idempotency"). With a key, the write runs in a transaction that first inserts the key's row:
 *
 * - the primary key (scope, key) admits one row, so of concurrent repeats one inserts and the
 *   others wait on its uncommitted row (Postgres blocks an INSERT … ON CONFLICT on it);
 * - when the first commits, the waiting repeats find its row: the same fingerprint replays its
 *   result, another one is IDEMPOTENCY_KEY_REUSED; when it rolls back (a refusal, a crash), its
 *   row goes with its writes and a waiting repeat runs the write itself;
 * - a repeat waits at most `waitMs` (lock_timeout), then IDEMPOTENCY_KEY_IN_PROGRESS;
 * - a row older than the retention period is deleted by the first repeat that meets it (and by
 *   the subgraph's hourly sweep, `expire`), so the key starts over.
 *
 * Only successes are remembered: a refused request stores nothing, and its retry is judged again.
 */
export class IdempotencyKeys {
  constructor(private readonly dataSource: DataSource, private readonly clock: Clock, private readonly options: IdempotencyOptions) {}

  async transaction<T>(request: IdempotentRequest, work: IdempotentWork<T>): Promise<T> {
    const key = checkedIdempotencyKey(request.key);
    if (key === null) return this.dataSource.transaction((manager) => work.run(manager));
    const fingerprint = requestFingerprint(request.operation, request.input);
    const outcome = await this.dataSource.transaction(async (manager): Promise<{ ran: T } | { kept: KeptResult }> => {
      const claimed = await this.claim(manager, request, key, fingerprint);
      if (!claimed.mine) return { kept: claimed.kept };
      const ran = await work.run(manager);
      await manager.query('UPDATE idempotency_keys SET result = $3 WHERE scope = $1 AND key = $2', [
        request.scope, key, JSON.stringify(work.keep(ran)),
      ]);
      return { ran };
    });
    return 'ran' in outcome ? outcome.ran : work.replay(outcome.kept);
  }

  /** Inserts the key's row, or finds the committed one of an earlier request. */
  private async claim(
    manager: EntityManager,
    request: IdempotentRequest,
    key: string,
    fingerprint: string,
  ): Promise<{ mine: true } | { mine: false; kept: KeptResult }> {
    if (await this.insertKey(manager, request, key, fingerprint)) return { mine: true };
    const [row] = (await manager.query('SELECT operation, request_sha256, result FROM idempotency_keys WHERE scope = $1 AND key = $2', [
      request.scope, key,
    ])) as { operation: string; request_sha256: string; result: KeptResult }[];
    // Deleted since the conflict: the sweep took a row that expired just then. Claim it anew.
    if (!row) return this.claim(manager, request, key, fingerprint);
    if (row.request_sha256 !== fingerprint) {
      throw new DomainError('IDEMPOTENCY_KEY_REUSED', 'this idempotencyKey was used for another request; use a new key for a new request', {
        field: 'idempotencyKey',
        operation: row.operation,
      });
    }
    return { mine: false, kept: row.result };
  }

  /**
   * Deletes the key's expired row, then inserts the key's row unless another request holds it;
   * true when this one did. Waiting on another's row is bounded by `waitMs`.
   */
  private async insertKey(manager: EntityManager, request: IdempotentRequest, key: string, fingerprint: string): Promise<boolean> {
    const now = this.clock.now();
    try {
      const [{ previous }] = (await manager.query(`SELECT current_setting('lock_timeout') AS previous, set_config('lock_timeout', $1, true)`, [
        `${this.options.waitMs ?? IDEMPOTENCY_WAIT_MS}ms`,
      ])) as { previous: string }[];
      await manager.query('DELETE FROM idempotency_keys WHERE scope = $1 AND key = $2 AND created_at <= $3', [
        request.scope, key, new Date(now.getTime() - this.options.retentionMs),
      ]);
      const inserted: unknown[] = await manager.query(
        `INSERT INTO idempotency_keys (scope, key, operation, request_sha256, result, created_at) VALUES ($1, $2, $3, $4, NULL, $5)
         ON CONFLICT (scope, key) DO NOTHING RETURNING key`,
        [request.scope, key, request.operation, fingerprint, now],
      );
      // The write's own locks keep the transaction's usual waits.
      await manager.query(`SELECT set_config('lock_timeout', $1, true)`, [previous]);
      return inserted.length > 0;
    } catch (error) {
      if (pgCodeOf(error) !== LOCK_NOT_AVAILABLE) throw error;
      throw new DomainError('IDEMPOTENCY_KEY_IN_PROGRESS', 'a request with this idempotencyKey is still running; retry it later with the same key', {
        field: 'idempotencyKey',
      });
    }
  }

  /** Deletes the keys older than the retention period (the subgraph's hourly sweep); says how many. */
  async expire(): Promise<number> {
    const expired = new Date(this.clock.now().getTime() - this.options.retentionMs);
    const [, deleted] = (await this.dataSource.query('DELETE FROM idempotency_keys WHERE created_at <= $1', [expired])) as [unknown, number];
    return deleted;
  }
}

function pgCodeOf(error: unknown): string | undefined {
  const e = error as { code?: string; driverError?: { code?: string } };
  return e.driverError?.code ?? e.code;
}
