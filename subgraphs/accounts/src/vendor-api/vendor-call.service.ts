import { randomUUID } from 'node:crypto';
import type { Clock, Logger } from '@appmarket/core';
import { EgressError, egressRequest, type EgressPolicy } from '@appmarket/egress';
import { recordVendorCall } from '@appmarket/telemetry';
import type { Dispatcher } from 'undici';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { Account } from '../accounts/account.entity';
import { Install } from '../installs/install.entity';
import { ActivationState, InstalledAppType, InstallStatus } from '../installs/install.enums';
import { Queues, type JobQueue } from '../jobs/job-queue';
import type { BillingPort } from '../peers/billing.port';
import type { AppForInstall, CatalogPort } from '../peers/catalog.port';
import type { AppTokenService } from '../tokens/app-token.service';
import { VendorCall, type VendorCallCause, type VendorCallMethod } from './vendor-call.entity';
import { buildActivationBody, buildDeactivationBody } from './vendor-payload';
import { signVendorJwt } from './vendor-jwt';
import { openToken, sealToken } from './token-seal';
import { classifyEgressFailure, classifyResponse, retryScheduleOf, type VendorOutcome } from './vendor-schedule';

export const REQUEST_ID_HEADER = 'X-Lognex-RequestId';
/** A vendor-call job: which call, and which attempt of it (each attempt has its own job). */
export interface VendorCallJob {
  callId: string;
  attempt: number;
}
const ACTIVATION_CAUSES: VendorCallCause[] = ['Install', 'Resume'];
const ACTIVE_STATES = new Set<string>([ActivationState.ACTIVATING, ActivationState.SETTINGS_REQUIRED, ActivationState.ACTIVATED]);
/** An answer moves the install only from the state its call was made in (an uninstall may have overtaken it). */
const ACTIVATING = [ActivationState.ACTIVATING, ActivationState.SETTINGS_REQUIRED];

/** How vendor servers are reached: only through the egress guard (docs/vendor-api.md, "Outbound calls"). */
export interface VendorEgress {
  timeoutMs: number;
  policy: EgressPolicy;
  /** From createEgressDispatcher: checks the address actually connected to. */
  dispatcher: Dispatcher;
  /** The public origin; `access[].resource` names the API under it. */
  publicBaseUrl: string;
}

/** A vendor answers with a small JSON status; anything longer is not a Vendor API answer. */
const MAX_VENDOR_RESPONSE_BYTES = 64 * 1024;

/**
 * The Vendor API client (SV-1, SV-2): durable calls to the vendor's server with the install state
 * machine. Only SERVER apps are called (TY-3, TL-1).
 */
