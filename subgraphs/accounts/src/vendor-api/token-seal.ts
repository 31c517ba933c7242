import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const INFO = 'appmarket vendor-call access token v1';
const VERSION = 'v1';

function keyOf(appSecret: string, callId: string): Buffer {
  return Buffer.from(hkdfSync('sha256', appSecret, callId, INFO, 32));
}

/**
 * A vendor call's access token, kept on the call so that every retry sends the same one (the
 * token table keeps only hashes). AES-256-GCM under a key derived from the app's signing secret
 * and the call id: the secret lives in catalog, not here, so the accounts schema alone reveals no
 * token; every replica can open it, after any restart, with no key to configure. The seal is
 * dropped when the call settles (vendor-call.service.ts).
 */
export function sealToken(token: string, appSecret: string, callId: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(appSecret, callId), iv);
  cipher.setAAD(Buffer.from(callId));
  const sealed = Buffer.concat([cipher.update(token, 'utf8'), cipher.final()]);
  return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), sealed.toString('base64url')].join('.');
}

/** The token, or null when the seal does not open (another secret, another call, tampered). */
export function openToken(sealed: string, appSecret: string, callId: string): string | null {
  const [version, iv, tag, body] = sealed.split('.');
  if (version !== VERSION || !iv || !tag || !body) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyOf(appSecret, callId), Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(callId));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
