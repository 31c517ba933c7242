import { createHmac } from 'node:crypto';
import { configureInternalIdentity, decodeIdentity, encodeIdentity, INTERNAL_IDENTITY_TTL_MS, InvalidIdentityError } from '../identity';

const SECRET = 'unit-test-internal-identity-secret-0123456789';
const user = { kind: 'user' as const, userId: '7d0f2a52-5d5d-4a4f-9f57-2f1a1f3e9b10', accountId: '1b8f3f16-7cbe-4d0e-8e43-6f4a0e3f6c21', role: 'ADMIN' as const };
const signedWith = (secret: string, json: unknown) => {
  const payload = Buffer.from(JSON.stringify(json)).toString('base64url');
  return `${payload}.${createHmac('sha256', secret).update(payload).digest('base64url')}`;
};

describe('signed identity header', () => {
  beforeAll(() => configureInternalIdentity({ secret: SECRET }));

  it('round-trips an identity while it is fresh', () => {
    expect(decodeIdentity(encodeIdentity(user, 1_000), 1_000 + INTERNAL_IDENTITY_TTL_MS)).toEqual(user);
  });

  it('refuses a missing, unsigned, forged, expired or malformed header', () => {
    expect(() => decodeIdentity(undefined)).toThrow(/missing/);
    expect(() => decodeIdentity(Buffer.from(JSON.stringify(user)).toString('base64url'))).toThrow(InvalidIdentityError);
    expect(() => decodeIdentity(signedWith('another-secret-of-at-least-32-characters!', { identity: user, exp: Date.now() + 5_000 }))).toThrow(/signature/);
    expect(() => decodeIdentity(encodeIdentity(user, 1_000), 1_001 + INTERNAL_IDENTITY_TTL_MS)).toThrow(/expired/);
    expect(() => decodeIdentity(signedWith(SECRET, { identity: { kind: 'user', userId: 'x' }, exp: Date.now() + 5_000 }))).toThrow(InvalidIdentityError);
    expect(() => decodeIdentity('%%%')).toThrow(InvalidIdentityError);
  });

  it('refuses a short secret', () => {
    expect(() => configureInternalIdentity({ secret: 'short' })).toThrow(/32/);
  });
});
