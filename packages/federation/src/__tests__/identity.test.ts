import { decodeIdentity, encodeIdentity, InvalidIdentityError } from '../identity';

describe('identity header', () => {
  it('is anonymous when missing and round-trips a user identity', () => {
    expect(decodeIdentity(undefined)).toEqual({ kind: 'anonymous' });
    const user = { kind: 'user' as const, userId: '7d0f2a52-5d5d-4a4f-9f57-2f1a1f3e9b10', accountId: '1b8f3f16-7cbe-4d0e-8e43-6f4a0e3f6c21', role: 'ADMIN' as const };
    expect(decodeIdentity(encodeIdentity(user))).toEqual(user);
  });

  it('refuses a header that is not an identity', () => {
    expect(() => decodeIdentity('%%%')).toThrow(InvalidIdentityError);
    expect(() => decodeIdentity(Buffer.from(JSON.stringify({ kind: 'user', userId: 'x' })).toString('base64url'))).toThrow(InvalidIdentityError);
  });
});
