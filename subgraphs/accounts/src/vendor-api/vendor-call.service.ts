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
import { classifyEgressFailure, classifyResponse, retryScheduleOf, type VendorOutcome } from './vendor-schedule';

export const REQUEST_ID_HEADER = 'X-Lognex-RequestId';
const ACTIVATION_CAUSES: VendorCallCause[] = ['Install', 'Resume'];
const ACTIVE_STATES = new Set<string>([ActivationState.Activating, ActivationState.SettingsRequired, ActivationState.Activated]);
/** An answer moves the install only from the state its call was made in (an uninstall may have overtaken it). */
const ACTIVATING = [ActivationState.Activating, ActivationState.SettingsRequired];

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
      firstAttemptAt: null, lastAttemptAt: null, nextAttemptAt: null, lastResult: null,
    });
    await m.getRepository(VendorCall).insert(row);
    await this.jobs().send(Queues.vendorCall, { callId: row.id }, { manager: m });
    return row;
  }

  /** The pg-boss handler: one attempt of the call, then its outcome or its next attempt. */
  async attempt(callId: string): Promise<void> {
    const call = await this.dataSource.getRepository(VendorCall).findOneBy({ id: callId });
    if (!call || call.status !== 'PENDING') return;
    const now = this.clock.now();
    if (call.nextAttemptAt && call.nextAttemptAt > now) {
      // Not due by the injected clock yet (the queue ran it early): wait the rest of the interval.
      const seconds = Math.ceil((call.nextAttemptAt.getTime() - now.getTime()) / 1000);
      return this.jobs().send(Queues.vendorCall, { callId }, { startAfterSeconds: seconds });
    }
    const install = await this.dataSource.getRepository(Install).findOneByOrFail({ id: call.installId });
    if (this.superseded(call, install)) return this.finish(call, 'GAVE_UP', 'superseded by a later change of the install');
    const app = await this.catalog.getAppForInstall(install.appId);
    const secret = await this.catalog.getSigningSecret(install.appId);
    if (!app?.vendorApi || !secret) return this.finish(call, 'FAILED', 'the app has no vendorApi endpoint or secret');
    call.attempts += 1;
    call.firstAttemptAt ??= now;
    call.lastAttemptAt = now;
    const outcome = await this.send(call, install, app, secret);
    await this.apply(call, install, outcome);
  }

  private superseded(call: VendorCall, install: Install): boolean {
    if (call.method === 'PUT') return install.status === InstallStatus.UNINSTALLED || (install.suspendedAt !== null && call.cause !== 'Uninstall');
    return false;
  }

  private async send(call: VendorCall, install: Install, app: AppForInstall, secret: string): Promise<VendorOutcome> {
    const url = `${app.vendorApi!.endpointBase.replace(/\/$/, '')}/api/moysklad/vendor/1.0/apps/${install.appId}/${install.accountId}${call.pathSuffix}`;
    const account = await this.dataSource.getRepository(Account).findOneByOrFail({ id: install.accountId });
    let body: unknown;
    if (call.method === 'PUT') {
      // SV-1: a fresh token per activation attempt; the plain text lives only in this request. A
      // PermissionsChanged event keeps the live token: its scope follows the install's permissions.
      const withAccess = install.permissions !== null && ACTIVATION_CAUSES.includes(call.cause);
      const token = withAccess ? await this.dataSource.transaction((m) => this.tokens.issue(m, install.id)) : null;
      const billing = call.cause === 'PermissionsChanged' ? null : await this.billingOf(install);
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

  private async apply(call: VendorCall, install: Install, outcome: VendorOutcome): Promise<void> {
    const activation = call.method === 'PUT' && ACTIVATION_CAUSES.includes(call.cause);
    await this.dataSource.transaction(async (m) => {
      const installs = m.getRepository(Install);
      if (outcome.kind === 'ok') {
        call.status = 'DONE';
        call.lastResult = `HTTP ${outcome.httpStatus}${outcome.status ? ` ${outcome.status}` : ''}`;
        call.nextAttemptAt = null;
        if (activation && outcome.status && ACTIVE_STATES.has(outcome.status) && outcome.status !== ActivationState.Activating) {
          await installs.update({ id: install.id, activationState: In(ACTIVATING) }, { activationState: outcome.status as ActivationState });
        }
        if (call.method === 'DELETE') {
          await installs.update({ id: install.id, activationState: ActivationState.Deactivating }, { activationState: call.cause === 'Suspend' ? ActivationState.Suspended : null });
        }
      } else if (outcome.kind === 'refused') {
        call.status = 'FAILED';
        call.lastResult = outcome.reason.slice(0, 190);
        call.nextAttemptAt = null;
        if (activation) {
          await this.tokens.revokeAll(m, install.id);
          await installs.update({ id: install.id, activationState: In(ACTIVATING) }, { activationState: ActivationState.ActivationFailed });
        }
        if (call.method === 'DELETE') {
          await installs.update({ id: install.id, activationState: ActivationState.Deactivating }, { activationState: ActivationState.DeactivationFailed });
        }
      } else {
        const { intervalMs, windowMs } = retryScheduleOf(call.cause);
        const next = new Date(call.lastAttemptAt!.getTime() + intervalMs);
        call.lastResult = outcome.reason;
        if (next.getTime() - call.firstAttemptAt!.getTime() > windowMs) {
          // The attempts stop; the install keeps the state it reached.
          call.status = 'GAVE_UP';
          call.nextAttemptAt = null;
        } else {
          call.nextAttemptAt = next;
          await this.jobs().send(Queues.vendorCall, { callId: call.id }, { manager: m, startAfterSeconds: intervalMs / 1000 });
        }
      }
      await m.getRepository(VendorCall).save(call);
    });
    this.logger.info('vendor call attempt', { callId: call.id, cause: call.cause, attempt: call.attempts, result: call.lastResult, status: call.status });
    recordVendorCall(call.cause, outcome.kind === 'ok' ? 'success' : outcome.kind === 'refused' ? 'failure' : call.status === 'GAVE_UP' ? 'gave_up' : 'retry');
  }

  private async finish(call: VendorCall, status: 'FAILED' | 'GAVE_UP', reason: string): Promise<void> {
    await this.dataSource.getRepository(VendorCall).update({ id: call.id }, { status, lastResult: reason, nextAttemptAt: null });
  }
}
