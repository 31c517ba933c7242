import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { HOST_ID_PATTERN, type Identity } from '@appmarket/federation';
import { z } from 'zod';

/**
 * Host platforms (a SaaS that brings its customers onto the marketplace) call the provisioning
 * API with API keys of their own, never with a user's JWT (docs/provisioning.md). A key is
 * `amhk_` + 43 base64url characters (32 random bytes); the gateway keeps only SHA-256 hashes,
 * configured as `GATEWAY_HOST_API_KEYS=<hostId>:<sha256 hex>,…`. A host may have several keys at
 * once, so a key is rotated by adding the new hash, moving the host over, then removing the old.
 */
export const HOST_KEY_PREFIX = 'amhk_';
const HOST_KEY = /^amhk_[A-Za-z0-9_-]{43}$/;

export interface HostApiKey {
  hostId: string;
  /** SHA-256 of the whole key, hex. */
  sha256: string;
}

/** A new key and the configuration entry for it (the key is shown once; only the hash is kept). */
export function newHostApiKey(hostId: string): { key: string; entry: string } {
  const key = `${HOST_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { key, entry: `${hostId}:${hashHostApiKey(key)}` };
}

export function hashHostApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** `GATEWAY_HOST_API_KEYS`: comma-separated `<hostId>:<sha256 hex>` entries. */
export const hostApiKeysSchema = z
  .string()
  .default('')
  .transform((raw, ctx) => {
    const keys: HostApiKey[] = [];
    for (const entry of raw.split(',').map((e) => e.trim()).filter(Boolean)) {
      const [hostId = '', sha256 = '', extra] = entry.split(':');
      if (extra !== undefined || !HOST_ID_PATTERN.test(hostId) || !/^[0-9a-f]{64}$/.test(sha256)) {
        ctx.addIssue({ code: 'custom', message: `"${entry.slice(0, 80)}" is not <hostId>:<sha256 hex of the key>` });
        continue;
      }
      keys.push({ hostId, sha256 });
    }
    return keys;
  });

/** Whether a bearer token is meant as a host key (it is then never tried as anything else). */
export const isHostApiKey = (token: string): boolean => token.startsWith(HOST_KEY_PREFIX);

/** Resolves host keys to the `host` identity; null for a key that is malformed or not configured. */
export class HostCredentials {
  private readonly keys: { hostId: string; digest: Buffer }[];

  constructor(keys: readonly HostApiKey[]) {
    this.keys = keys.map((k) => ({ hostId: k.hostId, digest: Buffer.from(k.sha256, 'hex') }));
  }

  resolve(token: string): Extract<Identity, { kind: 'host' }> | null {
    if (!HOST_KEY.test(token)) return null;
    const digest = createHash('sha256').update(token, 'utf8').digest();
    // Every configured hash is compared, in constant time, so timing tells nothing about which matched.
    let hostId: string | null = null;
    for (const key of this.keys) if (timingSafeEqual(key.digest, digest)) hostId = key.hostId;
    return hostId === null ? null : { kind: 'host', hostId };
  }
}
