import { randomBytes, randomUUID } from 'node:crypto';
import { type Clock, DomainError, isKnownPermissionEntity, KNOWN_PERMISSION_ENTITIES, NotFoundError, PERMISSION_OPERATIONS, throwAll, unknownEntityMessage } from '@appmarket/core';
import type { IdempotencyKeys } from '@appmarket/db';
import { WEBHOOK_TOKEN_PREFIX, type Identity } from '@appmarket/federation';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { Account } from '../accounts/account.entity';
import { Zone } from '../accounts/account.enums';
import { assertAdmin, requireUser } from '../installs/install-rules';
import type { BillingPort } from '../peers/billing.port';
import { sha256 } from '../tokens/app-token.service';
import { IncomingWebhook } from './incoming-webhook.entity';
import { LocalApp } from './local-app.entity';

const OPERATIONS = new Set<string>(PERMISSION_OPERATIONS);
/** TR-4: the free tariff has no webhooks. */
const FREE_TARIFF = 'FREE';
const MAX_NAME_LENGTH = 200;

export interface WebhookPermission {
  entity: string;
  operations: string[];
}

/** What a webhook token resolves to (the gateway asks through `webhookByAccessToken`). */
export interface WebhookCredential {
  webhookId: string;
  accountId: string;
  permissions: WebhookPermission[];
  /** BX-8, TR-4: set when the account may not use webhooks now; the gateway answers 403 with it. */
  refusal: { code: string; message: string } | null;
}

/** BX-8: the developer section of an account: local apps and incoming webhooks. Admins only. */
export class DeveloperService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly billing: BillingPort,
    private readonly idempotency: IdempotencyKeys,
  ) {}

  findLocalApps(accountIds: readonly string[]): Promise<LocalApp[]> {
    return this.dataSource.getRepository(LocalApp).createQueryBuilder('l')
      .where('l.account_id = ANY(:ids)', { ids: [...accountIds] }).orderBy('l.name', 'ASC').getMany();
  }

  findLocalAppsByIds(ids: readonly string[]): Promise<LocalApp[]> {
    return this.dataSource.getRepository(LocalApp).createQueryBuilder('l').where('l.id = ANY(:ids)', { ids: [...ids] }).getMany();
  }

  findWebhooksByIds(ids: readonly string[]): Promise<IncomingWebhook[]> {
    return this.dataSource.getRepository(IncomingWebhook).createQueryBuilder('w').where('w.id = ANY(:ids)', { ids: [...ids] }).getMany();
  }

  findWebhooks(accountIds: readonly string[]): Promise<IncomingWebhook[]> {
    return this.dataSource.getRepository(IncomingWebhook).createQueryBuilder('w')
      .where('w.account_id = ANY(:ids)', { ids: [...accountIds] }).orderBy('w.created_at', 'DESC').getMany();
  }

  /** With `idempotencyKey`, a repeat by the account answers the app the first call made (not CONFLICT). */
  async createLocalApp(identity: Identity, name: string, idempotencyKey?: string | null): Promise<LocalApp> {
    const account = await this.developerAccount(identity);
    const app = { id: randomUUID(), accountId: account.id, name: checkedName(name), createdAt: this.clock.now() };
    const request = { scope: `account:${account.id}`, key: idempotencyKey, operation: 'createLocalApp', input: { name: app.name } };
    return this.idempotency.transaction(request, {
      run: (m) => insertLocalApp(m, app),
      keep: (made) => ({ localAppId: made.id }),
      replay: (kept) => this.dataSource.getRepository(LocalApp).findOneByOrFail({ id: (kept as { localAppId: string }).localAppId }),
    });
  }

  /**
   * Returns the webhook and its token (`whk.` + 32 random bytes, so the gateway knows whom to ask);
   * only the token's hash is stored. The permissions must name entities the platform knows.
   */
  async createWebhook(identity: Identity, name: string, permissions: WebhookPermission[], idempotencyKey?: string | null) {
    const account = await this.developerAccount(identity);
    if (account.tariff === FREE_TARIFF) {
      throw new DomainError('WEBHOOKS_NOT_ON_FREE_TARIFF', 'the free tariff has no webhooks (TR-4)');
    }
    // Every problem of the name and the permissions at once, so a form marks each field.
    throwAll([...nameProblems(name), ...permissionProblems(permissions)]);
    const chosen = permissions.map((p) => ({ entity: p.entity, operations: PERMISSION_OPERATIONS.filter((op) => p.operations.includes(op)) }));
    const token = newWebhookToken();
    const webhook: IncomingWebhook = {
      id: randomUUID(), accountId: account.id, name: name.trim(), tokenSha256: sha256(token), permissions: chosen,
      createdAt: this.clock.now(), revokedAt: null,
    };
    const request = { scope: `account:${account.id}`, key: idempotencyKey, operation: 'createIncomingWebhook', input: { name: webhook.name, permissions: chosen } };
    return this.idempotency.transaction(request, {
      run: async (m) => {
        await m.getRepository(IncomingWebhook).insert(webhook);
        return { webhook, token };
      },
      keep: (made) => ({ webhookId: made.webhook.id }),
      replay: (kept) => this.reissueToken((kept as { webhookId: string }).webhookId),
    });
  }

  /**
   * A repeat of createIncomingWebhook: the same webhook with a new token. Only the first token's
   * hash was kept, so it cannot be shown again; the client retrying never saw it (or holds a
   * token that now stops working), and one webhook with one working token is what it asked for.
   */
  private async reissueToken(webhookId: string): Promise<{ webhook: IncomingWebhook; token: string }> {
    const token = newWebhookToken();
    const repo = this.dataSource.getRepository(IncomingWebhook);
    await repo.update({ id: webhookId }, { tokenSha256: sha256(token) });
    return { webhook: await repo.findOneByOrFail({ id: webhookId }), token };
  }

  /** BX-8: deleting a webhook revokes its token at once (the gateway's cache forgets it within seconds). */
  async deleteWebhook(identity: Identity, webhookId: string): Promise<IncomingWebhook> {
    const user = requireUser(identity);
    assertAdmin(user);
    const repo = this.dataSource.getRepository(IncomingWebhook);
    // Only a live webhook changes; deleting twice answers the same row (idempotent).
    await repo.update({ id: webhookId, accountId: user.accountId, revokedAt: IsNull() }, { revokedAt: this.clock.now() });
    const webhook = await repo.findOneBy({ id: webhookId, accountId: user.accountId });
    if (!webhook) throw new NotFoundError('IncomingWebhook', { field: 'id', id: webhookId });
    return webhook;
  }

  /**
   * The live webhook a token belongs to, or null (unknown or deleted). A webhook of an account that
   * may not use webhooks now (TR-4: FREE tariff; BX-8: zone ru without the marketplace
   * subscription) comes back with a refusal, so the gateway can say why.
   */
  async credentialFor(token: string): Promise<WebhookCredential | null> {
    const [row] = (await this.dataSource.query(
      `SELECT w.id, w.account_id, w.permissions, a.tariff, a.zone FROM incoming_webhooks w JOIN accounts a ON a.id = w.account_id
       WHERE w.token_sha256 = $1 AND w.revoked_at IS NULL`,
      [sha256(token)],
    )) as { id: string; account_id: string; permissions: WebhookPermission[]; tariff: string; zone: Zone }[];
    if (!row) return null;
    return { webhookId: row.id, accountId: row.account_id, permissions: row.permissions, refusal: await this.refusalFor(row) };
  }

  private async refusalFor(account: { account_id: string; tariff: string; zone: Zone }): Promise<WebhookCredential['refusal']> {
    if (account.tariff === FREE_TARIFF) return { code: 'WEBHOOKS_NOT_ON_FREE_TARIFF', message: 'the free tariff has no webhooks (TR-4)' };
    if (account.zone === Zone.RU && !(await this.billing.marketplaceSubscription(account.account_id)).active) {
      return { code: 'MARKETPLACE_SUBSCRIPTION_REQUIRED', message: 'in zone ru webhooks need the marketplace subscription (BX-8)' };
    }
    return null;
  }

  /** BX-8: admins only; in zone ru the account needs the marketplace subscription (asked of billing). */
  private async developerAccount(identity: Identity): Promise<Account> {
    const user = requireUser(identity);
    assertAdmin(user);
    const account = await this.dataSource.getRepository(Account).findOneBy({ id: user.accountId });
    if (!account) throw new NotFoundError('Account', { id: user.accountId });
    if (account.zone === Zone.RU && !(await this.billing.marketplaceSubscription(account.id)).active) {
      throw new DomainError('MARKETPLACE_SUBSCRIPTION_REQUIRED', 'in zone ru local apps and webhooks need the marketplace subscription (BX-8)');
    }
    return account;
  }
}

