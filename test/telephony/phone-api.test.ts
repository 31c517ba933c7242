import { randomUUID } from 'node:crypto';
import { AppType } from '@appmarket/catalog/src/apps/app.enums';
import { Install } from '@appmarket/accounts/src/installs/install.entity';
import { InstallStatus } from '@appmarket/accounts/src/installs/install.enums';
import { gatewayHeadersFor } from '../support/identity';
import { startTestStack, type TestStack } from '../support/stack';
import { refusalCode, userErrorsOf } from '../support/refusals';
import { appIdentityOf, makeAppAccount } from '../support/telephony-factories';

const CREATE = `mutation($input: CreateCallInput!) { createPhoneCall(input: $input) { call { id externalId userId status direction } userErrors { field code } } }`;
const UPDATE = `mutation($call: CallRefInput!, $input: UpdateCallInput!) {
  updatePhoneCall(call: $call, input: $input) { call { id status durationSeconds userId } userErrors { field code } } }`;
type Created = { createPhoneCall: { call: { id: string; userId: string } } };
const HISTORY = `query($filter: CallFilter, $first: Int, $after: String) {
  phoneCalls(filter: $filter, first: $first, after: $after) { edges { node { id externalId } } pageInfo { hasNextPage endCursor } } }`;
const call = (externalId: string, over: Record<string, unknown> = {}) => ({
  externalId, direction: 'INCOMING', fromNumber: '+7 900 111-22-33', toNumber: '101', ...over,
});