export class VendorCallService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly catalog: CatalogPort,
    private readonly billing: BillingPort,
    private readonly tokens: AppTokenService,
    private readonly jobs: () => JobQueue,
    private readonly egress: VendorEgress,
    private readonly logger: Logger,
  ) {}

  /** Records the call and enqueues its first attempt in the caller's transaction. */
  async enqueue(
    m: EntityManager,
    install: Install,
    call: { method: VendorCallMethod; cause: VendorCallCause; pathSuffix?: string; idempotencyKey?: string },
  ): Promise<VendorCall | null> {
    if (install.appType !== InstalledAppType.SERVER) return null; // TY-3, TL-1
    const row = m.getRepository(VendorCall).create({
      id: randomUUID(), installId: install.id, method: call.method, cause: call.cause, pathSuffix: call.pathSuffix ?? '',
      idempotencyKey: call.idempotencyKey ?? null, status: 'PENDING', attempts: 0, createdAt: this.clock.now(),
      firstAttemptAt: null, lastAttemptAt: null, nextAttemptAt: null, lastResult: null, tokenId: null, tokenSealed: null,
    });
    await m.getRepository(VendorCall).insert(row);
    await this.jobs().send(Queues.vendorCall, { callId: row.id, attempt: 1 } satisfies VendorCallJob, { manager: m });
    return row;
  }

  /**
   * The pg-boss handler: attempt `attempt` of the call (jobs from before attempts were numbered
   * carry none: the next one), then its outcome. Each attempt has its own job, enqueued when the
   * previous one began: a job whose attempt was already made does nothing, so a job that runs
   * twice, or one retried after its process died, never sends twice.
   */
  async attempt(callId: string, attempt?: number): Promise<void> {
    const call = await this.dataSource.getRepository(VendorCall).findOneBy({ id: callId });
    if (!call || call.status !== 'PENDING') return;
    const number = attempt ?? call.attempts + 1;
    if (call.attempts >= number) return;
    const now = this.clock.now();
    if (call.nextAttemptAt && call.nextAttemptAt > now) {
      // Not due by the injected clock yet (the queue ran it early): wait the rest of the interval.
      const seconds = Math.ceil((call.nextAttemptAt.getTime() - now.getTime()) / 1000);
      return this.jobs().send(Queues.vendorCall, { callId, attempt: number } satisfies VendorCallJob, { startAfterSeconds: seconds });
    }
    const install = await this.dataSource.getRepository(Install).findOneByOrFail({ id: call.installId });
    if (this.superseded(call, install)) return this.finish(call, 'GAVE_UP', 'superseded by a later change of the install');
    if (call.firstAttemptAt && call.nextAttemptAt && call.nextAttemptAt.getTime() - call.firstAttemptAt.getTime() > retryScheduleOf(call.cause).windowMs) {
      // The attempt before this one never answered (its process died) and this one falls outside
      // the window (judged by when it was due, not by when a worker got to it, as `apply` does).
      return this.finish(call, 'GAVE_UP', call.lastResult ?? 'no answer');
    }
    // Everything the body needs, side by side: each is a round trip, and a burst of installs waits on them.
    const [{ app, signingSecret: secret }, account, billing] = await Promise.all([
      this.catalog.getAppWithSecret(install.appId),
      this.dataSource.getRepository(Account).findOneByOrFail({ id: install.accountId }),
      call.method === 'PUT' && call.cause !== 'PermissionsChanged' ? this.billingOf(install) : Promise.resolve(null),
    ]);
    if (!app?.vendorApi || !secret) return this.finish(call, 'FAILED', 'the app has no vendorApi endpoint or secret');
    const begun = await this.begin(call, number, install, secret);
    if (!begun) return;
    const outcome = await this.send(call, install, { app, account, billing }, secret, begun.token);
    await this.apply(call, install, outcome, number);
  }

  /**
   * Records attempt `number` before anything is sent, in one transaction under the call's row
   * lock: the activation's token (minted on the first attempt, opened from its seal on the
   * others) and the job of the next attempt, due on the schedule whatever becomes of this one —
   * if this process dies mid-call, that job is the retry. Null: another run began this attempt.
   */
  private begin(call: VendorCall, number: number, install: Install, secret: string): Promise<{ token: string | null } | null> {
    return this.dataSource.transaction(async (m) => {
      const calls = m.getRepository(VendorCall);
      const locked = await calls.findOne({ where: { id: call.id }, lock: { mode: 'pessimistic_write' } });
      if (!locked || locked.status !== 'PENDING' || locked.attempts >= number) return null;
      let token: string | null = null;
      // SV-1: one token per activation, sent on every attempt. A PermissionsChanged event keeps
      // the live token: its scope follows the install's permissions.
      if (call.method === 'PUT' && install.permissions !== null && ACTIVATION_CAUSES.includes(call.cause)) {
        token = locked.tokenSealed ? openToken(locked.tokenSealed, secret, locked.id) : null;
        if (!token) {
          if (locked.tokenSealed) this.logger.warn('a vendor call token no longer opens (the app secret changed): a new one is minted', { callId: call.id });
          const minted = await this.tokens.mint(m, install.id);
          token = minted.token;
          locked.tokenId = minted.id;
          locked.tokenSealed = sealToken(minted.token, secret, locked.id);
        }
      }
      const now = this.clock.now();
      const { intervalMs } = retryScheduleOf(locked.cause);
      locked.attempts = number;
      locked.firstAttemptAt ??= now;
      locked.lastAttemptAt = now;
      locked.nextAttemptAt = new Date(now.getTime() + intervalMs);
      locked.lastResult = 'sent, no answer yet';
      await calls.save(locked);
      await this.jobs().send(Queues.vendorCall, { callId: call.id, attempt: number + 1 } satisfies VendorCallJob, { manager: m, startAfterSeconds: intervalMs / 1000 });
      Object.assign(call, locked);
      return { token };
    });
  }

  private superseded(call: VendorCall, install: Install): boolean {
    if (call.method === 'PUT') return install.status === InstallStatus.UNINSTALLED || (install.suspendedAt !== null && call.cause !== 'Uninstall');
    return false;
  }

  private async send(
    call: VendorCall,
    install: Install,
    { app, account, billing }: { app: AppForInstall; account: Account; billing: Awaited<ReturnType<VendorCallService['billingOf']>> },
    secret: string,
    token: string | null,
  ): Promise<VendorOutcome> {
    const url = `${app.vendorApi!.endpointBase.replace(/\/$/, '')}/api/moysklad/vendor/1.0/apps/${install.appId}/${install.accountId}${call.pathSuffix}`;
    let body: unknown;
    if (call.method === 'PUT') {
      body = buildActivationBody({ app, account, install, cause: call.cause, token, billing, publicBaseUrl: this.egress.publicBaseUrl, now: this.clock.now() });
    } else {
      body = buildDeactivationBody({ app, account }, call.cause);
    }
    try {
      const response = await egressRequest(url, {
        method: call.method,
        headers: {
          authorization: `Bearer ${await signVendorJwt(secret, this.clock)}`,
          'content-type': 'application/json',
          [REQUEST_ID_HEADER]: call.id,
        },
        body: JSON.stringify(body),
        timeoutMs: this.egress.timeoutMs,
        maxResponseBytes: MAX_VENDOR_RESPONSE_BYTES,
        dispatcher: this.egress.dispatcher,
        policy: this.egress.policy,
      });
      return classifyResponse(response.status, response.json() ?? null);
    } catch (error) {
      if (error instanceof EgressError) return classifyEgressFailure(error);
      const { name, message } = error as { name?: string; message?: string };
      return { kind: 'retry', reason: `no answer: ${name ?? ''} ${message ?? ''}`.slice(0, 190) };
    }
  }

  /** Best effort: without billing's answer the call goes out as a free, non-trial tariff rather than wait. */
  private async billingOf(install: Install) {
    try {
      return await this.billing.installBilling(install.id, install.accountId);
    } catch (error) {
      this.logger.warn('billing unavailable for a vendor call', { installId: install.id, error: error instanceof Error ? error.message : String(error) });
      return null;
    }
  }

  /**
   * The outcome of attempt `number`, under the call's row lock. A call another attempt already
   * settled stays as it is; a retry outcome of an attempt a later one overtook changes nothing
   * (that attempt's job and outcome carry on).
   */
  private async apply(call: VendorCall, install: Install, outcome: VendorOutcome, number: number): Promise<void> {
    const activation = call.method === 'PUT' && ACTIVATION_CAUSES.includes(call.cause);
    const applied = await this.dataSource.transaction(async (m) => {
      const installs = m.getRepository(Install);
      const locked = await m.getRepository(VendorCall).findOne({ where: { id: call.id }, lock: { mode: 'pessimistic_write' } });
      if (!locked || locked.status !== 'PENDING') return false;
      if (outcome.kind === 'ok') {
        locked.status = 'DONE';
        locked.lastResult = `HTTP ${outcome.httpStatus}${outcome.status ? ` ${outcome.status}` : ''}`;
        locked.nextAttemptAt = null;
        if (activation && outcome.status && ACTIVE_STATES.has(outcome.status) && outcome.status !== ActivationState.ACTIVATING) {
          await installs.update({ id: install.id, activationState: In(ACTIVATING) }, { activationState: outcome.status as ActivationState });
        }
        if (call.method === 'DELETE') {
          await installs.update({ id: install.id, activationState: ActivationState.DEACTIVATING }, { activationState: call.cause === 'Suspend' ? ActivationState.SUSPENDED : null });
        }
      } else if (outcome.kind === 'refused') {
        locked.status = 'FAILED';
        locked.lastResult = outcome.reason.slice(0, 190);
        locked.nextAttemptAt = null;
        if (activation) {
          // Only this call's token: a later activation's token is not this refusal's to revoke.
          if (locked.tokenId) await this.tokens.revoke(m, locked.tokenId);
          await installs.update({ id: install.id, activationState: In(ACTIVATING) }, { activationState: ActivationState.ACTIVATION_FAILED });
        }
        if (call.method === 'DELETE') {
          await installs.update({ id: install.id, activationState: ActivationState.DEACTIVATING }, { activationState: ActivationState.DEACTIVATION_FAILED });
        }
      } else {
        if (locked.attempts !== number) return false;
        locked.lastResult = outcome.reason;
        if (locked.nextAttemptAt!.getTime() - locked.firstAttemptAt!.getTime() > retryScheduleOf(call.cause).windowMs) {
          // The attempts stop; the install keeps the state it reached (the next attempt's job finds it settled).
          locked.status = 'GAVE_UP';
          locked.nextAttemptAt = null;
        }
      }
      if (locked.status !== 'PENDING') locked.tokenSealed = null;
      await m.getRepository(VendorCall).save(locked);
      Object.assign(call, locked);
      return true;
    });
    if (!applied) return;
    this.logger.info('vendor call attempt', { callId: call.id, cause: call.cause, attempt: number, result: call.lastResult, status: call.status });
    recordVendorCall(call.cause, outcome.kind === 'ok' ? 'success' : outcome.kind === 'refused' ? 'failure' : call.status === 'GAVE_UP' ? 'gave_up' : 'retry');
  }

  private async finish(call: VendorCall, status: 'FAILED' | 'GAVE_UP', reason: string): Promise<void> {
    await this.dataSource.getRepository(VendorCall).update({ id: call.id, status: 'PENDING' }, { status, lastResult: reason, nextAttemptAt: null, tokenSealed: null });
  }
}
