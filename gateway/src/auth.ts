import { createHash } from 'node:crypto';
import { IdentitySchema, type Identity } from '@appmarket/federation';
import { GraphQLError } from 'graphql';
import { isHostApiKey, type HostCredentials } from './host-credentials';
import { JwtVerifier, unauthenticated, type JwtOptions } from './jwt';

export { unauthenticated, type JwtOptions };

/**
 * Who is calling the gateway. Users, vendors and moderators present JWTs (checked strictly by
 * jwt.ts: keys, lifetime, claims); apps present their install token
 * (`Authorization: Bearer <token>` or `Lognex-Phone-Auth-Token`), resolved to the install and its
 * frozen permission set (AR-2, SV-1). No credentials: anonymous. Bad ones: UNAUTHENTICATED.
 */

/** A frozen permission set (accounts' `InstallPermissions`); null: the app has no API access. */
export interface FrozenPermissions {
  scope: 'ADMIN' | 'CUSTOM';
  permissions: { entity: string; operations: string[] }[];
  flags?: string[];
}

export interface Caller {
  identity: Identity;
  /** Apps and webhooks only: the install's own frozen set (AR-2), the webhook's chosen one (BX-8). */
  permissions?: FrozenPermissions | null;
  /** Partner integrations (install tokens) may run registered operations only. */
  registeredOperationsOnly: boolean;
}

/** What an install (or webhook, webhook-tokens.ts) token resolves to; null when unknown, revoked or suspended. */
export interface InstallCredential {
  identity: Extract<Identity, { kind: 'app' | 'webhook' }>;
  permissions: FrozenPermissions | null;
  registeredOperationsOnly: boolean;
  /** A valid token that may not be used here and now (BX-8, TR-4): answered 403 with this code. */
  refusal?: { code: string; message: string };
}

/** Resolves an install token; `undefined` means "not a token of mine" (the next resolver is asked). */
export type InstallTokenResolver = (token: string) => Promise<InstallCredential | null | undefined>;

export const PHONE_TOKEN_HEADER = 'lognex-phone-auth-token';

export class Authenticator {
  private readonly jwt: JwtVerifier | undefined;

  constructor(
    jwt: JwtOptions | undefined,
    private readonly resolveInstallToken: InstallTokenResolver,
    private readonly hosts?: HostCredentials,
  ) {
    this.jwt = jwt ? new JwtVerifier(jwt) : undefined;
  }

  /** Checks the configured keys can be loaded (call at start-up). */
  async ready(): Promise<void> {
    await this.jwt?.ready();
  }

  async authenticate(headers: Record<string, string | string[] | undefined>): Promise<Caller> {
    const phoneToken = single(headers[PHONE_TOKEN_HEADER]);
    const authorization = single(headers.authorization);
    if (phoneToken !== undefined) return this.app(phoneToken);
    if (authorization === undefined) return { identity: { kind: 'anonymous' }, registeredOperationsOnly: false };
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match) throw unauthenticated('Authorization must be "Bearer <token>"');
    const token = match[1]!;
    if (isHostApiKey(token)) return this.host(token);
    // A JWT has three dot-separated parts; an install token is one opaque string.
    return token.split('.').length === 3 ? this.user(token) : this.app(token);
  }

  private async user(token: string): Promise<Caller> {
    if (!this.jwt) throw unauthenticated('JWTs are not accepted here');
    return { identity: await this.jwt.verify(token), registeredOperationsOnly: false };
  }

  /** A host platform's API key (host-credentials.ts); an unknown one is never tried as an install token. */
  private host(token: string): Caller {
    const identity = this.hosts?.resolve(token);
    if (!identity) throw unauthenticated('the host API key is unknown');
    return { identity, registeredOperationsOnly: false };
  }

  private async app(token: string): Promise<Caller> {
    if (token.length === 0 || token.length > 4096) throw unauthenticated('the install token is malformed');
    const credential = await this.resolveInstallToken(token);
    if (!credential) throw unauthenticated('the install token is unknown, revoked or suspended');
    if (credential.refusal) {
      throw new GraphQLError(credential.refusal.message, { extensions: { code: credential.refusal.code, http: { status: 403 } } });
    }
    return { identity: credential.identity, permissions: credential.permissions, registeredOperationsOnly: credential.registeredOperationsOnly };
  }
}

/** Tries each resolver in turn; the first that knows the token answers. */
export function firstResolver(resolvers: InstallTokenResolver[]): InstallTokenResolver {
  return async (token) => {
    for (const resolve of resolvers) {
      const credential = await resolve(token);
      if (credential !== undefined) return credential;
    }
    return null;
  };
}

/**
 * Caches a resolver's answers (a revoked token stops working within `ttlMs`), at most `maxEntries`
 * tokens, least recently used out first. Keys are token hashes, never the tokens.
 */
export function cachedResolver(resolve: InstallTokenResolver, options: { ttlMs: number; maxEntries: number; now?: () => number }): InstallTokenResolver {
  const now = options.now ?? Date.now;
  const cache = new Map<string, { at: number; value: InstallCredential | null | undefined }>();
  return async (token) => {
    const key = createHash('sha256').update(token).digest('base64url');
    const hit = cache.get(key);
    if (hit && now() - hit.at < options.ttlMs) {
      cache.delete(key);
      cache.set(key, hit); // most recently used last
      return hit.value;
    }
    const value = await resolve(token);
    cache.delete(key);
    cache.set(key, { at: now(), value });
    while (cache.size > options.maxEntries) cache.delete(cache.keys().next().value!);
    return value;
  };
}

const INSTALL_BY_TOKEN = `query InstallByAccessToken($token: String!) {
  installByAccessToken(token: $token) {
    installId accountId appId appType status
    permissions { scope permissions { entity operations } flags }
  }
}`;

/** The production resolver: accounts' service-only `installByAccessToken` (docs/CONTRACTS.md). */
export function accountsInstallTokenResolver(
  call: (query: string, variables: Record<string, unknown>) => Promise<unknown>,
): InstallTokenResolver {
  return async (token) => {
    const data = (await call(INSTALL_BY_TOKEN, { token })) as {
      installByAccessToken: {
        installId: string; accountId: string; appId: string; appType: string; status: string;
        permissions: FrozenPermissions | null;
      } | null;
    };
    const found = data.installByAccessToken;
    if (!found || found.status !== 'ACTIVE') return null;
    const identity = IdentitySchema.safeParse({
      kind: 'app', installId: found.installId, accountId: found.accountId, appId: found.appId, appType: found.appType,
    });
    if (!identity.success || identity.data.kind !== 'app') return null;
    return { identity: identity.data, permissions: found.permissions, registeredOperationsOnly: true };
  };
}

function single(value: string | string[] | undefined): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return v === undefined || v === '' ? undefined : v;
}
