import { generateKeyPairSync } from 'node:crypto';
import { SignJWT } from 'jose';
import { Authenticator, cachedResolver, type InstallCredential } from '../auth';
import { permissionRequirements } from '../permissions';

const credential: InstallCredential = {
  identity: { kind: 'app', installId: '00000000-0000-4000-8000-000000000001', accountId: '00000000-0000-4000-8000-000000000002', appId: '00000000-0000-4000-8000-000000000003', appType: 'SERVER' },
  permissions: null,
  registeredOperationsOnly: true,
};

describe('install-token cache', () => {
  it('answers from the cache within the TTL and asks again after it (a revoked token stops working within seconds)', async () => {
    let now = 0;
    let live = true;
    let calls = 0;
    const resolve = cachedResolver(async () => (calls++, live ? credential : null), { ttlMs: 5_000, maxEntries: 10, now: () => now });
    expect(await resolve('t')).toBe(credential);
    live = false; // revoked in accounts
    now = 4_999;
    expect(await resolve('t')).toBe(credential);
    now = 5_000;
    expect(await resolve('t')).toBeNull();
    expect(calls).toBe(2);
  });

  it('is bounded: the least recently used token goes first', async () => {
    const asked: string[] = [];
    const resolve = cachedResolver(async (token) => (asked.push(token), credential), { ttlMs: 60_000, maxEntries: 2, now: () => 0 });
    await resolve('a');
    await resolve('b');
    await resolve('a'); // a is now the most recent
    await resolve('c'); // evicts b
    await resolve('a');
    await resolve('b');
    expect(asked).toEqual(['a', 'b', 'c', 'b']);
  });
});

describe('JWT callers', () => {
  const noTokens = async () => null;
  const claims = { kind: 'user', accountId: '1b8f3f16-7cbe-4d0e-8e43-6f4a0e3f6c21', role: 'EMPLOYEE' };
  const userId = '7d0f2a52-5d5d-4a4f-9f57-2f1a1f3e9b10';

  it.each(['RS256', 'ES256'] as const)('verifies %s JWTs with the configured public key, issuer and audience checked', async (alg) => {
    const { publicKey, privateKey } = alg === 'RS256'
      ? generateKeyPairSync('rsa', { modulusLength: 2048 })
      : generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const auth = new Authenticator({ issuer: 'idp', audience: 'api', publicKey: { pem, alg } }, noTokens);
    const sign = (iss: string) =>
      new SignJWT(claims).setProtectedHeader({ alg }).setSubject(userId).setIssuer(iss).setAudience('api').setExpirationTime('1h').sign(privateKey);
    const caller = await auth.authenticate({ authorization: `Bearer ${await sign('idp')}` });
    expect(caller.identity).toEqual({ kind: 'user', userId, accountId: claims.accountId, role: 'EMPLOYEE' });
    await expect(auth.authenticate({ authorization: `Bearer ${await sign('other')}` })).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('refuses a validly signed JWT that does not describe a caller, and JWTs when none are configured', async () => {
    const secret = 'hs256-secret-of-at-least-32-characters!!';
    const token = await new SignJWT({ kind: 'user' }).setProtectedHeader({ alg: 'HS256' }).setIssuer('idp').setAudience('api')
      .setExpirationTime('1h').sign(new TextEncoder().encode(secret));
    const auth = new Authenticator({ issuer: 'idp', audience: 'api', hs256Secret: secret }, noTokens);
    await expect(auth.authenticate({ authorization: `Bearer ${token}` })).rejects.toThrow(/does not describe/);
    await expect(new Authenticator(undefined, noTokens).authenticate({ authorization: `Bearer ${token}` })).rejects.toThrow(/not accepted/);
  });
});

describe('permission requirements from the supergraph', () => {
  it('reads @requiresPermission per field and refuses a non-null guarded field', () => {
    expect(permissionRequirements('type Call { number: String @requiresPermission(entity: "calls", operation: VIEW) }')).toEqual(
      new Map([['Call.number', { entity: 'calls', operation: 'VIEW' }]]),
    );
    expect(() => permissionRequirements('type Call { number: String! @requiresPermission(entity: "calls", operation: VIEW) }')).toThrow(/must be nullable/);
  });
});
