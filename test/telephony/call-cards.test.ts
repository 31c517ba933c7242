import { randomUUID } from 'node:crypto';
import { createLogger } from '@appmarket/core';
import { peersFromMap, type RunningServer } from '@appmarket/federation';
import { makeCall } from '../support/factories';
import { gatewayHeadersFor, subgraphHeadersFor } from '../support/identity';
import { postGraphQL, startTestStack, type TestStack } from '../support/stack';
import { makeAppAccount, openEventStream } from '../support/telephony-factories';
import { telephonySubgraph } from '@appmarket/telephony-loyalty/src';
import { CARD_EVENTS_APPLICATION } from '@appmarket/telephony-loyalty/src/events/card-event-hub';
import { sqlStatementsOf } from '../support/sql-statements';

const CREATE = `mutation($input: CreateCallInput!) { createPhoneCall(input: $input) { call { id } } }`;
const EVENT = `mutation($call: CallRefInput!, $event: CallCardEvent!, $extension: String) {
  recordPhoneCallEvent(call: $call, event: $event, extension: $extension) { changes { eventId event card { userId callId hiddenAt } } userErrors { field code } } }`;
const CARDS = `query($userId: ID) { currentCallCards(userId: $userId) { callId userId talkStartedAt call { externalId } } }`;

