import type { IncomingMessage } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { Identity } from '@appmarket/federation';
import { gatewayHeadersFor, jwtFor, subgraphHeadersFor } from '../support/identity';
import { startTestStack, type TestStack } from '../support/stack';
import { makeAppAccount, openEventStream } from '../support/telephony-factories';

const CREATE = `mutation($input: CreateCallInput!) { createPhoneCall(input: $input) { call { id } userErrors { code } } }`;
const EVENT = `mutation($call: CallRefInput!, $event: CallCardEvent!, $extension: String) {
  recordPhoneCallEvent(call: $call, event: $event, extension: $extension) { changes { eventId } userErrors { code } } }`;

/**
 * GET /events/call-cards at the gateway (issue 7): front ends talk only to the gateway, which
 * authenticates the caller like for GraphQL and proxies telephony-loyalty's stream of the
 * employee's call cards (TL-1), refusals and Last-Event-ID replay included.
 */
describe('Call-card events through the gateway', () => {
  let stack: TestStack;
  let streamUrl: string;
  /** Each request the telephony subgraph gets on its stream path, as it arrives. */
  const upstreamRequests: IncomingMessage[] = [];
  const onUpstreamRequest = (req: IncomingMessage) => {
    if (req.url?.startsWith('/events/call-cards')) upstreamRequests.push(req);
  };
  beforeAll(async () => {
    stack = await startTestStack();
    streamUrl = stack.gateway.url.replace(/\/graphql$/, '/events/call-cards');
    stack.subgraphs['telephony-loyalty']!.httpServer.on('request', onUpstreamRequest);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  async function showCard(app: Record<string, string>, externalId: string, extension: string) {
    const created = await stack.query<{ createPhoneCall: { call: { id: string }; userErrors: unknown[] } }>(CREATE, {
      input: { externalId, direction: 'INCOMING', fromNumber: '+7 900', toNumber: extension },
    }, app);
    expect(created.body.errors).toBeUndefined();
    expect(created.body.data!.createPhoneCall.userErrors).toEqual([]);
    const shown = await stack.query<{ recordPhoneCallEvent: { userErrors: unknown[] } }>(EVENT, { call: { externalId }, event: 'SHOW', extension }, app);
    expect(shown.body.errors).toBeUndefined();
    expect(shown.body.data!.recordPhoneCallEvent.userErrors).toEqual([]);
    return created.body.data!.createPhoneCall.call.id;
  }

  it('streams an employee their own call card (TL-1), authenticated by their JWT', async () => {
    const t = await makeAppAccount(stack);
    const anna = await openEventStream(streamUrl, gatewayHeadersFor(t.userIdentity(t.anna)));
    try {
      expect(anna.status).toBe(200);
      await anna.next('snapshot');
      const callId = await showCard(gatewayHeadersFor(t.appIdentity), 'gw-1', '101');
      const card = await anna.next('card');
      expect(card.id).toMatch(/^\d+$/);
      expect(card.data).toMatchObject({ event: 'SHOW', userId: t.anna.id, card: { callId, userId: t.anna.id } });
    } finally {
      anna.close();
    }
  });

  it('refuses a request without credentials, or with bad ones, with 401 UNAUTHENTICATED', async () => {
    const t = await makeAppAccount(stack);
    const before = upstreamRequests.length;
    for (const headers of [
      {},
      { authorization: `Bearer ${jwtFor(t.userIdentity(t.anna) as Extract<Identity, { kind: 'user' }>, { expiresInSeconds: -60 })}` },
      // A client's own signed internal header counts for nothing at the gateway: still anonymous.
      subgraphHeadersFor(t.userIdentity(t.anna)),
    ]) {
      const response = await fetch(streamUrl, { headers: { accept: 'text/event-stream', ...headers } });
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
    }
    // Refused at the gateway: the subgraph was not asked.
    expect(upstreamRequests.length).toBe(before);
  });

  it("passes the subgraph's refusal through to a caller who is not an employee (403 FORBIDDEN)", async () => {
    const t = await makeAppAccount(stack);
    for (const identity of [{ kind: 'vendor' as const, vendorId: randomUUID() }, t.appIdentity]) {
      const response = await fetch(streamUrl, { headers: { accept: 'text/event-stream', ...gatewayHeadersFor(identity) } });
      expect(response.status).toBe(403);
      expect(await response.json()).toEqual({ code: 'FORBIDDEN', message: 'the call-card stream is for a signed-in employee' });
    }
  });

  it('forwards Last-Event-ID: a reconnect replays the events missed since', async () => {
    const t = await makeAppAccount(stack);
    const app = gatewayHeadersFor(t.appIdentity);
    const headers = gatewayHeadersFor(t.userIdentity(t.anna));
    const first = await openEventStream(streamUrl, headers);
    await first.next('snapshot');
    const callId = await showCard(app, 'gw-replay', '101');
    const shown = await first.next('card');
    first.close();
    // While Anna is away, the call goes on.
    await stack.query(EVENT, { call: { id: callId }, event: 'STARTTIME', extension: '101' }, app);
    await stack.query(EVENT, { call: { id: callId }, event: 'HIDE_ALL' }, app);
    const again = await openEventStream(streamUrl, { ...headers, 'last-event-id': shown.id! });
    try {
      expect(again.status).toBe(200);
      const replayed = [await again.next('card'), await again.next('card')];
      expect(replayed.map((e) => (e.data as { event: string }).event)).toEqual(['STARTTIME', 'HIDE_ALL']);
      // The replay comes before the snapshot, which no longer has the hidden card.
      expect((await again.next('snapshot')).data).toEqual({ cards: [] });
      expect(again.events.map((e) => e.event)).toEqual(['card', 'card', 'snapshot']);
    } finally {
      again.close();
    }
  });

  it('closes the upstream request when the client disconnects', async () => {
    const t = await makeAppAccount(stack);
    const before = upstreamRequests.length;
    const stream = await openEventStream(streamUrl, gatewayHeadersFor(t.userIdentity(t.anna)));
    await stream.next('snapshot');
    expect(upstreamRequests.length).toBe(before + 1);
    const upstream = upstreamRequests[before]!;
    const upstreamClosed = new Promise<void>((resolve) => {
      if (upstream.socket.destroyed) resolve();
      else upstream.socket.once('close', () => resolve());
    });
    expect(upstream.socket.destroyed).toBe(false);
    stream.close();
    // Resolves only if the gateway drops its connection to the subgraph (the subgraph's own
    // 'close' handler then unsubscribes the stream); a leak leaves this pending.
    await upstreamClosed;
    expect(upstream.socket.destroyed).toBe(true);
  });
});
