import { randomBytes, randomUUID } from 'node:crypto';
import { DomainError, NotFoundError, type Clock } from '@appmarket/core';
import type { Identity } from '@appmarket/federation';
import type { DataSource } from 'typeorm';
import { Account } from '../accounts/account.entity';
import { Zone } from '../accounts/account.enums';
import { assertAdmin, requireUser } from '../installs/install-rules';
import type { BillingPort } from '../peers/billing.port';
import { sha256 } from '../tokens/app-token.service';
import { IncomingWebhook } from './incoming-webhook.entity';
import { LocalApp } from './local-app.entity';

const OPERATIONS = new Set(['VIEW', 'CREATE', 'UPDATE', 'DELETE', 'PRINT', 'APPROVE']);
/** TR-4: the free tariff has no webhooks. */
const FREE_TARIFF = 'FREE';

/** BX-8: the developer section of an account: local apps and incoming webhooks. Admins only. */
export class DeveloperService {
  constructor(private readonly dataSource: DataSource, private readonly clock: Clock, private readonly billing: BillingPort) {}

  findLocalApps(accountIds: readonly string[]): Promise<LocalApp[]> {
    return this.dataSource.getRepository(LocalApp).createQueryBuilder('l')
      .where('l.account_id = ANY(:ids)', { ids: [...accountIds] }).orderBy('l.name', 'ASC').getMany();
  }

  findWebhooks(accountIds: readonly string[]): Promise<IncomingWebhook[]> {
    return this.dataSource.getRepository(IncomingWebhook).createQueryBuilder('w')
      .where('w.account_id = ANY(:ids)', { ids: [...accountIds] }).orderBy('w.created_at', 'DESC').getMany();
  }

  async createLocalApp(identity: Identity, name: string): Promise<LocalApp> {
    const account = await this.developerAccount(identity);
    const app = { id: randomUUID(), accountId: account.id, name: name.trim(), createdAt: this.clock.now() };
    if (!app.name) throw new DomainError('BAD_USER_INPUT', 'name must not be empty', { field: 'name' });
    try {
      await this.dataSource.getRepository(LocalApp).insert(app);
    } catch (error) {
      if ((error as { driverError?: { constraint?: string } }).driverError?.constraint === 'local_apps_name_unique') {
        throw new DomainError('CONFLICT', 'a local app of that name exists', { field: 'name' });
      }
      throw error;
    }
    return app;
  }

  /** Returns the webhook and its token; only the token's hash is stored. */
  async createWebhook(identity: Identity, name: string, permissions: { entity: string; operations: string[] }[]) {
    const account = await this.developerAccount(identity);
    if (account.tariff === FREE_TARIFF) {
      throw new DomainError('WEBHOOKS_NOT_ON_FREE_TARIFF', 'the free tariff has no webhooks (TR-4)');
    }
    for (const p of permissions) {
      const bad = p.operations.find((op) => !OPERATIONS.has(op));
      if (bad) throw new DomainError('BAD_USER_INPUT', `unknown operation ${bad} on ${p.entity}`, { field: 'permissions' });
    }
    const token = randomBytes(32).toString('base64url');
    const webhook: IncomingWebhook = {
      id: randomUUID(), accountId: account.id, name, tokenSha256: sha256(token), permissions, createdAt: this.clock.now(), revokedAt: null,
    };
    await this.dataSource.getRepository(IncomingWebhook).insert(webhook);
    return { webhook, token };
  }

  /** BX-8: admins only; in zone ru the account needs the marketplace subscription (asked of billing). */
  private async developerAccount(identity: Identity): Promise<Account> {
    const user = requireUser(identity);
    assertAdmin(user);
    const account = await this.dataSource.getRepository(Account).findOneBy({ id: user.accountId });
    if (!account) throw new NotFoundError('Account', { id: user.accountId });
    if (account.zone === Zone.ru && !(await this.billing.marketplaceSubscription(account.id)).active) {
      throw new DomainError('MARKETPLACE_SUBSCRIPTION_REQUIRED', 'in zone ru local apps and webhooks need the marketplace subscription (BX-8)');
    }
    return account;
  }
}
