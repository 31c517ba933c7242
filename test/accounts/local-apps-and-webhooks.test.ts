import { UserRole, Zone } from '@appmarket/accounts/src/accounts/account.enums';
import { IncomingWebhook } from '@appmarket/accounts/src/developer/incoming-webhook.entity';
import { createHash } from 'node:crypto';
import { makeAccount, makeUser } from '../support/factories';
import { startAccountsHarness, userIdentity, type AccountsHarness } from '../support/accounts-factories';
import { refusalCode } from '../support/refusals';

const LOCAL = 'mutation($name: String!) { createLocalApp(name: $name) { localApp { id name } userErrors { field message code } } }';
const WEBHOOK = `mutation($name: String!, $p: [WebhookPermissionInput!]!) {
  createIncomingWebhook(name: $name, permissions: $p) { token webhook { id permissions { entity operations } } userErrors { field message code } } }`;
const LIST = 'query($id: ID!) { account(id: $id) { localApps { name } incomingWebhooks { name } } }';

let h: AccountsHarness;
beforeAll(async () => {
  h = await startAccountsHarness();
});
afterAll(() => h.stop());

async function adminOf(zone: Zone, tariff = 'BASIC') {
  const account = await makeAccount(h.dataSource, { zone, tariff });
  const user = await makeUser(h.dataSource, account, { role: UserRole.ADMIN });
  return { account, as: userIdentity(user), user };
}
/** The refusal's code: top-level, else a payload's user error (issue 19, item 2). */
const codeOf = (r: { body: unknown }) => refusalCode(r.body as Parameters<typeof refusalCode>[0]);

describe('local apps and webhooks', () => {
  it('BX-8: in zone ru local apps and webhooks need the marketplace subscription; other zones do not', async () => {
    const ru = await adminOf(Zone.RU);
    expect(codeOf(await h.query(LOCAL, { name: 'Sync' }, ru.as))).toBe('MARKETPLACE_SUBSCRIPTION_REQUIRED');
    expect(codeOf(await h.query(WEBHOOK, { name: 'Orders', p: [] }, ru.as))).toBe('MARKETPLACE_SUBSCRIPTION_REQUIRED');
    h.peers.subscribed.add(ru.account.id);
    expect(codeOf(await h.query(LOCAL, { name: 'Sync' }, ru.as))).toBeUndefined();
    const kz = await adminOf(Zone.KZ);
    expect(codeOf(await h.query(LOCAL, { name: 'Sync' }, kz.as))).toBeUndefined();
    const listed = await h.query<{ account: { localApps: { name: string }[] } }>(LIST, { id: ru.account.id }, ru.as);
    expect(listed.body.data?.account.localApps).toEqual([{ name: 'Sync' }]);
    // Another account's admin does not see them.
    expect((await h.query(LIST, { id: ru.account.id }, kz.as)).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('BX-8: a webhook gets a token with the chosen permissions, stored only hashed; admins only', async () => {
    const by = await adminOf(Zone.BY);
    const created = await h.query<{ createIncomingWebhook: { token: string; webhook: { id: string } } }>(
      WEBHOOK, { name: 'Orders', p: [{ entity: 'phonecall', operations: ['CREATE', 'VIEW'] }] }, by.as);
    const { token, webhook } = created.body.data!.createIncomingWebhook;
    const stored = await h.dataSource.getRepository(IncomingWebhook).findOneByOrFail({ id: webhook.id });
    expect(stored.tokenSha256).toBe(createHash('sha256').update(token).digest('hex'));
    expect(stored.permissions).toEqual([{ entity: 'phonecall', operations: ['VIEW', 'CREATE'] }]);
    expect(token.startsWith('whk.')).toBe(true);
    const employee = await makeUser(h.dataSource, by.account, { role: UserRole.EMPLOYEE });
    expect(codeOf(await h.query(LOCAL, { name: 'X' }, userIdentity(employee)))).toBe('FORBIDDEN');
  });

  it('TR-4: the free tariff has no webhooks', async () => {
    const free = await adminOf(Zone.KZ, 'FREE');
    expect(codeOf(await h.query(WEBHOOK, { name: 'Orders', p: [] }, free.as))).toBe('WEBHOOKS_NOT_ON_FREE_TARIFF');
    expect(await h.dataSource.getRepository(IncomingWebhook).countBy({ accountId: free.account.id })).toBe(0);
  });
});
