import type PgBoss from 'pg-boss';
import type { QueueDepth } from '@appmarket/telemetry';

/**
 * Job queue numbers for /metrics (packages/telemetry): depth counted at scrape time with one
 * grouped COUNT over the unfinished jobs of a subgraph's pg-boss schema (completed jobs are not
 * read), and pickup latency measured by the worker as each job starts.
 */
export async function queueDepths(db: PgBoss.Db, schema: string): Promise<QueueDepth[]> {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`not a schema name: ${schema}`);
  // `deferred`: created but not due yet (a retry's backoff, a job sent with a start time).
  const { rows } = await db.executeSql(
    `SELECT name AS queue,
            CASE WHEN state = 'created' AND start_after > now() THEN 'deferred' ELSE state::text END AS state,
            count(*)::int AS count
       FROM ${schema}.job
      WHERE state < 'completed'
      GROUP BY 1, 2`,
    [],
  );
  return rows as QueueDepth[];
}

/** Seconds between a job being due (created, or its start-after time when later) and a worker starting it. */
export function pickupSeconds(job: { createdOn?: Date; startAfter?: Date; startedOn?: Date }, now: Date = new Date()): number | undefined {
  if (!job.createdOn) return undefined;
  const due = Math.max(job.createdOn.getTime(), job.startAfter?.getTime() ?? 0);
  return Math.max(0, ((job.startedOn ?? now).getTime() - due) / 1000);
}