/** `whk.` + 32 random bytes, so the gateway knows whom to ask. */
function newWebhookToken(): string {
  return `${WEBHOOK_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
}

async function insertLocalApp(m: EntityManager, app: LocalApp): Promise<LocalApp> {
  try {
    await m.getRepository(LocalApp).insert(app);
  } catch (error) {
    if ((error as { driverError?: { constraint?: string } }).driverError?.constraint === 'local_apps_name_unique') {
      throw new DomainError('CONFLICT', 'a local app of that name exists', { field: 'name' });
    }
    throw error;
  }
  return app;
}

function checkedName(name: string): string {
  throwAll(nameProblems(name));
  return name.trim();
}

function nameProblems(name: string): DomainError[] {
  const trimmed = name.trim();
  if (trimmed && trimmed.length <= MAX_NAME_LENGTH) return [];
  return [new DomainError('BAD_USER_INPUT', `name must be 1 to ${MAX_NAME_LENGTH} characters`, { field: 'name' })];
}

/**
 * Known entities only (one list: packages/core), each once, with known operations, VIEW among
 * them; each problem at its permission's path (`permissions.2.operations`).
 */
function permissionProblems(permissions: WebhookPermission[]): DomainError[] {
  const seen = new Set<string>();
  return permissions.flatMap((p, i): DomainError[] => {
    const at = `permissions.${i}`;
    if (!isKnownPermissionEntity(p.entity)) {
      return [new DomainError('UNKNOWN_PERMISSION_ENTITY', unknownEntityMessage(p.entity), {
        field: `${at}.entity`, entity: p.entity, knownEntities: [...KNOWN_PERMISSION_ENTITIES],
      })];
    }
    if (seen.has(p.entity)) return [new DomainError('BAD_USER_INPUT', `${p.entity} is listed twice`, { field: `${at}.entity` })];
    seen.add(p.entity);
    const bad = p.operations.find((op) => !OPERATIONS.has(op));
    if (bad) return [new DomainError('BAD_USER_INPUT', `unknown operation ${bad} on ${p.entity}`, { field: `${at}.operations` })];
    if (p.operations.some((op) => op !== 'VIEW') && !p.operations.includes('VIEW')) {
      return [new DomainError('BAD_USER_INPUT', `${p.entity}: VIEW is required whenever another operation is given`, { field: `${at}.operations` })];
    }
    return [];
  });
}
