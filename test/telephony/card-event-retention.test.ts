import { randomUUID } from 'node:crypto';
import { CardEventRetentionService } from '@appmarket/telephony-loyalty/src/events/card-event-retention.service';
import { PRUNE_CARD_EVENTS, startTelephonyQueue, TELEPHONY_JOBS_SCHEMA } from '@appmarket/telephony-loyalty/src/jobs/telephony-jobs';
import { loadTelephonyConfig, telephonyOptionsOf } from '@appmarket/telephony-loyalty/src/config';
import { createLogger } from '@appmarket/core';
import { startTestStack, type TestStack } from '../support/stack';

/**
 * TL-1's call-card stream replays missed events from `call_card_events` (Last-Event-ID). The log
 * would grow with every call for ever; a cron job on telephony's own pg-boss queue deletes events
 * older than TELEPHONY_CARD_EVENT_RETENTION_MS (24 h by default), by the injected clock.
 */
describe('call-card event retention', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(() => stack?.stop());

  const HOUR = 3600_000;
  const telephony = () => stack.dataSources['telephony-loyalty']!;
  async function event(occurredAt: Date): Promise<string> {
    const rows: { id: string }[] = await telephony().query(
      `INSERT INTO call_card_events (account_id, user_id, call_id, card_id, event, occurred_at)
       VALUES ($1, $2, $3, $4, 'SHOW', $5) RETURNING id`,
      [randomUUID(), randomUUID(), randomUUID(), randomUUID(), occurredAt],
    );
    return String(rows[0]!.id);
  }
  const remaining = async (ids: string[]) =>
    ((await telephony().query('SELECT id FROM call_card_events WHERE id = ANY($1::bigint[]) ORDER BY id', [ids])) as { id: string }[]).map((r) => String(r.id));

  it('the retention defaults to 24 hours; workers can be switched off', () => {
    const options = telephonyOptionsOf(loadTelephonyConfig({ DATABASE_URL: 'postgres://x@localhost/x', INTERNAL_IDENTITY_PRIVATE_KEY: 'k', INTERNAL_IDENTITY_PUBLIC_KEYS: 'k' }));
    expect(options.cardEvents).toEqual({ retentionMs: 24 * HOUR, workers: true });
    const off = telephonyOptionsOf(loadTelephonyConfig({
      DATABASE_URL: 'postgres://x@localhost/x', INTERNAL_IDENTITY_PRIVATE_KEY: 'k', INTERNAL_IDENTITY_PUBLIC_KEYS: 'k', TELEPHONY_CARD_EVENT_RETENTION_MS: '3600000', TELEPHONY_JOB_WORKERS: 'off',
    }));
    expect(off.cardEvents).toEqual({ retentionMs: HOUR, workers: false });
  });

  it('deletes events older than the retention by the injected clock and keeps the rest', async () => {
    const now = stack.clock.now().getTime();
    const old = [await event(new Date(now - 25 * HOUR)), await event(new Date(now - 24 * HOUR - 1000))];
    const recent = [await event(new Date(now - 23 * HOUR)), await event(new Date(now - 1000))];
    const retention = new CardEventRetentionService(telephony(), stack.clock, 24 * HOUR);
    expect(await retention.prune()).toBeGreaterThanOrEqual(2);
    expect(await remaining([...old, ...recent])).toEqual(recent);
    expect(await retention.prune()).toBe(0);
  });

  it('runs as telephony\'s scheduled pg-boss job (cron registered once, the handler prunes)', async () => {
    const schedules: { name: string; cron: string }[] = await telephony().query(`SELECT name, cron FROM ${TELEPHONY_JOBS_SCHEMA}.schedule`);
    expect(schedules).toContainEqual(expect.objectContaining({ name: PRUNE_CARD_EVENTS, cron: '*/10 * * * *' }));

    const stale = await event(new Date(stack.clock.now().getTime() - 48 * HOUR));
    const retention = new CardEventRetentionService(telephony(), stack.clock, 24 * HOUR);
    const queue = await startTelephonyQueue({
      connectionString: String((telephony().options as { url?: string }).url), logger: createLogger('test', 'error'), work: false,
      pruneCardEvents: async () => void (await retention.prune()),
      expireIdempotencyKeys: async () => undefined,
    });
    try {
      await queue.send(PRUNE_CARD_EVENTS, {});
      // The send wakes the stack's own telephony worker (docs/jobs.md): it or this drain runs the job.
      await queue.drain(PRUNE_CARD_EVENTS);
      while ((await queue.pending(PRUNE_CARD_EVENTS)) > 0) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(await remaining([stale])).toEqual([]);
    } finally {
      await queue.stop();
    }
  });
});
