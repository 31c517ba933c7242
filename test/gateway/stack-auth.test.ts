import { createHmac, createPrivateKey, randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AppToken } from '@appmarket/accounts/src/tokens/app-token.entity';
import { encodeIdentity, IDENTITY_HEADER, type Identity } from '@appmarket/federation';
import { SignJWT } from 'jose';
import { sha256Hex } from '@appmarket/gateway';
import { makeAccount, makeApp, makeInstall, makeVendor } from '../support/factories';
import { subgraphHeadersFor, TEST_INTERNAL_IDENTITY_KEYS } from '../support/identity';
import { postGraphQL, startTestStack, type TestStack } from '../support/stack';

/**
 * The whole product: real install tokens resolved through accounts' `installByAccessToken`
 * (SV-1), safelisting of partner integrations, and every subgraph refusing requests that do not
 * carry the gateway's signed identity — addressed to them, fresh, and asserting no more than its
 * signer may (issue 14, item 6: a stolen subgraph environment cannot mint a moderator).
 */

/** What an attacker holding catalog's environment (its private key) can sign, bypassing our encoder. */
async function withCatalogsKey(identity: Identity, audience: string, kid = 'catalog'): Promise<string> {
  const key = createPrivateKey({ key: JSON.parse(TEST_INTERNAL_IDENTITY_KEYS.privateKeys.catalog!) as never, format: 'jwk' });
  return new SignJWT({ identity }).setProtectedHeader({ alg: 'EdDSA', kid }).setIssuer(kid).setAudience(audience).setIssuedAt().setExpirationTime('15s').sign(key);
}
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
      ['an expired header', () => subgraphHeadersFor(identity, { nowMs: Date.now() - 60_000 })],
      ['a header the gateway signed for another subgraph', () => subgraphHeadersFor(identity, { audience: name === 'billing' ? 'accounts' : 'billing' })],
      ['a moderator minted with catalog\'s stolen private key', async () => ({ [IDENTITY_HEADER]: await withCatalogsKey({ kind: 'moderator', moderatorId: 'm' }, name) })],
      ['a user minted with catalog\'s stolen private key', async () => ({ [IDENTITY_HEADER]: await withCatalogsKey(identity, name) })],
      ['a moderator signed with catalog\'s key passed off as the gateway\'s', async () => ({ [IDENTITY_HEADER]: await withCatalogsKey({ kind: 'moderator', moderatorId: 'm' }, name, 'gateway') })],
      ['another subgraph\'s service identity signed with catalog\'s key', async () => ({ [IDENTITY_HEADER]: await withCatalogsKey({ kind: 'service', service: 'billing' }, name) })],
    ])('refuses a request with %s (UNAUTHENTICATED)', async (_, headers) => {
      const response = await postGraphQL(url(), '{ __typename }', undefined, await headers());
      expect(response.status).toBe(401);
      expect(response.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(response.body.data).toBeUndefined();
    });

    it('serves a validly signed request, the SDL query without a header, and /health', async () => {
      expect((await postGraphQL(url(), '{ __typename }', undefined, subgraphHeadersFor(identity))).body).toEqual({ data: { __typename: 'Query' } });
      // What catalog's key is for: catalog calling a peer as itself.
      const asCatalog = { [IDENTITY_HEADER]: await encodeIdentity({ kind: 'service', service: 'catalog' }, { as: 'catalog', audience: name }) };
      expect((await postGraphQL(url(), '{ __typename }', undefined, asCatalog)).body).toEqual({ data: { __typename: 'Query' } });
      const sdl = await postGraphQL<{ _service: { sdl: string } }>(url(), '{ _service { sdl } }');
      expect(sdl.body.data?._service.sdl).toContain('@link');
      expect((await fetch(url().replace(/\/graphql$/, '/health'))).status).toBe(200);
    });
  });
});
