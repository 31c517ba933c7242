import { randomUUID } from 'node:crypto';
import { wallClockOf, type Clock } from '@appmarket/core';
import { SignJWT, jwtVerify } from 'jose';

const key = (secret: string) => new TextEncoder().encode(secret);
/** vendor-api.md: lifetime at most 5 minutes (MoySklad's maxTokenLifetime). */
export const JWT_LIFETIME_SECONDS = 300;
/**
 * Clocks differ: a vendor's `iat` may be ahead of ours, its `exp` just behind. This much skew is
 * allowed both ways on `iat`, `exp` and `nbf` (docs/vendor-api.md, "Tokens").
 */
export const CLOCK_SKEW_SECONDS = 30;

/** A marketplace → vendor JWT: HS256 with the app's secret, `iat`, `exp`, a fresh `jti`. */
export function signVendorJwt(secret: string, clock: Clock): Promise<string> {
  // The vendor checks it against real time, even when a development stack moved the domain's clock.
  const iat = Math.floor(wallClockOf(clock).now().getTime() / 1000);
  return new SignJWT({})
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuedAt(iat)
    .setExpirationTime(iat + JWT_LIFETIME_SECONDS)
    .setJti(randomUUID())
    .sign(key(secret));
}

export interface VendorJwtClaims {
  jti: string;
  /** Until when the `jti` must be remembered: the token's effective expiry plus the skew (seconds). */
  rememberUntil: number;
}

/**
 * Checks a vendor → marketplace JWT as MoySklad does: HS256 with the app's secret, `sub` = appUid,
 * `iat` and `jti` required, `exp` optional; the effective expiry is `min(exp, iat + 300)`. Each
 * time check allows CLOCK_SKEW_SECONDS. Single use of `jti` is the caller's part. Throws when
 * the token is not acceptable.
 */
export async function verifyVendorJwt(token: string, secret: string, appUid: string, clock: Clock): Promise<VendorJwtClaims> {
  const now = wallClockOf(clock).now();
  // jose checks the signature, `sub`, and `exp`/`nbf` (when present) with the tolerance.
  const { payload } = await jwtVerify(token, key(secret), {
    algorithms: ['HS256'],
    subject: appUid,
    requiredClaims: ['iat', 'jti', 'sub'],
    currentDate: now,
    clockTolerance: CLOCK_SKEW_SECONDS,
  });
  const { iat, exp, jti } = payload;
  if (typeof iat !== 'number' || typeof jti !== 'string' || jti.length === 0 || jti.length > 200) throw new Error('iat and jti are required');
  const nowSeconds = now.getTime() / 1000;
  if (iat > nowSeconds + CLOCK_SKEW_SECONDS) throw new Error('iat is in the future');
  const effectiveExp = Math.min(typeof exp === 'number' ? exp : Infinity, iat + JWT_LIFETIME_SECONDS);
  if (nowSeconds > effectiveExp + CLOCK_SKEW_SECONDS) throw new Error('the token has expired');
  return { jti, rememberUntil: Math.ceil(effectiveExp + CLOCK_SKEW_SECONDS) };
}
