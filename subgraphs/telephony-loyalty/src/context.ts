import { HOUR, type Clock, type Logger } from '@appmarket/core';
import { IdempotencyKeys } from '@appmarket/db';
import { createPageLoaders, loaderByKey, loaderOfMany, runOutsideRequest, type BaseContext, type PeerDirectory } from '@appmarket/federation';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { CallCardService } from './cards/call-card.service';
import { CallService } from './calls/call.service';
import { EmployeeDirectory } from './employees/employee.service';
import { CardEventHub } from './events/card-event-hub';
import { CardEventRetentionService } from './events/card-event-retention.service';
import { LOYALTY_CALL_LIMITS, RequestLimiter, type RequestLimits } from './limits/request-limiter';
import { DEFAULT_LOYALTY_OPTIONS, LoyaltyClient, type LoyaltyClientOptions } from './loyalty/loyalty-client';
import { LoyaltySettingsService } from './loyalty/loyalty-settings.service';
import { LoyaltyService } from './loyalty/loyalty.service';
import { PhoneApiService } from './phone/phone-api.service';
import { PhoneBindingService } from './phone/phone-binding.service';
import { ProviderCalls } from './phone/provider-calls';

/** Knobs a deployment (or a test) may turn; the defaults are vendor-api.md's. */
export interface TelephonyOptions {
  /** An employee's concurrent Loyalty API calls (the Phone API's limits are the gateway's). */
  limits: RequestLimits;
  /** Timeout, breaker and egress policy of Loyalty API calls. */
  loyalty: LoyaltyClientOptions;
  /** How long call-card events are kept for replay, and whether this process works the job queue. */
  cardEvents: { retentionMs: number; workers: boolean };
  /** How long idempotency keys of point-of-sale writes are remembered (IDEMPOTENCY_KEY_RETENTION_HOURS). */
  idempotency: { retentionMs: number };
}
export const DEFAULT_TELEPHONY_OPTIONS: TelephonyOptions = {
  limits: LOYALTY_CALL_LIMITS, loyalty: DEFAULT_LOYALTY_OPTIONS, cardEvents: { retentionMs: 24 * 3600_000, workers: true },
  idempotency: { retentionMs: 24 * HOUR },
};

export function createTelephonyServices(
  deps: { dataSource: DataSource; clock: Clock; peers: PeerDirectory; logger: Logger },
  options: TelephonyOptions = DEFAULT_TELEPHONY_OPTIONS,
) {
  const { dataSource, clock, peers } = deps;
  const calls = new CallService(dataSource, clock);
  const cards = new CallCardService(dataSource, clock);
  const cardEventRetention = new CardEventRetentionService(dataSource, clock, options.cardEvents.retentionMs);
  const limiter = new RequestLimiter(dataSource, clock, options.limits);
  const loyaltySettings = new LoyaltySettingsService(dataSource, clock, peers, options.loyalty.egress);
  const loyaltyClient = new LoyaltyClient(dataSource, clock, options.loyalty);
  const phoneBinding = new PhoneBindingService(dataSource, clock, peers);
  const phone = new PhoneApiService(calls, cards, phoneBinding);
  const idempotency = new IdempotencyKeys(dataSource, clock, options.idempotency);
  return {
    clock,
    db: dataSource,
    calls,
    cards,
    cardEventRetention,
    limiter,
    employees: new EmployeeDirectory(peers),
    phone,
    phoneBinding,
    providerCalls: new ProviderCalls(phone, calls),
    loyaltySettings,
    loyaltyClient,
    loyalty: new LoyaltyService(loyaltySettings, loyaltyClient, limiter, idempotency),
    idempotency,
    // Opens its LISTEN connection lazily, on the first stream; a lost one is replaced on the next.
    hub: hubHolder((onLost) => new CardEventHub(dataSource, deps.logger, onLost)),
  };
}
export type TelephonyServices = ReturnType<typeof createTelephonyServices>;

/** This replica's current hub; `onLost(listener)` registers who ends the streams when it drops. */
function hubHolder(make: (onLost: () => void) => CardEventHub) {
  let hub: CardEventHub | undefined;
  const lostListeners = new Set<() => void>();
  return {
    get(): CardEventHub {
      // Made outside the request that first asks: its connection's log lines are no request's.
      if (!hub || !hub.alive) hub = runOutsideRequest(() => make(() => lostListeners.forEach((listener) => listener())));
      return hub;
    },
    peek: () => hub,
    onLost(listener: () => void) {
      lostListeners.add(listener);
    },
  };
}

/** First pages of calls, batched per page size: accounts asking for the same size share one statement. */

function createLoaders(s: TelephonyServices) {
  return {
    pages: createPageLoaders(s.db),
    callById: loaderByKey((ids: readonly string[]) => s.calls.byIds(ids), (c) => c.id),
    cardsByCall: loaderOfMany((ids: readonly string[]) => s.cards.cardsOfCalls(ids), (k) => k.callId),
    loyaltySettingsByInstall: loaderByKey((ids: readonly string[]) => s.loyaltySettings.byInstallIds(ids), (l) => l.installId),
    // Employees come from accounts: one peer call per batch of accounts in a request.
    usersOfAccount: new DataLoader((ids: readonly string[]) => s.employees.usersOf(ids)),
  };
}

export interface TelephonyContext extends BaseContext {
  services: TelephonyServices;
  loaders: ReturnType<typeof createLoaders>;
}

export function createTelephonyContext(services: TelephonyServices) {
  return (base: BaseContext): TelephonyContext => ({ ...base, services, loaders: createLoaders(services) });
}
