import { randomUUID } from 'node:crypto';
import type { Clock } from '@appmarket/core';
import { SignJWT, jwtVerify, type JWTPayload } from 'jose';

const key = (secret: string) => new TextEncoder().encode(secret);
/** vendor-api.md: lifetime at most 5 minutes. */
export const JWT_LIFETIME_SECONDS = 300;

/** A marketplace → vendor JWT: HS256 with the app's secret, `iat`, `exp`, a fresh `jti`. */
export function signVendorJwt(secret: string, clock: Clock): Promise<string> {
  const iat = Math.floor(clock.now().getTime() / 1000);
  return new SignJWT({})
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuedAt(iat)
    .setExpirationTime(iat + JWT_LIFETIME_SECONDS)
    .setJti(randomUUID())
    .sign(key(secret));
}

/**
 * Checks a vendor → marketplace JWT: HS256 with the app's secret, `sub` = appUid, `iat`, `exp`
 * and `jti` present, not expired by the injected clock. Single use of `jti` is the caller's part.
 */
export async function verifyVendorJwt(token: string, secret: string, appUid: string, clock: Clock): Promise<JWTPayload & { jti: string; exp: number }> {
  const { payload } = await jwtVerify(token, key(secret), {
    algorithms: ['HS256'],
    subject: appUid,
    requiredClaims: ['iat', 'exp', 'jti', 'sub'],
    currentDate: clock.now(),
    maxTokenAge: JWT_LIFETIME_SECONDS,
  });
  return payload as JWTPayload & { jti: string; exp: number };
}
