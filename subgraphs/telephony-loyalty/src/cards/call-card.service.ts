import { randomUUID } from 'node:crypto';
import type { Clock } from '@appmarket/core';
import type { DataSource, EntityManager } from 'typeorm';
import type { Call } from '../calls/call.entity';
import { CallCard, CallCardEvent, type CallCardChange } from './call-card.entity';

/** The NOTIFY channel every replica LISTENs on (events/card-event-hub.ts). */
export const CARD_EVENTS_CHANNEL = 'telephony_call_card_events';

/** What travels over NOTIFY and the event stream. */
export interface CardEventMessage {
  eventId: string;
  event: CallCardEvent;
  userId: string;
  card: Omit<CallCard, 'accountId'> & { accountId: string };
}

/**
 * Call cards (TL-1). The database is the source of truth: each event changes `call_cards`, is
 * appended to `call_card_events` (so a reconnecting stream replays what it missed) and is
 * announced with pg_notify in the same transaction, so every replica hears it only once it is
 * committed.
 */
export class CallCardService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Applies one event; the employee is needed for all but HIDE_ALL. Returns the changed cards. */
  async apply(call: Call, event: CallCardEvent, employee: { id: string; extension: string | null } | null): Promise<CallCardChange[]> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (m) => {
      const cards = (await this.change(m, call, event, employee, now)).sort((a, b) => a.userId.localeCompare(b.userId));
      const changes: CallCardChange[] = [];
      for (const card of cards) {
        // Per employee, event ids must commit in id order, or a Last-Event-ID replay could skip
        // one: the lock (taken in user order, so never a deadlock) serialises their writers.
        await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`call-card-events:${card.userId}`]);
        const [row] = (await m.query(
          `INSERT INTO call_card_events (account_id, user_id, call_id, card_id, event, occurred_at)
           VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
          [call.accountId, card.userId, call.id, card.id, event, now],
        )) as { id: string }[];
        const message: CardEventMessage = { eventId: String(row!.id), event, userId: card.userId, card };
        await m.query('SELECT pg_notify($1, $2)', [CARD_EVENTS_CHANNEL, JSON.stringify(message)]);
        changes.push({ eventId: message.eventId, event, card });
      }
      return changes;
    });
  }

  private async change(m: EntityManager, call: Call, event: CallCardEvent, employee: { id: string; extension: string | null } | null, now: Date): Promise<CallCard[]> {
    if (event === CallCardEvent.SHOW) {
      // A repeated SHOW lands on the open card (call_cards_open_unique): still one card.
      const rows = (await m.query(
        `INSERT INTO call_cards (id, account_id, call_id, user_id, extension, shown_at)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (call_id, user_id) WHERE hidden_at IS NULL DO UPDATE SET extension = EXCLUDED.extension
         RETURNING *`,
        [randomUUID(), call.accountId, call.id, employee!.id, employee!.extension, now],
      )) as Record<string, unknown>[];
      return rows.map(toCard);
    }
    const set = event === CallCardEvent.STARTTIME ? 'talk_started_at = $2' : 'hidden_at = $2';
    const [rows] = (event === CallCardEvent.HIDE_ALL
      ? await m.query(`UPDATE call_cards SET ${set} WHERE call_id = $1 AND hidden_at IS NULL RETURNING *`, [call.id, now])
      : await m.query(`UPDATE call_cards SET ${set} WHERE call_id = $1 AND hidden_at IS NULL AND user_id = $3 RETURNING *`, [
          call.id, now, employee!.id,
        ])) as [Record<string, unknown>[], number];
    return rows.map(toCard);
  }

  /** The employee's open cards, newest first. */
  async openCardsOf(userId: string): Promise<CallCard[]> {
    return this.dataSource.getRepository(CallCard).createQueryBuilder('k')
      .where('k.user_id = :userId AND k.hidden_at IS NULL', { userId })
      .orderBy('k.shown_at', 'DESC').getMany();
  }

  async cardsOfCalls(callIds: readonly string[]): Promise<CallCard[]> {
    return this.dataSource.getRepository(CallCard).createQueryBuilder('k')
      .where('k.call_id = ANY(:ids)', { ids: [...callIds] })
      .orderBy('k.shown_at', 'ASC').getMany();
  }

  /** Events the employee missed after `afterId` (a reconnecting stream's Last-Event-ID). */
  async eventsAfter(userId: string, afterId: string, limit = 500): Promise<CardEventMessage[]> {
    const rows = (await this.dataSource.query(
      `SELECT e.id AS event_id, e.event, k.* FROM call_card_events e JOIN call_cards k ON k.id = e.card_id
       WHERE e.user_id = $1 AND e.id > $2 ORDER BY e.id LIMIT $3`,
      [userId, afterId, limit],
    )) as Record<string, unknown>[];
    return rows.map((r) => ({ eventId: String(r.event_id), event: r.event as CallCardEvent, userId, card: toCard(r) }));
  }
}

function toCard(r: Record<string, unknown>): CallCard {
  return Object.assign(new CallCard(), {
    id: r.id as string, accountId: r.account_id as string, callId: r.call_id as string, userId: r.user_id as string,
    extension: (r.extension as string | null) ?? null, shownAt: new Date(r.shown_at as string),
    talkStartedAt: r.talk_started_at ? new Date(r.talk_started_at as string) : null,
    hiddenAt: r.hidden_at ? new Date(r.hidden_at as string) : null,
  });
}
