import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AppToken } from '@appmarket/accounts/src/tokens/app-token.entity';
import { encodeIdentity, IDENTITY_HEADER } from '@appmarket/federation';
import { sha256Hex } from '@appmarket/gateway';
import { makeAccount, makeApp, makeInstall, makeVendor } from '../support/factories';
import { subgraphHeadersFor } from '../support/identity';
import { postGraphQL, startTestStack, type TestStack } from '../support/stack';

/**
 * The whole product: real install tokens resolved through accounts' `installByAccessToken`
 * (SV-1), safelisting of partner integrations, and every subgraph refusing requests that do not
 * carry the gateway's signed identity.
 */
const REGISTERED = 'query Ping { __typename }';

describe('gateway and subgraphs on the real stack', () => {
  let stack: TestStack;
  beforeAll(async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'manifests-'));
    writeFileSync(
      path.join(dir, 'partner.json'),
      JSON.stringify({ format: 'apollo-persisted-query-manifest', version: 1, operations: [{ id: sha256Hex(REGISTERED), name: 'Ping', type: 'query', body: REGISTERED }] }),
    );
    // No caching here, so a revocation shows at once (the cache itself: auth unit tests).
    stack = await startTestStack({ gateway: { persistedQueriesDir: dir, appTokenCache: { ttlMs: 0, maxEntries: 10 } } });
  });
  afterAll(() => stack?.stop());

  async function installWithToken(): Promise<{ token: string; installId: string }> {
    const vendor = await makeVendor(stack.dataSources.catalog!);
    const app = await makeApp(stack.dataSources.catalog!, vendor);
    const account = await makeAccount(stack.dataSources.accounts!);
    const install = await makeInstall(stack.dataSources.accounts!, account, app);
    const token = randomBytes(32).toString('base64url');
    await stack.dataSources.accounts!.getRepository(AppToken).insert({
      id: randomUUID(), installId: install.id, tokenSha256: sha256Hex(token), createdAt: new Date('2026-10-01T10:00:00Z'), revokedAt: null,
    });
    return { token, installId: install.id };
  }

  it('SV-1: an install token is resolved through accounts; the app runs registered operations only', async () => {
    const { token } = await installWithToken();
    const registered = await stack.query(REGISTERED, undefined, { authorization: `Bearer ${token}` });
    expect(registered.body).toEqual({ data: { __typename: 'Query' } });
    const other = await stack.query('{ __typename other: __typename }', undefined, { authorization: `Bearer ${token}` });
    expect(other.status).toBe(403);
    expect(other.body.errors?.[0]?.extensions?.code).toBe('OPERATION_NOT_REGISTERED');
  });

  it('SV-1: a revoked install token stops working (UNAUTHENTICATED)', async () => {
    const { token, installId } = await installWithToken();
    expect((await stack.query(REGISTERED, undefined, { 'Lognex-Phone-Auth-Token': token })).body.data).toEqual({ __typename: 'Query' });
    await stack.dataSources.accounts!.getRepository(AppToken).update({ installId }, { revokedAt: new Date('2026-10-02T10:00:00Z') });
    const refused = await stack.query(REGISTERED, undefined, { 'Lognex-Phone-Auth-Token': token });
    expect(refused.status).toBe(401);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('an unknown install token is refused with UNAUTHENTICATED', async () => {
    const response = await stack.query(REGISTERED, undefined, { authorization: `Bearer ${randomBytes(32).toString('base64url')}` });
    expect(response.status).toBe(401);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  describe.each(['catalog', 'accounts', 'billing', 'telephony-loyalty'])('the %s subgraph, called directly', (name) => {
    const url = () => stack.subgraphs[name]!.url;
    const identity = { kind: 'user', userId: randomUUID(), accountId: randomUUID(), role: 'ADMIN' } as const;
    const forgedHeader = () => {
      const payload = Buffer.from(JSON.stringify({ identity, exp: Date.now() + 10_000 })).toString('base64url');
      return `${payload}.${createHmac('sha256', 'a-secret-that-is-not-the-deployment-one!!').update(payload).digest('base64url')}`;
    };

    it.each([
      ['no identity header', () => ({})],
      ['a header signed with another secret', () => ({ [IDENTITY_HEADER]: forgedHeader() })],
      ['an unsigned header (the old placeholder format)', () => ({ [IDENTITY_HEADER]: Buffer.from(JSON.stringify(identity)).toString('base64url') })],
      ['an expired header', () => ({ [IDENTITY_HEADER]: encodeIdentity(identity, Date.now() - 60_000) })],
    ])('refuses a request with %s (UNAUTHENTICATED)', async (_, headers) => {
      const response = await postGraphQL(url(), '{ __typename }', undefined, headers());
      expect(response.status).toBe(401);
      expect(response.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(response.body.data).toBeUndefined();
    });

    it('serves a validly signed request, the SDL query without a header, and /health', async () => {
      expect((await postGraphQL(url(), '{ __typename }', undefined, subgraphHeadersFor(identity))).body).toEqual({ data: { __typename: 'Query' } });
      const sdl = await postGraphQL<{ _service: { sdl: string } }>(url(), '{ _service { sdl } }');
      expect(sdl.body.data?._service.sdl).toContain('@link');
      expect((await fetch(url().replace(/\/graphql$/, '/health'))).status).toBe(200);
    });
  });
});
