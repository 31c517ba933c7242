import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ManualClock } from '@appmarket/core';
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload, type KeyLike } from 'jose';
import { Authenticator } from '../auth';
import { loadGatewayConfig } from '../config';
import { JwksUnavailableError, JwtVerifier } from '../jwt';

/**
 * Issue 14, item 2: users', vendors' and moderators' JWTs are checked strictly. Each weak token
 * the issue found accepted is refused; JWKS keys are cached and rotate.
 */
const SECRET = 'hs256-secret-of-at-least-32-characters!!';
const NOW = new Date('2026-11-01T09:00:00Z');
const now = Math.floor(NOW.getTime() / 1000);
const USER = { kind: 'user', sub: randomUUID(), accountId: randomUUID(), role: 'EMPLOYEE' };
const hs256 = new TextEncoder().encode(SECRET);

/** A token exactly as given: claims and header are not completed by anyone. */
const sign = (claims: JWTPayload, key: KeyLike | Uint8Array = hs256, header: { alg: string; kid?: string } = { alg: 'HS256' }) =>
  new SignJWT({ iss: 'idp', aud: 'api', ...claims }).setProtectedHeader(header).sign(key);
const valid = (over: JWTPayload = {}) => ({ ...USER, iat: now, exp: now + 3600, ...over });

const verifier = (options: Partial<ConstructorParameters<typeof JwtVerifier>[0]> = {}) =>
  new JwtVerifier({ issuer: 'idp', audience: 'api', hs256Secret: SECRET, ...options }, new ManualClock(NOW));
const refusal = async (token: string, v = verifier()) => {
  try {
    await v.verify(token);
    return undefined;
  } catch (error) {
    return { code: (error as { extensions?: { code?: string } }).extensions?.code, message: (error as Error).message };
  }
};