describe('Call cards over server-sent events across replicas (the Phone API limits: test/gateway/phone-limits.test.ts)', () => {
  let stack: TestStack;
  let replica: RunningServer;
  beforeAll(async () => {
    stack = await startTestStack();
    // A second replica of the subgraph on the same database: events must reach streams on both.
    replica = await telephonySubgraph.start({
      dataSource: stack.dataSources['telephony-loyalty']!, port: 0, host: '127.0.0.1', clock: stack.clock,
      logger: createLogger('test', 'error'), peers: peersFromMap(Object.fromEntries(Object.entries(stack.subgraphs).map(([n, s]) => [n, s.url]))),
    });
  });
  afterAll(async () => {
    await replica?.stop();
    await stack?.stop();
  });

  const streamUrl = (server: RunningServer) => server.url.replace(/\/graphql$/, '/events/call-cards');
  const codeOf = (r: { body: { errors?: { extensions?: Record<string, unknown> }[] } }) => r.body.errors?.[0]?.extensions?.code;

  it("pushes a card event to the employee it is for, on any replica, and to no one else", async () => {
    const t = await makeAppAccount(stack);
    const app = gatewayHeadersFor(t.appIdentity);
    // Anna listens on the second replica, Boris on the first; the Phone API is served by the first.
    const anna = await openEventStream(streamUrl(replica), subgraphHeadersFor(t.userIdentity(t.anna)));
    const boris = await openEventStream(streamUrl(stack.subgraphs['telephony-loyalty']!), subgraphHeadersFor(t.userIdentity(t.boris)));
    try {
      expect(anna.status).toBe(200);
      await Promise.all([anna.next('snapshot'), boris.next('snapshot')]);
      const created = await stack.query<{ createPhoneCall: { call: { id: string } } }>(CREATE, {
        input: { externalId: 'c-1', direction: 'INCOMING', fromNumber: '+7 900', toNumber: '101' },
      }, app);
      const callId = created.body.data!.createPhoneCall.call.id;
      const shown = await stack.query(EVENT, { call: { externalId: 'c-1' }, event: 'SHOW', extension: '101' }, app);
      expect(shown.body.errors).toBeUndefined();
      expect(shown.body.data).toMatchObject({ recordPhoneCallEvent: { changes: [{ event: 'SHOW', card: { userId: t.anna.id, callId } }], userErrors: [] } });
      const annaCard = await anna.next('card');
      expect(annaCard.data).toMatchObject({ event: 'SHOW', userId: t.anna.id, card: { callId, userId: t.anna.id } });

      await stack.query(EVENT, { call: { id: callId }, event: 'SHOW', extension: '102' }, app);
      const borisCard = await boris.next('card');
      expect(borisCard.data).toMatchObject({ event: 'SHOW', userId: t.boris.id });
      // Boris's stream carried only his own card.
      expect(boris.events.filter((e) => e.event === 'card').map((e) => (e.data as { userId: string }).userId)).toEqual([t.boris.id]);

      await stack.query(EVENT, { call: { id: callId }, event: 'STARTTIME', extension: '101' }, app);
      expect((await anna.next('card')).data).toMatchObject({ event: 'STARTTIME' });
      const annaCards = await stack.query<{ currentCallCards: { talkStartedAt: string | null }[] }>(CARDS, {}, gatewayHeadersFor(t.userIdentity(t.anna)));
      expect(annaCards.body.data!.currentCallCards).toEqual([
        { callId, userId: t.anna.id, talkStartedAt: '2026-11-01T09:00:00.000Z', call: { externalId: 'c-1' } },
      ]);

      await stack.query(EVENT, { call: { id: callId }, event: 'HIDE_ALL' }, app);
      expect((await anna.next('card')).data).toMatchObject({ event: 'HIDE_ALL' });
      expect((await boris.next('card')).data).toMatchObject({ event: 'HIDE_ALL' });
      const appView = await stack.query<{ currentCallCards: unknown[] }>(CARDS, { userId: t.boris.id }, app);
      expect(appView.body.data!.currentCallCards).toEqual([]);

      // A reconnect with Last-Event-ID replays what came after it, from the database.
      const again = await openEventStream(streamUrl(stack.subgraphs['telephony-loyalty']!), {
        ...subgraphHeadersFor(t.userIdentity(t.anna)), 'last-event-id': annaCard.id!,
      });
      const replayed = [await again.next('card'), await again.next('card')].map((e) => (e.data as { event: string }).event);
      expect(replayed).toEqual(['STARTTIME', 'HIDE_ALL']);
      again.close();
    } finally {
      anna.close();
      boris.close();
    }
  });

  it('when a replica loses its LISTEN connection, its streams end and resume without losing events', async () => {
    const t = await makeAppAccount(stack);
    const app = gatewayHeadersFor(t.appIdentity);
    const url = streamUrl(stack.subgraphs['telephony-loyalty']!);
    const headers = subgraphHeadersFor(t.userIdentity(t.anna));
    const created = await stack.query<{ createPhoneCall: { call: { id: string } } }>(CREATE, {
      input: { externalId: 'lost-1', direction: 'INCOMING', fromNumber: '+7 900', toNumber: '101' },
    }, app);
    const callId = created.body.data!.createPhoneCall.call.id;
    const first = await openEventStream(url, headers);
    await first.next('snapshot');
    await stack.query(EVENT, { call: { id: callId }, event: 'SHOW', extension: '101' }, app);
    const shown = await first.next('card');
    await stack.dataSources['telephony-loyalty']!.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database()`,
      [CARD_EVENTS_APPLICATION],
    );
    await first.ended;
    // Posted while no replica listened: kept in the event log.
    await stack.query(EVENT, { call: { id: callId }, event: 'HIDE', extension: '101' }, app);
    const resumed = await openEventStream(url, { ...headers, 'last-event-id': shown.id! });
    expect((await resumed.next('card')).data).toMatchObject({ event: 'HIDE', userId: t.anna.id });
    await resumed.next('snapshot');
    await stack.query(EVENT, { call: { id: callId }, event: 'SHOW', extension: '101' }, app);
    expect((await resumed.next('card')).data).toMatchObject({ event: 'SHOW' });
    resumed.close();
  });

  it('refuses the stream to a caller who is not an employee', async () => {
    const t = await makeAppAccount(stack);
    const asApp = await openEventStream(streamUrl(replica), subgraphHeadersFor(t.appIdentity));
    expect(asApp.status).toBe(403);
    const forged = await openEventStream(streamUrl(replica), { 'x-appmarket-identity': 'forged.token' });
    expect(forged.status).toBe(401);
  });

  it('an employee sees only their own cards; an admin may look at a colleague\'s', async () => {
    const t = await makeAppAccount(stack);
    const asBoris = await stack.query(CARDS, { userId: t.anna.id }, gatewayHeadersFor(t.userIdentity(t.boris)));
    expect(codeOf(asBoris)).toBe('FORBIDDEN');
    const asAnna = await stack.query(CARDS, { userId: t.boris.id }, gatewayHeadersFor(t.userIdentity(t.anna)));
    expect(asAnna.body.data).toEqual({ currentCallCards: [] });
  });

  it('call history costs the same SQL statements for 10 and 50 calls with their cards (no N+1)', async () => {
    const t = await makeAppAccount(stack);
    const telephony = stack.dataSources['telephony-loyalty']!;
    for (let i = 0; i < 60; i++) {
      const c = await makeCall(telephony, t.install, { startedAt: new Date(Date.UTC(2026, 9, 1, 0, i)) });
      await telephony.query(
        `INSERT INTO call_cards (id, account_id, call_id, user_id, shown_at) VALUES ($1, $2, $3, $4, $5)`,
        [randomUUID(), t.account.id, c.id, t.anna.id, c.startedAt],
      );
    }
    const counts: number[] = [];
    for (const n of [10, 50]) {
      const r = await postGraphQL<{ phoneCalls: { edges: unknown[] } }>(stack.subgraphs['telephony-loyalty']!.url,
        `{ phoneCalls(first: ${n}) { edges { node { id cards { userId call { id } } } } } }`, {}, subgraphHeadersFor(t.appIdentity));
      expect(r.body.errors).toBeUndefined();
      expect(r.body.data!.phoneCalls.edges).toHaveLength(n);
      counts.push(sqlStatementsOf(r));
    }
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts[1]).toBe(counts[0]);
  });
});
