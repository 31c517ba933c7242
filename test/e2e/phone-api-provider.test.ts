import { randomUUID } from 'node:crypto';
import { AppType } from '@appmarket/catalog/src/apps/app.enums';
import { gatewayHeadersFor } from '../support/identity';
import { startTestStack, type TestStack } from '../support/stack';
import { FakeTelephonyProvider } from '../support/telephony-provider';
import { makeAppAccount, openEventStream } from '../support/telephony-factories';

/**
 * TL-1 end to end, as a telephony provider meets it: a provider server written against MoySklad's
 * Phone API 1.0 documentation, configured with the gateway's base URL and the key the account's
 * admin issued, posts calls and card events over REST and over GraphQL; employees' event streams
 * (through the gateway) get the cards. Refusals in MoySklad's shape.
 */
describe('Phone API 1.0 through the gateway, with a provider written against MoySklad', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(() => stack?.stop());

  const base = () => stack.gateway.url.replace(/\/graphql$/, '/api/phone/1.0');
  const streamUrl = () => stack.gateway.url.replace(/\/graphql$/, '/events/call-cards');

  /** An account with a TELEPHONY install, its key (issued by the admin, real), and a provider using it. */
  async function connected() {
    const t = await makeAppAccount(stack, AppType.TELEPHONY);
    const issued = await stack.query<{ issuePhoneApiToken: { token: string } }>(
      `mutation($id: ID!) { issuePhoneApiToken(installId: $id) { token userErrors { field message code } } }`, { id: t.install.id }, gatewayHeadersFor(t.userIdentity(t.anna)));
    const key = issued.body.data!.issuePhoneApiToken.token;
    return { ...t, key, provider: new FakeTelephonyProvider(base(), key, () => stack.clock.now()) };
  }

  it('a call and its card events over REST reach the employee\'s stream; the provider reads MoySklad\'s shapes (gzip both ways)', async () => {
    const t = await connected();
    const anna = await openEventStream(streamUrl(), gatewayHeadersFor(t.userIdentity(t.anna)));
    try {
      await anna.next('snapshot');
      // The provider maps its extensions to employees first (GET /employee?filter=extention=…).
      const employees = await t.provider.employees('extention=101');
      expect(employees).toMatchObject({ status: 200, gzipped: true });
      expect(employees.body).toEqual({
        employees: [{ meta: { href: `${base()}/employee/${t.anna.id}`, type: 'employee', mediaType: 'application/json' }, extention: '101' }],
      });
      const started = await t.provider.startCall('pbx-1001', '+74959999999', '101', { comment: 'входящий' });
      expect(started.status).toBe(200);
      expect(started.body).toEqual({
        meta: { href: `${base()}/call/${started.body.id}`, type: 'call', mediaType: 'application/json' },
        id: started.body.id, externalId: 'pbx-1001', number: '+74959999999', extension: '101',
        employee: { href: `${base()}/employee/${t.anna.id}`, type: 'employee', mediaType: 'application/json' },
        isIncoming: true, startTime: t.provider.moment().slice(0, 19), recordUrl: [], comment: 'входящий',
      });
      const card = await anna.next('card');
      expect(card.data).toMatchObject({ event: 'SHOW', userId: t.anna.id, card: { callId: started.body.id, extension: '101' } });

      // A retry of the same call (same externalId) is the same call; its SHOW lands on the open card.
      expect((await t.provider.startCall('pbx-1001', '+74959999999', '101')).body.id).toBe(started.body.id);
      expect((await anna.next('card')).data).toMatchObject({ event: 'SHOW', card: { id: (card.data as { card: { id: string } }).card.id } });

      // The talk starts, then ends: by external id, with the recording, hiding the card.
      expect((await t.provider.eventByExternalId('pbx-1001', { eventType: 'STARTTIME', extension: '101' })).status).toBe(204);
      expect((await anna.next('card')).data).toMatchObject({ event: 'STARTTIME' });
      stack.clock.advance(65_000);
      const ended = await t.provider.updateByExternalId('pbx-1001', {
        endTime: t.provider.moment(), recordUrl: ['https://pbx.example.com/rec/1001.mp3'], comment: 'перезвонить',
        events: [{ eventType: 'HIDE', extension: '101', sequence: t.provider.nextSequence() }],
      });
      expect(ended.status).toBe(200);
      expect(ended.body).toMatchObject({ duration: 65_000, recordUrl: ['https://pbx.example.com/rec/1001.mp3'], comment: 'перезвонить' });
      expect((await anna.next('card')).data).toMatchObject({ event: 'HIDE', card: { hiddenAt: expect.any(String) } });
      // "Fields already filled are not overwritten; recordUrl adds": a second update keeps the end time.
      const again = await t.provider.update(started.body.id, { endTime: t.provider.moment(new Date(0)), recordUrl: ['https://pbx.example.com/rec/1001b.mp3'] });
      expect(again.body).toMatchObject({ endTime: ended.body.endTime, recordUrl: ['https://pbx.example.com/rec/1001.mp3', 'https://pbx.example.com/rec/1001b.mp3'] });
      expect((await t.provider.getCall(started.body.id)).body).toEqual(again.body);
      // The same call through GraphQL (the services are the same).
      const history = await t.provider.graphql(`{ phoneCalls(first: 5) { edges { node { externalId status durationSeconds recordUrls endedAt } } } }`);
      expect(history.body.data.phoneCalls.edges[0].node).toMatchObject({ externalId: 'pbx-1001', status: 'COMPLETED', durationSeconds: 65 });
    } finally {
      anna.close();
    }
  });

  it('the same key over GraphQL: a call, and an event for another employee reaches only that one\'s stream', async () => {
    const t = await connected();
    const anna = await openEventStream(streamUrl(), gatewayHeadersFor(t.userIdentity(t.anna)));
    const boris = await openEventStream(streamUrl(), gatewayHeadersFor(t.userIdentity(t.boris)));
    try {
      await Promise.all([anna.next('snapshot'), boris.next('snapshot')]);
      const created = await t.provider.graphql<{ createPhoneCall: { call: { id: string } } }>(
        `mutation($input: CreateCallInput!) { createPhoneCall(input: $input) { call { id } } }`,
        { input: { externalId: 'gql-1', direction: 'INCOMING', fromNumber: '+79001234567', toNumber: '102' } });
      expect(created.body.errors).toBeUndefined();
      const callId = created.body.data!.createPhoneCall.call.id;
      const shown = await t.provider.graphql(
        `mutation($id: ID!) { recordPhoneCallEvent(call: { id: $id }, event: SHOW, extension: "102") { changes { event card { userId } } userErrors { code } } }`,
        { id: callId });
      expect(shown.body).toEqual({ data: { recordPhoneCallEvent: { changes: [{ event: 'SHOW', card: { userId: t.boris.id } }], userErrors: [] } } });
      expect((await boris.next('card')).data).toMatchObject({ event: 'SHOW', userId: t.boris.id });
      // The REST event for the same call, by the employee's href, reaches Boris too; Anna got nothing.
      await t.provider.event(callId, { eventType: 'HIDE', employee: { href: `${base()}/employee/${t.boris.id}`, type: 'employee' } });
      expect((await boris.next('card')).data).toMatchObject({ event: 'HIDE', userId: t.boris.id });
      expect(anna.events.filter((e) => e.event === 'card')).toEqual([]);
      // The key runs only the Phone API's operations.
      const other = await t.provider.graphql(`query($id: ID!) { account(id: $id) { name } }`, { id: t.account.id });
      expect(other.body.errors?.[0]?.extensions?.code).toBe('OPERATION_NOT_REGISTERED');
    } finally {
      anna.close();
      boris.close();
    }
  });

  it('refuses a wrong key, another account\'s call and another account\'s employee, in MoySklad\'s shape', async () => {
    const mine = await connected();
    const theirs = await connected();
    const theirCall = (await theirs.provider.startCall('theirs-1', '+74950000000', '101')).body.id as string;

    const wrong = new FakeTelephonyProvider(base(), 'not-a-key');
    expect(await wrong.employees()).toMatchObject({ status: 401, body: { errors: [{ code: 1056 }] } });
    expect((await wrong.graphql('{ phoneCalls { edges { cursor } } }')).body.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    expect(await new FakeTelephonyProvider(base(), '').employees()).toMatchObject({ status: 401, body: { errors: [{ code: 1056 }] } });

    // Another account's call is not found, by id and by external id; it stays as it was.
    expect(await mine.provider.getCall(theirCall)).toMatchObject({ status: 404, body: { errors: [{ code: 1021 }] } });
    expect((await mine.provider.update(theirCall, { comment: 'x' })).status).toBe(404);
    expect((await mine.provider.updateByExternalId('theirs-1', { comment: 'x' })).status).toBe(404);
    expect((await theirs.provider.getCall(theirCall)).body.comment).toBeUndefined();

    // Another account's employee is not one of mine: not found (REST and GraphQL), nothing shown.
    const myCall = (await mine.provider.startCall('mine-1', '+74951111111', '101')).body.id as string;
    const foreign = await mine.provider.event(myCall, { eventType: 'SHOW', employee: { href: `${base()}/employee/${theirs.anna.id}`, type: 'employee' } });
    expect(foreign).toMatchObject({ status: 404, body: { errors: [{ code: 1021, parameter: 'employee' }] } });
    const viaGraphql = await mine.provider.graphql(
      `mutation($id: ID!, $u: ID!) { recordPhoneCallEvent(call: { id: $id }, event: SHOW, userId: $u) { changes { eventId } userErrors { field code } } }`,
      { id: myCall, u: theirs.anna.id });
    // Issue 19, item 2: over GraphQL the refusal is a user error at the argument (REST keeps MoySklad's 404 above).
    expect(viaGraphql.body).toEqual({ data: { recordPhoneCallEvent: { changes: null, userErrors: [{ field: ['userId'], code: 'EMPLOYEE_NOT_FOUND' }] } } });
    const cards = await mine.provider.graphql(`query($u: ID) { currentCallCards(userId: $u) { id } }`, { u: theirs.anna.id });
    expect(cards.body.errors![0].extensions.code).toBe('EMPLOYEE_NOT_FOUND');
    const [row] = await stack.dataSources['telephony-loyalty']!.query('SELECT count(*) AS n FROM call_cards WHERE user_id = $1', [theirs.anna.id]);
    expect(Number(row.n)).toBe(1); // only the card their own provider popped
  });

  it('refuses malformed requests with MoySklad\'s codes and writes nothing', async () => {
    const t = await connected();
    const count = async () => Number((await stack.dataSources['telephony-loyalty']!.query('SELECT count(*) AS n FROM calls WHERE account_id = $1', [t.account.id]))[0].n);
    expect(await t.provider.send('POST', '/call', { number: '+7495', isIncoming: true, startTime: t.provider.moment() }))
      .toMatchObject({ status: 412, body: { errors: [{ code: 3000, parameter: 'externalId' }] } });
    expect(await t.provider.send('POST', '/call', { externalId: 'x', number: '+7495', isIncoming: 'yes', startTime: t.provider.moment() }))
      .toMatchObject({ status: 400, body: { errors: [{ code: 2016, parameter: 'isIncoming' }] } });
    expect(await t.provider.send('POST', '/call', { externalId: 'x', number: '+7495', isIncoming: true, startTime: '2026-02-30 10:00:00' }))
      .toMatchObject({ status: 400, body: { errors: [{ code: 2016, parameter: 'startTime' }] } });
    expect(await t.provider.send('POST', '/call', [{ externalId: 'x' }])).toMatchObject({ status: 400, body: { errors: [{ code: 2009 }] } });
    expect(await t.provider.send('POST', '/call', { externalId: 'x', number: '+7495', isIncoming: true, startTime: t.provider.moment(),
      events: [{ eventType: 'POP', extension: '101', sequence: 1 }] })).toMatchObject({ status: 400, body: { errors: [{ code: 3005 }] } });
    expect(await t.provider.send('GET', '/call/not-a-uuid')).toMatchObject({ status: 400, body: { errors: [{ code: 1052 }] } });
    expect(await t.provider.send('DELETE', `/call/${randomUUID()}`)).toMatchObject({ status: 405, body: { errors: [{ code: 1039 }] } });
    expect(await t.provider.send('GET', '/counterparty')).toMatchObject({ status: 404, body: { errors: [{ code: 1002 }] } });
    expect(await t.provider.employees('name=Анна')).toMatchObject({ status: 400, body: { errors: [{ code: 1034 }] } });
    // Not JSON at all (sent raw, as a broken client would).
    const broken = await fetch(`${base()}/call`, { method: 'POST', headers: { 'lognex-phone-auth-token': t.key, 'content-type': 'application/json' }, body: '{"externalId":' });
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({ errors: [{ code: 2001 }] });
    expect(await count()).toBe(0);
  });

  it('TY-3: another app type\'s token is not the Phone API\'s (403, 55008), and a user is not either', async () => {
    const iframe = await makeAppAccount(stack, AppType.IFRAME);
    const asApp = await fetch(`${base()}/employee`, { headers: gatewayHeadersFor(iframe.appIdentity) });
    expect(asApp.status).toBe(403);
    expect(await asApp.json()).toMatchObject({ errors: [{ code: 55008 }] });
    const asUser = await fetch(`${base()}/employee`, { headers: gatewayHeadersFor(iframe.userIdentity(iframe.anna)) });
    expect(asUser.status).toBe(403);
  });
});