describe('JWTs: the weak tokens of issue 14 are refused', () => {
  it('accepts a well-formed token', async () => {
    expect(await verifier().verify(await sign(valid()))).toEqual({ kind: 'user', userId: USER.sub, accountId: USER.accountId, role: 'EMPLOYEE' });
  });

  it.each([
    ['HS256 without exp (it would never expire)', () => valid({ exp: undefined }), /"exp" claim/],
    ['exp in the year 9999', () => valid({ exp: 253_402_300_799 }), /lives .* at most 86400 s/],
    ['iat a year ahead', () => valid({ iat: now + 365 * 86_400, exp: now + 365 * 86_400 + 3600 }), /"iat" claim timestamp check failed \(it should be in the past\)/],
    ['{kind: "moderator", sub: ""}', () => ({ kind: 'moderator', sub: '', iat: now, exp: now + 3600 }), /sub/],
    ['no iat (its lifetime cannot be known)', () => valid({ iat: undefined }), /"iat" claim/],
    ['a lifetime over GATEWAY_JWT_MAX_LIFETIME_SECONDS (24 h + 1 s)', () => valid({ exp: now + 86_401 }), /lives 86401 s/],
    ['nbf beyond the clock tolerance', () => valid({ nbf: now + 61 }), /"nbf"/],
    ['expired beyond the clock tolerance', () => valid({ iat: now - 7200, exp: now - 61 }), /expired/],
    ['no sub', () => valid({ sub: undefined }), /"sub" claim/],
    ['an unknown kind', () => valid({ kind: 'admin' }), /unknown kind "admin"/],
    ['no kind', () => valid({ kind: undefined }), /unknown kind/],
    ['a role that is not ADMIN or EMPLOYEE', () => valid({ role: 'OWNER' }), /role/],
    ['roles as a list', () => valid({ role: ['ADMIN', 'EMPLOYEE'] }), /role/],
    ['a user whose sub is not a UUID', () => valid({ sub: 'alice' }), /sub/],
    ['a user token that also carries vendorId', () => valid({ vendorId: randomUUID() }), /a user token carries vendorId/],
    ['a vendorId that is not a UUID', () => ({ kind: 'vendor', sub: 'v', vendorId: '42', iat: now, exp: now + 3600 }), /vendorId/],
    ['a moderator token with a role', () => ({ kind: 'moderator', sub: 'm', role: 'ADMIN', iat: now, exp: now + 3600 }), /carries role/],
  ])('%s → UNAUTHENTICATED', async (_, claims, reason) => {
    const refused = await refusal(await sign(claims()));
    expect(refused).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(refused!.message).toMatch(reason);
  });

  it('allows the clock tolerance (60 s) on iat, nbf and exp, and not more', async () => {
    expect(await refusal(await sign(valid({ iat: now + 60, exp: now + 3660, nbf: now + 60 })))).toBeUndefined();
    expect(await refusal(await sign(valid({ iat: now - 3600, exp: now - 59 })))).toBeUndefined();
    expect(await refusal(await sign(valid({ iat: now + 61, exp: now + 3661 })))).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('a vendor token names the vendor, and the vendor\'s user when sub is not the vendor itself; a moderator token its id', async () => {
    const vendorId = randomUUID();
    const claims = { kind: 'vendor', vendorId, iat: now, exp: now + 3600 };
    expect(await verifier().verify(await sign({ ...claims, sub: vendorId }))).toEqual({ kind: 'vendor', vendorId });
    expect(await verifier().verify(await sign({ ...claims, sub: 'u-1' }))).toEqual({ kind: 'vendor', vendorId, userId: 'u-1' });
    expect(await verifier().verify(await sign({ kind: 'moderator', sub: 'mod-1', iat: now, exp: now + 3600 }))).toEqual({ kind: 'moderator', moderatorId: 'mod-1' });
  });

  it('the token\'s algorithm picks the key: unsigned, and algorithms without a configured key, are refused', async () => {
    const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify(valid())).toString('base64url')}.`;
    expect(await refusal(unsigned)).toMatchObject({ code: 'UNAUTHENTICATED', message: expect.stringMatching(/none are not accepted/) });
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    expect(await refusal(await sign(valid(), privateKey, { alg: 'ES256' }))).toMatchObject({ message: expect.stringMatching(/ES256 are not accepted/) });
    expect(await refusal(await sign(valid(), new TextEncoder().encode('another-secret-of-at-least-32-chars!!')))).toMatchObject({ message: expect.stringMatching(/signature/) });
    expect(await refusal(await sign(valid({ aud: 'other' })))).toMatchObject({ message: expect.stringMatching(/not for this API/) });
  });

  it.each(['RS256', 'ES256'] as const)('verifies %s JWTs with a configured PEM public key', async (alg) => {
    const { publicKey, privateKey } = alg === 'RS256' ? generateKeyPairSync('rsa', { modulusLength: 2048 }) : generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const v = verifier({ hs256Secret: undefined, publicKey: { pem: publicKey.export({ type: 'spki', format: 'pem' }).toString(), alg } });
    expect((await v.verify(await sign(valid(), privateKey, { alg }))).kind).toBe('user');
    expect(await refusal(await sign(valid()), v)).toMatchObject({ message: expect.stringMatching(/HS256 are not accepted/) });
  });

  it('the Authenticator refuses JWTs when none are configured', async () => {
    await expect(new Authenticator(undefined, async () => null).authenticate({ authorization: `Bearer ${await sign(valid())}` })).rejects.toThrow(/not accepted/);
  });
});

describe('a verified token is remembered (issue 17, item 3) with the same verdicts as time passes', () => {
  it('accepts it again without a new check while it is valid, and refuses it once expired or too old', async () => {
    const clock = new ManualClock(NOW);
    const v = new JwtVerifier({ issuer: 'idp', audience: 'api', hs256Secret: SECRET, maxLifetimeSeconds: 7200 }, clock);
    const token = await sign(valid({ exp: now + 3600 }));
    const first = await v.verify(token);
    expect(await v.verify(token)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    clock.advance((3600 + 60) * 1000); // exp + tolerance
    expect(await refusal(token, v)).toMatchObject({ code: 'UNAUTHENTICATED', message: expect.stringMatching(/expired/) });
    clock.set(NOW);
    expect(await v.verify(token)).toEqual(first); // checked afresh, valid again at that time
    clock.advance(-61_000); // before iat - tolerance
    expect(await refusal(token, v)).toMatchObject({ code: 'UNAUTHENTICATED', message: expect.stringMatching(/it should be in the past/) });
  });

  it('refuses a remembered token whose nbf is not reached yet when the clock goes back', async () => {
    const clock = new ManualClock(NOW);
    const v = new JwtVerifier({ issuer: 'idp', audience: 'api', hs256Secret: SECRET }, clock);
    const token = await sign(valid({ nbf: now }));
    await v.verify(token);
    clock.advance(-61_000);
    expect(await refusal(token, v)).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});

describe('JWKS (GATEWAY_JWT_JWKS_URL): keys fetched, cached and rotated', () => {
  let server: Server;
  let published: object[] = [];
  let fetches = 0;
  let up = true;
  beforeAll(async () => {
    server = createServer((_req, res) => {
      fetches++;
      if (!up) return void res.writeHead(503).end();
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: published }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  const keyPair = async (kid: string, alg: 'RS256' | 'ES256') => {
    const { publicKey, privateKey } = await generateKeyPair(alg);
    return { kid, alg, privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' } };
  };
  // The identity provider is on loopback over http in this test: widened explicitly here only.
  const jwksUrl = () => `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`;

  it('verifies with the published key, caches the set, picks up a rotated key and drops the retired one', async () => {
    const first = await keyPair('k1', 'RS256');
    const second = await keyPair('k2', 'ES256');
    published = [first.jwk];
    fetches = 0;
    const v = verifier({ hs256Secret: undefined, jwksUrl: jwksUrl(), jwks: { cooldownMs: 0 } });
    const signedBy = (k: typeof first) => sign(valid(), k.privateKey, { alg: k.alg, kid: k.kid });

    expect((await v.verify(await signedBy(first))).kind).toBe('user');
    expect((await v.verify(await signedBy(first))).kind).toBe('user');
    expect(fetches).toBe(1); // cached

    published = [second.jwk]; // rotation: k2 in, k1 retired
    expect((await v.verify(await signedBy(second))).kind).toBe('user'); // unknown kid: fetched again
    expect(fetches).toBe(2);
    expect(await refusal(await signedBy(first), v)).toMatchObject({ code: 'UNAUTHENTICATED', message: expect.stringMatching(/does not publish/) });
  });

  it('a key set that cannot be fetched is our dependency failing (503 at the gateway), not the caller\'s fault', async () => {
    const key = await keyPair('k3', 'RS256');
    up = false;
    try {
      const v = verifier({ hs256Secret: undefined, jwksUrl: jwksUrl() });
      await expect(v.verify(await sign(valid(), key.privateKey, { alg: 'RS256', kid: 'k3' }))).rejects.toBeInstanceOf(JwksUnavailableError);
    } finally {
      up = true;
    }
  });

  it('GATEWAY_JWT_JWKS_URL must be https to a public host unless egress is widened explicitly; not beside a PEM key', () => {
    const env = { INTERNAL_IDENTITY_PRIVATE_KEY: 'k' };
    expect(() => loadGatewayConfig([], { ...env, GATEWAY_JWT_JWKS_URL: jwksUrl() })).toThrow(/GATEWAY_JWT_JWKS_URL: .*https/);
    expect(() => loadGatewayConfig([], { ...env, GATEWAY_JWT_JWKS_URL: 'https://127.0.0.1/jwks' })).toThrow(/non-public address/);
    expect(() => loadGatewayConfig([], { ...env, GATEWAY_JWT_JWKS_URL: 'https://idp.internal/jwks' })).toThrow(/local-only host/);
    expect(loadGatewayConfig([], { ...env, GATEWAY_JWT_JWKS_URL: 'https://idp.example.com/jwks' }).jwt.jwksUrl).toBe('https://idp.example.com/jwks');
    expect(loadGatewayConfig([], { ...env, GATEWAY_JWT_JWKS_URL: jwksUrl(), EGRESS_ALLOW_HTTP: 'on', EGRESS_ALLOW_PRIVATE_NETWORKS: 'on' }).jwt.jwksUrl).toBe(jwksUrl());
    expect(() => loadGatewayConfig([], { ...env, GATEWAY_JWT_JWKS_URL: 'https://idp.example.com/jwks', GATEWAY_JWT_PUBLIC_KEY: '-----BEGIN PUBLIC KEY-----x' })).toThrow(/not both/);
  });
});
