import { IdentitySchema, WEBHOOK_TOKEN_PREFIX } from '@appmarket/federation';
import type { InstallTokenResolver } from './auth';

const WEBHOOK_BY_TOKEN = `query WebhookByAccessToken($token: String!) {
  webhookByAccessToken(token: $token) {
    webhookId accountId
    permissions { entity operations }
    refusal { code message }
  }
}`;

interface Found {
  webhookId: string;
  accountId: string;
  permissions: { entity: string; operations: string[] }[];
  refusal: { code: string; message: string } | null;
}

/**
 * BX-8: incoming-webhook tokens (`whk.…`), resolved through accounts' service-only
 * `webhookByAccessToken` like install tokens (and cached with them, so a deleted webhook stops
 * working within APP_TOKEN_CACHE_TTL_MS). The caller becomes identity `webhook` of its account,
 * limited to exactly the permissions the admin chose (a CUSTOM set), and may run any operation
 * those permissions and the subgraphs allow (no safelist: a webhook is the account's own script).
 * A webhook the account may not use now (TR-4: FREE tariff; BX-8: zone ru without the
 * subscription) is refused with accounts' code. Other tokens are not this resolver's (undefined).
 */
export function accountsWebhookTokenResolver(call: (query: string, variables: Record<string, unknown>) => Promise<unknown>): InstallTokenResolver {
  return async (token) => {
    if (!token.startsWith(WEBHOOK_TOKEN_PREFIX)) return undefined;
    const found = ((await call(WEBHOOK_BY_TOKEN, { token })) as { webhookByAccessToken: Found | null }).webhookByAccessToken;
    if (!found) return null;
    const identity = IdentitySchema.safeParse({ kind: 'webhook', webhookId: found.webhookId, accountId: found.accountId });
    if (!identity.success || identity.data.kind !== 'webhook') return null;
    return {
      identity: identity.data,
      permissions: { scope: 'CUSTOM', permissions: found.permissions, flags: [] },
      registeredOperationsOnly: false,
      ...(found.refusal ? { refusal: found.refusal } : {}),
    };
  };
}
