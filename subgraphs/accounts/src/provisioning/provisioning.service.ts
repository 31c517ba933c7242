import { randomUUID } from 'node:crypto';
import { DomainError, type Clock } from '@appmarket/core';
import type { DataSource, EntityManager } from 'typeorm';
import { Account } from '../accounts/account.entity';
import { User } from '../users/user.entity';
import type { HostConsequences } from './host-consequences';

/** What deactivations set off (host-consequences.ts); the seed, which deactivates nothing, needs none. */
export type DeactivationConsequences = Pick<HostConsequences, 'accountDeactivated' | 'userDeactivated'>;
import { checkAccountInput, checkUserInput, externalIdOf, externalIdsOf } from './provisioning.rules';
import type { HostAccount, HostUser, ProvisionAccountInput, ProvisionUserInput } from './provisioning.types';

type Changes = Record<string, [unknown, unknown]>;

/**
 * The host provisioning API (docs/provisioning.md): a host platform creates and updates its
 * accounts and users by its own ids, idempotently (the same call twice changes nothing the second
 * time), and deactivates them; each real change is one row of `provisioning_audit`, written in
 * the transaction of the change. The demo seed provisions through here too.
 */
export class ProvisioningService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly consequences: DeactivationConsequences,
  ) {}

  /**
   * Creates or updates the host's account `externalId`. A tariff or zone change applies to the
   * rules that read it from the next decision on (BX-9 free-app limit, TR-4/BX-8 webhooks).
   * `preferredId`: the id a new account gets (the demo seed keeps its fixed ids); never exposed.
   */
  async upsertAccount(hostId: string, raw: ProvisionAccountInput, preferredId?: string): Promise<HostAccount> {
    const input = checkAccountInput(raw);
    return this.dataSource.transaction(async (m) => {
      const existing = await this.lockAccount(m, hostId, input.externalId);
      const wanted = { name: input.name, zone: input.zone, tariff: input.tariff };
      if (!existing) {
        const id = preferredId ?? randomUUID();
        const created = await m.query(
          `INSERT INTO accounts (id, name, tariff, zone, host_id, external_id) VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (host_id, external_id) WHERE host_id IS NOT NULL DO NOTHING RETURNING id`,
          [id, input.name, input.tariff, input.zone, hostId, input.externalId],
        );
        if (created.length === 1) {
          await this.audit(m, hostId, 'ACCOUNT_CREATED', id, null, input.externalId, diff({}, wanted));
          return hostAccountOf(await m.getRepository(Account).findOneByOrFail({ id }));
        }
      }
      // Someone else's concurrent create won the unique index: update what it made.
      const account = existing ?? (await this.lockAccount(m, hostId, input.externalId))!;
      const changes = diff(account, wanted);
      if (Object.keys(changes).length > 0) {
        await m.getRepository(Account).update({ id: account.id }, wanted);
        await this.audit(m, hostId, 'ACCOUNT_UPDATED', account.id, null, input.externalId, changes);
      }
      return hostAccountOf({ ...account, ...wanted });
    });
  }

  /** Deactivates the account: its live installs are suspended (data kept, SERVER apps get DELETE Suspend). Idempotent. */
  async deactivateAccount(hostId: string, rawExternalId: string): Promise<HostAccount> {
    const externalId = externalIdOf('externalId', rawExternalId);
    return this.dataSource.transaction(async (m) => {
      const account = await this.requireAccount(m, hostId, externalId, 'externalId');
      if (account.deactivatedAt) return hostAccountOf(account);
      const now = this.clock.now();
      await m.getRepository(Account).update({ id: account.id }, { deactivatedAt: now });
      const suspended = await this.consequences.accountDeactivated(m, account.id);
      await this.audit(m, hostId, 'ACCOUNT_DEACTIVATED', account.id, null, externalId, { deactivatedAt: [null, now], installsSuspended: [0, suspended] });
      return hostAccountOf({ ...account, deactivatedAt: now });
    });
  }

  /** Creates or updates a user of the host's account; `active: false` deactivates it, `true` brings it back. */
  async upsertUser(hostId: string, raw: ProvisionUserInput, preferredId?: string): Promise<HostUser> {
    const input = checkUserInput(raw);
    return this.dataSource.transaction(async (m) => {
      const account = await this.requireAccount(m, hostId, input.accountExternalId, 'accountExternalId');
      const now = this.clock.now();
      const wanted = { fullName: input.fullName, email: input.email, role: input.role, extension: input.extension ?? null };
      let user = await this.lockUser(m, account.id, input.externalId);
      if (!user) {
        const id = preferredId ?? randomUUID();
        const created = await m.query(
          `INSERT INTO users (id, account_id, full_name, email, role, extension, external_id, deactivated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
           ON CONFLICT (account_id, external_id) WHERE external_id IS NOT NULL DO NOTHING RETURNING id`,
          [id, account.id, wanted.fullName, wanted.email, wanted.role, wanted.extension, input.externalId, input.active ? null : now],
        );
        if (created.length === 1) {
          await this.audit(m, hostId, 'USER_CREATED', account.id, id, input.externalId, diff({}, { ...wanted, active: input.active }));
          return hostUserOf(await m.getRepository(User).findOneByOrFail({ id }));
        }
        user = (await this.lockUser(m, account.id, input.externalId))!;
      }
      const changes = diff(user, wanted);
      if (Object.keys(changes).length > 0) {
        await m.getRepository(User).update({ id: user.id }, wanted);
        await this.audit(m, hostId, 'USER_UPDATED', account.id, user.id, input.externalId, changes);
      }
      const deactivatedAt = await this.setUserActive(m, hostId, account.id, { ...user, ...wanted }, input.active, now);
      return hostUserOf({ ...user, ...wanted, deactivatedAt });
    });
  }

  async deactivateUser(hostId: string, rawAccountExternalId: string, rawExternalId: string): Promise<HostUser> {
    const { accountExternalId, externalId } = externalIdsOf({ accountExternalId: rawAccountExternalId, externalId: rawExternalId });
    return this.dataSource.transaction(async (m) => {
      const account = await this.requireAccount(m, hostId, accountExternalId, 'accountExternalId');
      const user = await this.lockUser(m, account.id, externalId);
      if (!user) throw new DomainError('HOST_USER_NOT_FOUND', 'no such user in this account', { field: 'externalId', accountExternalId, externalId });
      const deactivatedAt = await this.setUserActive(m, hostId, account.id, user, false, this.clock.now());
      return hostUserOf({ ...user, deactivatedAt });
    });
  }

  /** The host's account, or null; other hosts' accounts are invisible (same answer as none). */
  async findAccount(hostId: string, rawExternalId: string): Promise<HostAccount | null> {
    const account = await this.dataSource.getRepository(Account).findOneBy({ hostId, externalId: externalIdOf('externalId', rawExternalId) });
    return account ? hostAccountOf(account) : null;
  }

  private async setUserActive(m: EntityManager, hostId: string, accountId: string, user: User, active: boolean, now: Date): Promise<Date | null> {
    if (active === (user.deactivatedAt === null)) return user.deactivatedAt;
    const deactivatedAt = active ? null : now;
    await m.getRepository(User).update({ id: user.id }, { deactivatedAt });
    if (!active) await this.consequences.userDeactivated(m, user.id);
    await this.audit(m, hostId, active ? 'USER_REACTIVATED' : 'USER_DEACTIVATED', accountId, user.id, user.externalId!, {
      deactivatedAt: [user.deactivatedAt, deactivatedAt],
    });
    return deactivatedAt;
  }

  private lockAccount(m: EntityManager, hostId: string, externalId: string): Promise<Account | null> {
    return m.getRepository(Account).findOne({ where: { hostId, externalId }, lock: { mode: 'pessimistic_write' } });
  }

  /** `field`: the argument that named the account, for the refusal's path. */
  private async requireAccount(m: EntityManager, hostId: string, externalId: string, field: string): Promise<Account> {
    const account = await this.lockAccount(m, hostId, externalId);
    if (!account) throw new DomainError('HOST_ACCOUNT_NOT_FOUND', 'the host has no account with this external id', { field, externalId });
    return account;
  }

  private lockUser(m: EntityManager, accountId: string, externalId: string): Promise<User | null> {
    return m.getRepository(User).findOne({ where: { accountId, externalId }, lock: { mode: 'pessimistic_write' } });
  }

  private async audit(
    m: EntityManager, hostId: string, action: string, accountId: string, userId: string | null, externalId: string, changes: Changes,
  ): Promise<void> {
    await m.query(
      'INSERT INTO provisioning_audit (host_id, action, account_id, user_id, external_id, changes, at) VALUES ($1, $2, $3, $4, $5, $6, $7)',
      [hostId, action, accountId, userId, externalId, JSON.stringify(changes), this.clock.now()],
    );
  }
}

/** Field → [before, after] for every wanted value that differs from the current one. */
function diff(current: object, wanted: Record<string, unknown>): Changes {
  const changes: Changes = {};
  for (const [key, value] of Object.entries(wanted)) {
    const before = (current as Record<string, unknown>)[key] ?? null;
    if (before !== value) changes[key] = [before, value];
  }
  return changes;
}

function hostAccountOf(a: Account): HostAccount {
  return { id: a.id, externalId: a.externalId!, name: a.name, zone: a.zone, tariff: a.tariff, active: a.deactivatedAt === null, deactivatedAt: a.deactivatedAt };
}

function hostUserOf(u: User): HostUser {
  return {
    id: u.id, accountId: u.accountId, externalId: u.externalId!, fullName: u.fullName, email: u.email, role: u.role,
    extension: u.extension, active: u.deactivatedAt === null, deactivatedAt: u.deactivatedAt,
  };
}
