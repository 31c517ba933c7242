import { type Clock, DAY, DomainError, NotFoundError, throwAll } from '@appmarket/core';
import type { IdempotencyKeys } from '@appmarket/db';
import type { DataSource, EntityManager } from 'typeorm';
import type { AccountBillingService } from '../installs/account-billing.service';
import { BillingState } from '../installs/billing-state.enum';
import type { AccountsPort } from '../ports/accounts.port';
import type { CatalogPort } from '../ports/catalog.port';

export interface ExtendTrialInput {
  accountId: string;
  appId: string;
  days: number;
}

export interface TrialExtensionResult {
  accountId: string;
  appId: string;
  installId: string | null;
  confirmedAt: Date;
  trialEndsAt: Date;
}

/** TX-1..TX-3: a vendor extends (or grants) the trial of its paid, published app for one account. */
export class TrialExtensionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly catalog: CatalogPort,
    private readonly accountsOwner: AccountsPort,
    private readonly accounts: AccountBillingService,
    private readonly idempotency: IdempotencyKeys,
  ) {}

  /**
   * With `idempotencyKey`, a repeat by the vendor with the same input answers the extension it
   * made instead of TRIAL_ALREADY_EXTENDED (docs/API.md, "Retries and idempotency").
   */
  async extend(vendorId: string, input: ExtendTrialInput, idempotencyKey?: string | null): Promise<TrialExtensionResult> {
    // Every field is checked before refusing, so a form shows all its problems at once.
    const problems: DomainError[] = [];
    if (!Number.isInteger(input.days) || input.days < 1 || input.days > 14) {
      problems.push(new DomainError('TRIAL_EXTENSION_DAYS_OUT_OF_RANGE', 'a trial extension lasts 1 to 14 days (TX-2)', { field: 'days', days: input.days }));
    }
    const app = await this.catalog.appAt(input.appId, this.clock.now());
    // A vendor sees only its own apps: someone else's app is "not found", as a missing one.
    if (!app || app.vendorId !== vendorId) problems.push(new NotFoundError('app', { field: 'appId', appId: input.appId }));
    else if (!app.priceKopecks) {
      problems.push(new DomainError('TRIAL_EXTENSION_APP_NOT_PAID', 'only a paid app\'s trial can be extended (TX-3)', { field: 'appId' }));
    } else if (app.status !== 'PUBLISHED') {
      problems.push(new DomainError('TRIAL_EXTENSION_APP_NOT_PUBLISHED', 'only a published app\'s trial can be extended (TX-3)', { field: 'appId' }));
    }
    // The account is accounts': asked before any row is written for it (issue 14: no extension of nobody).
    if (!(await this.accountsOwner.exists(input.accountId))) {
      problems.push(new DomainError('ACCOUNT_NOT_FOUND', 'accounts has no account with this id', { field: 'accountId', accountId: input.accountId }));
    }
    throwAll(problems);

    const request = {
      scope: `vendor:${vendorId}`, key: idempotencyKey, operation: 'extendTrial',
      input: { accountId: input.accountId, appId: input.appId, days: input.days },
    };
    return this.idempotency.transaction(request, {
      run: (manager) => this.extendLocked(vendorId, input, app!.priceKopecks!, manager),
      keep: () => null,
      replay: () => this.find(input.accountId, input.appId),
    });
  }

  /** The extension of the app for the account, as it is stored. */
  private async find(accountId: string, appId: string): Promise<TrialExtensionResult> {
    const [row] = (await this.dataSource.query(
      'SELECT install_id, confirmed_at, ends_at FROM trial_extensions WHERE account_id = $1 AND app_id = $2', [accountId, appId],
    )) as { install_id: string | null; confirmed_at: Date; ends_at: Date }[];
    if (!row) throw new NotFoundError('trial extension', { accountId, appId });
    return { accountId, appId, installId: row.install_id, confirmedAt: new Date(row.confirmed_at), trialEndsAt: new Date(row.ends_at) };
  }

  private extendLocked(vendorId: string, input: ExtendTrialInput, priceKopecks: number, manager: EntityManager): Promise<TrialExtensionResult> {
    return this.accounts.write(input.accountId, async (w) => {
      // TX-2: it starts when confirmed and lasts exactly the days given, not added to the trial.
      const trialEndsAt = new Date(w.now.getTime() + input.days * DAY);
      // TX-1: once per account and app; the primary key settles concurrent extensions.
      const inserted: unknown[] = await w.manager.query(
        `INSERT INTO trial_extensions (account_id, app_id, days, confirmed_at, ends_at, vendor_id)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING RETURNING account_id`,
        [input.accountId, input.appId, input.days, w.now, trialEndsAt, vendorId],
      );
      if (!inserted.length) throw new DomainError('TRIAL_ALREADY_EXTENDED', 'this account\'s trial of the app was already extended once (TX-3)');
      const install = w.liveInstallOf(input.appId);
      if (install?.state === BillingState.PAID) throw new DomainError('APP_ALREADY_PAID', 'the account already pays for this app (TX-3)');
      if (install?.state === BillingState.TRIAL && install.trialEndsAt! > trialEndsAt) {
        throw new DomainError('TRIAL_WOULD_BE_SHORTENED', 'the running trial ends later than the extension would (TX-3)', {
          trialEndsAt: install.trialEndsAt!.toISOString(),
        });
      }
      if (install) {
        const from = install.state;
        install.state = BillingState.TRIAL;
        install.trialEndsAt = trialEndsAt;
        install.paidAppOptionsUsed = 0;
        if (install.priceKopecks === 0) install.priceKopecks = priceKopecks;
        await w.record(install, from, 'TRIAL_EXTENDED', from === BillingState.SUSPENDED ? 'RESUME' : null);
        await w.manager.query('UPDATE trial_extensions SET install_id = $3 WHERE account_id = $1 AND app_id = $2', [
          input.accountId, input.appId, install.installId,
        ]);
        await this.accounts.scheduleSettle(w.manager, input.accountId, trialEndsAt);
      }
      return { accountId: input.accountId, appId: input.appId, installId: install?.installId ?? null, confirmedAt: w.now, trialEndsAt };
    }, manager);
  }
}
