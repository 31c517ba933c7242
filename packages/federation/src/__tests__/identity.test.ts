import { createHmac, createPrivateKey, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import {
  configureInternalIdentity, decodeIdentity, encodeIdentity, GATEWAY_SIGNER, generateInternalIdentityKeys, INTERNAL_IDENTITY_TTL_MS, InvalidIdentityError,
  rememberedIdentityHeaders, type Identity,
} from '../identity';

/**
 * Issue 14, item 6: the gateway signs identities with its private key; subgraphs verify with the
 * public keys. A subgraph's own key asserts only its own service identity, so a stolen subgraph
 * environment cannot mint a moderator or a user; each header is for one subgraph and lives seconds.
 */
const KEYS = generateInternalIdentityKeys([GATEWAY_SIGNER, 'catalog', 'billing']);
const user: Identity = { kind: 'user', userId: '7d0f2a52-5d5d-4a4f-9f57-2f1a1f3e9b10', accountId: '1b8f3f16-7cbe-4d0e-8e43-6f4a0e3f6c21', role: 'ADMIN' };
const moderator: Identity = { kind: 'moderator', moderatorId: 'mod-1' };
const NOW = 1_800_000_000_000;
const key = (name: string) => createPrivateKey({ key: JSON.parse(KEYS.privateKeys[name]!) as never, format: 'jwk' });

/** What someone holding `keyOf`'s private key can make, with our encoder or without it. */
const forged = (claims: Record<string, unknown>, options: { kid: string; keyOf: string; nowMs?: number }) => {
  const now = Math.floor((options.nowMs ?? NOW) / 1000);
  return new SignJWT({ iss: options.kid, iat: now, exp: now + 15, ...claims }).setProtectedHeader({ alg: 'EdDSA', kid: options.kid }).sign(key(options.keyOf));
};
const asCatalog = { audience: 'catalog', nowMs: NOW };

describe('signed internal identity header', () => {
  beforeAll(() => {
    for (const name of [GATEWAY_SIGNER, 'catalog']) configureInternalIdentity({ signer: { name, privateKey: KEYS.privateKeys[name]! } });
    configureInternalIdentity({ publicKeys: KEYS.publicKeys });
  });

  it('round-trips any identity the gateway signs, for the subgraph it addresses, while it is fresh', async () => {
    for (const identity of [user, moderator, { kind: 'anonymous' } as const, { kind: 'service', service: 'gateway' } as const]) {
      const header = await encodeIdentity(identity, { as: GATEWAY_SIGNER, audience: 'catalog', nowMs: NOW });
      expect(await decodeIdentity(header, { audience: 'catalog', nowMs: NOW + INTERNAL_IDENTITY_TTL_MS })).toEqual(identity);
    }
  });

  it('refuses a header addressed to another subgraph', async () => {
    const header = await encodeIdentity(user, { as: GATEWAY_SIGNER, audience: 'billing', nowMs: NOW });
    await expect(decodeIdentity(header, asCatalog)).rejects.toThrow(/addressed to another service, not catalog/);
  });

  it('refuses an expired header (seconds, plus 5 s of clock skew), and one issued in the future', async () => {
    const header = await encodeIdentity(user, { as: GATEWAY_SIGNER, audience: 'catalog', nowMs: NOW });
    await expect(decodeIdentity(header, { audience: 'catalog', nowMs: NOW + INTERNAL_IDENTITY_TTL_MS + 6_000 })).rejects.toThrow(/expired/);
    await expect(decodeIdentity(header, { audience: 'catalog', nowMs: NOW - 60_000 })).rejects.toThrow(InvalidIdentityError);
  });

  it('refuses a missing, unsigned, HMAC-signed (the old format), tampered or unknown-key header', async () => {
    await expect(decodeIdentity(undefined, asCatalog)).rejects.toThrow(/missing/);
    const payload = Buffer.from(JSON.stringify({ identity: user, exp: NOW + 5_000 })).toString('base64url');
    await expect(decodeIdentity(payload, asCatalog)).rejects.toThrow(InvalidIdentityError);
    await expect(decodeIdentity(`${payload}.${createHmac('sha256', 'x'.repeat(32)).update(payload).digest('base64url')}`, asCatalog)).rejects.toThrow(InvalidIdentityError);
    const [h, , s] = (await encodeIdentity(moderator, { as: GATEWAY_SIGNER, audience: 'catalog', nowMs: NOW })).split('.');
    const swapped = Buffer.from(JSON.stringify({ identity: user, iss: 'gateway', aud: 'catalog', iat: NOW / 1000, exp: NOW / 1000 + 15 })).toString('base64url');
    await expect(decodeIdentity(`${h}.${swapped}.${s}`, asCatalog)).rejects.toThrow(/signature/);
    await expect(decodeIdentity(await forged({ identity: user, aud: 'catalog' }, { kid: 'telephony-loyalty', keyOf: 'catalog' }), asCatalog)).rejects.toThrow(/unknown key/);
    await expect(decodeIdentity('%%%', asCatalog)).rejects.toThrow(InvalidIdentityError);
  });

  describe('a stolen subgraph environment (catalog\'s private key)', () => {
    it('cannot mint a moderator or a user, for any subgraph, with our encoder or without it', async () => {
      await expect(encodeIdentity(moderator, { as: 'catalog', audience: 'billing' })).rejects.toThrow(/only its own service identity/);
      for (const identity of [moderator, user]) {
        for (const audience of ['billing', 'catalog']) {
          const header = await forged({ identity, aud: audience }, { kid: 'catalog', keyOf: 'catalog' });
          await expect(decodeIdentity(header, { audience, nowMs: NOW })).rejects.toThrow(/catalog may assert only its own service identity/);
        }
      }
    });

    it('cannot pass for the gateway, nor for another subgraph', async () => {
      await expect(decodeIdentity(await forged({ identity: moderator, aud: 'billing' }, { kid: GATEWAY_SIGNER, keyOf: 'catalog' }), { audience: 'billing', nowMs: NOW })).rejects.toThrow(/signature/);
      await expect(decodeIdentity(await forged({ identity: { kind: 'service', service: 'billing' }, aud: 'accounts' }, { kid: 'catalog', keyOf: 'catalog' }), { audience: 'accounts', nowMs: NOW })).rejects.toThrow(/only its own/);
      await expect(decodeIdentity(await forged({ identity: { kind: 'service', service: 'catalog' }, aud: 'accounts', iss: 'gateway' }, { kid: 'catalog', keyOf: 'catalog' }), { audience: 'accounts', nowMs: NOW })).rejects.toThrow(/issuer/);
    });

    it('can still do what catalog may: call a peer as the catalog service', async () => {
      const header = await encodeIdentity({ kind: 'service', service: 'catalog' }, { as: 'catalog', audience: 'billing', nowMs: NOW });
      expect(await decodeIdentity(header, { audience: 'billing', nowMs: NOW })).toEqual({ kind: 'service', service: 'catalog' });
    });
  });

  it('is a standard JWT both ways (jose reads ours, ours reads jose\'s); other algorithms and over-long lifetimes are refused', async () => {
    const ours = await encodeIdentity(user, { as: GATEWAY_SIGNER, audience: 'catalog', nowMs: NOW });
    const gatewayPublic = createPublicKey(key(GATEWAY_SIGNER));
    const read = await jwtVerify(ours, gatewayPublic, { audience: 'catalog', issuer: 'gateway', currentDate: new Date(NOW) });
    expect(read.payload.identity).toEqual(user);
    expect(await decodeIdentity(await forged({ identity: moderator, aud: 'catalog' }, { kid: GATEWAY_SIGNER, keyOf: GATEWAY_SIGNER }), asCatalog)).toEqual(moderator);
    const hs256 = await new SignJWT({ identity: moderator, iss: 'gateway', aud: 'catalog', iat: NOW / 1000, exp: NOW / 1000 + 15 })
      .setProtectedHeader({ alg: 'HS256', kid: 'gateway' }).sign(new TextEncoder().encode('x'.repeat(32)));
    await expect(decodeIdentity(hs256, asCatalog)).rejects.toThrow(/EdDSA/);
    await expect(decodeIdentity(await forged({ identity: moderator, aud: 'catalog', exp: NOW / 1000 + 3600 }, { kid: GATEWAY_SIGNER, keyOf: GATEWAY_SIGNER }), asCatalog)).rejects.toThrow(/lives too long/);
  });

  describe('verified and signed headers are remembered (issue 17, item 3), with the same verdicts', () => {
    it('signs the same claims in the same second to the same header, and anew the next second', async () => {
      const first = await encodeIdentity(user, { as: GATEWAY_SIGNER, audience: 'catalog', nowMs: NOW });
      expect(await encodeIdentity(user, { as: GATEWAY_SIGNER, audience: 'catalog', nowMs: NOW + 999 })).toBe(first);
      expect(await encodeIdentity(user, { as: GATEWAY_SIGNER, audience: 'billing', nowMs: NOW })).not.toBe(first);
      expect(await encodeIdentity(moderator, { as: GATEWAY_SIGNER, audience: 'catalog', nowMs: NOW })).not.toBe(first);
      const next = await encodeIdentity(user, { as: GATEWAY_SIGNER, audience: 'catalog', nowMs: NOW + 1_000 });
      expect(next).not.toBe(first);
      expect(JSON.parse(Buffer.from(next.split('.')[1]!, 'base64url').toString()).iat).toBe(NOW / 1000 + 1);
    });

    it('a header verified once still expires, is still refused to another audience, and is shared frozen', async () => {
      const header = await encodeIdentity(user, { as: GATEWAY_SIGNER, audience: 'catalog', nowMs: NOW });
      const read = await decodeIdentity(header, asCatalog);
      expect(await decodeIdentity(header, asCatalog)).toBe(read);
      expect(Object.isFrozen(read)).toBe(true);
      await expect(decodeIdentity(header, { audience: 'billing', nowMs: NOW })).rejects.toThrow(/addressed to another service, not billing/);
      await expect(decodeIdentity(header, { audience: 'catalog', nowMs: NOW + INTERNAL_IDENTITY_TTL_MS + 6_000 })).rejects.toThrow(/expired/);
      await expect(decodeIdentity(header, { audience: 'catalog', nowMs: NOW - 60_000 })).rejects.toThrow(/issued in the future/);
    });

    // Issue 17, memory soak: a caller's header changes every second, so remembering every one retained
    // memory for nothing until the 10,000-entry bound (docs/BENCHMARKS.md, "Memory soak").
    it('keeps only the current second\'s signed headers: a past second\'s is never asked for again', async () => {
      const audiences = ['catalog', 'billing', 'accounts'];
      for (let second = 0; second < 120; second++) {
        for (const audience of audiences) await encodeIdentity(user, { as: GATEWAY_SIGNER, audience, nowMs: NOW + 100_000 + second * 1_000 });
      }
      expect(rememberedIdentityHeaders().signed).toBe(audiences.length);
    });

    it('forgets verified headers once they have expired, as new ones come', async () => {
      const start = NOW + 300_000;
      for (let second = 0; second < 120; second++) {
        const nowMs = start + second * 1_000;
        const header = await encodeIdentity(user, { as: GATEWAY_SIGNER, audience: 'catalog', nowMs });
        await decodeIdentity(header, { audience: 'catalog', nowMs });
      }
      // One header a second, each accepted for its lifetime plus the clock skew (5 s): at most that many remain.
      expect(rememberedIdentityHeaders().verified).toBeLessThanOrEqual(INTERNAL_IDENTITY_TTL_MS / 1000 + 5 + 1);
      expect(rememberedIdentityHeaders().verified).toBeGreaterThan(0);
    });

    it('forgets what it verified when the public keys change', async () => {
      const header = await encodeIdentity(moderator, { as: GATEWAY_SIGNER, audience: 'catalog', nowMs: NOW });
      expect(await decodeIdentity(header, asCatalog)).toEqual(moderator);
      const other = generateInternalIdentityKeys([GATEWAY_SIGNER]);
      try {
        configureInternalIdentity({ publicKeys: other.publicKeys });
        await expect(decodeIdentity(header, asCatalog)).rejects.toThrow(/signature/);
      } finally {
        configureInternalIdentity({ publicKeys: KEYS.publicKeys });
      }
    });
  });

  it('refuses to sign as a name this process has no key for', async () => {
    await expect(encodeIdentity({ kind: 'service', service: 'billing' }, { as: 'billing', audience: 'catalog' })).rejects.toThrow(/no INTERNAL_IDENTITY_PRIVATE_KEY for billing/);
  });

  it('checks the key material when it is configured', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    expect(() => configureInternalIdentity({ signer: { name: 'x', privateKey: rsa } })).toThrow(/Ed25519/);
    expect(() => configureInternalIdentity({ signer: { name: 'x', privateKey: 'not a key' } })).toThrow(/not a private key/);
    const pem = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    expect(() => configureInternalIdentity({ signer: { name: 'pem-signer', privateKey: pem } })).not.toThrow();
    const privateJwk = JSON.parse(KEYS.privateKeys.catalog!) as object;
    expect(() => configureInternalIdentity({ publicKeys: JSON.stringify({ keys: [privateJwk] }) })).toThrow(/private key/);
    expect(() => configureInternalIdentity({ publicKeys: JSON.stringify({ keys: [{ ...JSON.parse(KEYS.publicKeys).keys[0], kid: undefined }] }) })).toThrow(/kid/);
    expect(() => configureInternalIdentity({ publicKeys: '{}' })).toThrow(/at least one key/);
  });
});