describe('Phone API (TL-1)', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(() => stack?.stop());

  const codeOf = (r: { body: object }) => refusalCode(r.body as Parameters<typeof refusalCode>[0]);
  const callsOf = async (accountId: string) =>
    Number((await stack.dataSources['telephony-loyalty']!.query('SELECT count(*) AS n FROM calls WHERE account_id = $1', [accountId]))[0].n);

  it('creates a call idempotently on the external id, with the employee found by extension', async () => {
    const t = await makeAppAccount(stack);
    const headers = gatewayHeadersFor(t.appIdentity);
    const first = await stack.query<Created>(CREATE, { input: call('x-1', { extension: '101' }) }, headers);
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data!.createPhoneCall).toMatchObject({ call: { externalId: 'x-1', userId: t.anna.id, status: 'RINGING' }, userErrors: [] });
    const again = await stack.query<Created>(CREATE, { input: call('x-1') }, headers);
    expect(again.body.data!.createPhoneCall.call.id).toBe(first.body.data!.createPhoneCall.call.id);
    expect(await callsOf(t.account.id)).toBe(1);
  });

  it('updates a call by id and by external id; an unknown extension is EMPLOYEE_NOT_FOUND', async () => {
    const t = await makeAppAccount(stack);
    const headers = gatewayHeadersFor(t.appIdentity);
    const created = await stack.query<Created>(CREATE, { input: call('x-2') }, headers);
    const id = created.body.data!.createPhoneCall.call.id;
    const byExternal = await stack.query(UPDATE, { call: { externalId: 'x-2' }, input: { status: 'IN_PROGRESS', extension: '102' } }, headers);
    expect(byExternal.body.data).toEqual({ updatePhoneCall: { call: { id, status: 'IN_PROGRESS', durationSeconds: 0, userId: t.boris.id }, userErrors: [] } });
    const byId = await stack.query(UPDATE, { call: { id }, input: { status: 'COMPLETED', durationSeconds: 75 } }, headers);
    expect(byId.body.data).toEqual({ updatePhoneCall: { call: { id, status: 'COMPLETED', durationSeconds: 75, userId: t.boris.id }, userErrors: [] } });
    // Issue 19, item 2: an employee the account does not have is a user error at the argument.
    const unknown = await stack.query(UPDATE, { call: { id }, input: { extension: '999' } }, headers);
    expect(unknown.body).toEqual({ data: { updatePhoneCall: { call: null, userErrors: [{ field: ['input', 'extension'], code: 'EMPLOYEE_NOT_FOUND' }] } } });
  });

  it("refuses another account's call as CALL_NOT_FOUND and changes nothing", async () => {
    const mine = await makeAppAccount(stack);
    const theirs = await makeAppAccount(stack);
    const created = await stack.query<Created>(CREATE, { input: call('x-3') }, gatewayHeadersFor(theirs.appIdentity));
    const id = created.body.data!.createPhoneCall.call.id;
    const headers = gatewayHeadersFor(mine.appIdentity);
    const refused = await stack.query<Record<string, unknown>>(UPDATE, { call: { id }, input: { status: 'MISSED' } }, headers);
    expect(userErrorsOf(refused.body)).toEqual([{ field: ['call'], code: 'CALL_NOT_FOUND' }]);
    expect(codeOf(await stack.query(UPDATE, { call: { externalId: 'x-3' }, input: { status: 'MISSED' } }, headers))).toBe('CALL_NOT_FOUND');
    const [row] = await stack.dataSources['telephony-loyalty']!.query('SELECT status FROM calls WHERE id = $1', [id]);
    expect(row.status).toBe('RINGING');
  });

  it('looks an employee up by extension, only in the caller\'s account', async () => {
    const t = await makeAppAccount(stack);
    const other = await makeAppAccount(stack);
    const q = `query($e: String!) { phoneEmployee(extension: $e) { id fullName extension } }`;
    const found = await stack.query(q, { e: '102' }, gatewayHeadersFor(t.appIdentity));
    expect(found.body.data).toEqual({ phoneEmployee: { id: t.boris.id, fullName: 'Борис Петров', extension: '102' } });
    const theirs = await stack.query<{ phoneEmployee: { id: string } }>(q, { e: '102' }, gatewayHeadersFor(other.appIdentity));
    expect(theirs.body.data!.phoneEmployee.id).toBe(other.boris.id);
  });

  it("lists the account's calls newest first, filtered and paged by cursor", async () => {
    const t = await makeAppAccount(stack);
    const headers = gatewayHeadersFor(t.appIdentity);
    for (let i = 0; i < 5; i++) {
      await stack.query(CREATE, {
        input: call(`h-${i}`, {
          direction: i % 2 ? 'OUTGOING' : 'INCOMING',
          startedAt: `2026-10-0${i + 1}T10:00:00Z`,
          extension: i < 2 ? '101' : '102',
        }),
      }, headers);
    }
    const ids = async (variables: Record<string, unknown>) => {
      const r = await stack.query<{ phoneCalls: { edges: { node: { externalId: string } }[]; pageInfo: { endCursor: string; hasNextPage: boolean } } }>(HISTORY, variables, headers);
      expect(r.body.errors).toBeUndefined();
      return r.body.data!.phoneCalls;
    };
    const page1 = await ids({ first: 2 });
    expect(page1.edges.map((e) => e.node.externalId)).toEqual(['h-4', 'h-3']);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = await ids({ first: 2, after: page1.pageInfo.endCursor });
    expect(page2.edges.map((e) => e.node.externalId)).toEqual(['h-2', 'h-1']);
    expect((await ids({ filter: { direction: 'OUTGOING' } })).edges.map((e) => e.node.externalId)).toEqual(['h-3', 'h-1']);
    expect((await ids({ filter: { userId: t.anna.id } })).edges.map((e) => e.node.externalId)).toEqual(['h-1', 'h-0']);
    const period = await ids({ filter: { from: '2026-10-02T00:00:00Z', to: '2026-10-04T00:00:00Z' } });
    expect(period.edges.map((e) => e.node.externalId)).toEqual(['h-2', 'h-1']);
  });

  it('TL-1: a SERVER app gets no Phone API (PHONE_API_REQUIRES_TELEPHONY_APP) and writes nothing', async () => {
    const t = await makeAppAccount(stack, AppType.SERVER);
    const refused = await stack.query(CREATE, { input: call('s-1') }, gatewayHeadersFor(t.appIdentity));
    expect(codeOf(refused)).toBe('PHONE_API_REQUIRES_TELEPHONY_APP');
    expect(await callsOf(t.account.id)).toBe(0);
  });

  it('TY-3: the Phone API is a TELEPHONY capability only; every other type is refused', async () => {
    const accountId = randomUUID();
    for (const type of ['IFRAME', 'SERVER', 'LOYALTY'] as const) {
      const headers = gatewayHeadersFor(appIdentityOf(accountId, randomUUID(), type, randomUUID()));
      expect(codeOf(await stack.query(CREATE, { input: call(`t3-${type}`) }, headers))).toBe('PHONE_API_REQUIRES_TELEPHONY_APP');
      expect(codeOf(await stack.query(`{ phoneEmployee(extension: "101") { id } }`, {}, headers))).toBe('PHONE_API_REQUIRES_TELEPHONY_APP');
    }
    expect(await callsOf(accountId)).toBe(0);
  });

  it('TY-2: a second TELEPHONY install of the account is refused while the first is live, and takes over after it is removed', async () => {
    const t = await makeAppAccount(stack);
    await stack.query(CREATE, { input: call('first') }, gatewayHeadersFor(t.appIdentity));
    const secondInstallId = randomUUID();
    const second = gatewayHeadersFor(appIdentityOf(t.account.id, secondInstallId, 'TELEPHONY', randomUUID()));
    const refused = await stack.query(CREATE, { input: call('second') }, second);
    expect(codeOf(refused)).toBe('ANOTHER_TELEPHONY_INSTALL_ACTIVE');
    expect(await callsOf(t.account.id)).toBe(1);

    await stack.dataSources.accounts!.getRepository(Install).update({ id: t.install.id }, {
      status: InstallStatus.UNINSTALLED, uninstalledAt: new Date('2026-11-01T08:00:00Z'),
    });
    const accepted = await stack.query(CREATE, { input: call('second') }, second);
    expect(accepted.body.errors).toBeUndefined();
    expect(await callsOf(t.account.id)).toBe(2);
    const [binding] = await stack.dataSources['telephony-loyalty']!.query('SELECT install_id FROM phone_installs WHERE account_id = $1', [t.account.id]);
    expect(binding.install_id).toBe(secondInstallId);
  });
});
