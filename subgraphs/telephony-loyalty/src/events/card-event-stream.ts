import { decodeIdentity, IDENTITY_HEADER, InvalidIdentityError, type Identity } from '@appmarket/federation';
import type { Express, Response } from 'express';
import type { CallCardService, CardEventMessage } from '../cards/call-card.service';
import type { CardEventHub } from './card-event-hub';

export const CARD_EVENTS_PATH = '/events/call-cards';
/** The identity header must be addressed to this subgraph (its name in the supergraph). */
const CARD_EVENTS_AUDIENCE = 'telephony-loyalty';

/**
 * GET /events/call-cards: server-sent events of the signed-in employee's call cards (TL-1), served
 * beside /graphql because @apollo/gateway has no subscriptions. Authenticated by the same identity
 * header as every request; only identity `user` gets a stream, and only of its own cards. On
 * connect it sends `snapshot` (the open cards from the database), then each `card` event;
 * a reconnect with Last-Event-ID first replays what was missed from the event log.
 */
export function mountCardEventStream(app: Express, hubRef: { get(): CardEventHub; onLost(listener: () => void): void }, cards: CallCardService, heartbeatMs = 25_000): () => Promise<void> {
  const open = new Set<Response>();
  const endAll = () => {
    for (const res of open) res.end();
    open.clear();
  };
  // The LISTEN connection dropped: end the streams; browsers reconnect with Last-Event-ID.
  hubRef.onLost(endAll);
  app.get(CARD_EVENTS_PATH, async (req, res) => {
    let identity: Identity;
    try {
      identity = await decodeIdentity(req.headers[IDENTITY_HEADER], { audience: CARD_EVENTS_AUDIENCE });
    } catch (error) {
      if (!(error instanceof InvalidIdentityError)) throw error;
      res.status(401).json({ code: 'UNAUTHENTICATED', message: error.message });
      return;
    }
    if (identity.kind !== 'user') {
      res.status(identity.kind === 'anonymous' ? 401 : 403).json({
        code: identity.kind === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN',
        message: 'the call-card stream is for a signed-in employee',
      });
      return;
    }
    const userId = identity.userId;
    const hub = hubRef.get();
    try {
      await hub.ready;
    } catch {
      res.status(503).json({ code: 'UPSTREAM_UNAVAILABLE', message: 'event stream unavailable' });
      return;
    }
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
    open.add(res);
    const send = (m: CardEventMessage) => res.write(`id: ${m.eventId}\nevent: card\ndata: ${JSON.stringify(m)}\n\n`);
    // Subscribe before reading the database, so nothing committed in between is lost.
    const unsubscribe = hub.subscribe(userId, send);
    const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), heartbeatMs);
    heartbeat.unref();
    req.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
      open.delete(res);
    });
    const lastEventId = req.headers['last-event-id'];
    if (typeof lastEventId === 'string' && /^\d+$/.test(lastEventId)) {
      for (const missed of await cards.eventsAfter(userId, lastEventId)) send(missed);
    }
    res.write(`event: snapshot\ndata: ${JSON.stringify({ cards: await cards.openCardsOf(userId) })}\n\n`);
  });
  return async () => endAll();
}
