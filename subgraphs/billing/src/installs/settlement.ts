import { OPTION_KOPECKS } from '../config';
import type { VendorEventCause } from '../history/install-billing-history.entity';
import { BillingState } from './billing-state.enum';
import type { InstallBilling } from './install-billing.entity';

/** A change the clock has made due: written by the next write or job, shown at once by reads. */
export interface Transition {
  installId: string;
  accountId: string;
  from: BillingState;
  to: BillingState;
  cause: 'TRIAL_ENDED' | 'SUBSCRIPTION_ENDED';
  at: Date;
  vendorEvent: VendorEventCause;
}

export interface Settlement {
  /** Every live install of the account as it is at `now` (copies; the input is not changed). */
  installs: InstallBilling[];
  transitions: Transition[];
  /** Installs whose row differs from what is stored (a state change or a price now in effect). */
  changed: Set<string>;
  optionsUsed: number;
}

export const optionsFor = (priceKopecks: number) => Math.ceil(priceKopecks / OPTION_KOPECKS);

const byTime = (time: (b: InstallBilling) => Date | null) => (a: InstallBilling, b: InstallBilling) =>
  (time(a)?.getTime() ?? 0) - (time(b)?.getTime() ?? 0) || a.installId.localeCompare(b.installId);

/**
 * The billing state of one account's installs at `now`, from the stored rows and the options the
 * account's subscriptions hold at `now`. Reads show this; writes and jobs store it. In order:
 * 1. a new price whose time has come replaces the old one (PC, from the install's next period);
 * 2. BX-7: PAID installs keep their options, oldest paid first, while the subscription's options
 *    cover them; the rest (all of them once the subscription has ended) become SUSPENDED;
 * 3. TR-5: trials that have ended, earliest end first, become PAID when the options still free
 *    cover the price, SUSPENDED otherwise.
 */
export function settleAccount(
  rows: readonly InstallBilling[],
  optionsTotal: number,
  now: Date,
  /** When the options last shrank (the latest period end up to now), for the history of BX-7. */
  coverageShrankAt: Date = now,
): Settlement {
  const installs = rows.filter((r) => r.removedAt === null).map((r) => ({ ...r }) as InstallBilling);
  const transitions: Transition[] = [];
  const changed = new Set<string>();
  const move = (b: InstallBilling, to: BillingState, cause: Transition['cause'], at: Date, vendorEvent: VendorEventCause) => {
    transitions.push({ installId: b.installId, accountId: b.accountId, from: b.state, to, cause, at, vendorEvent });
    changed.add(b.installId);
    b.state = to;
  };

  const repriced = new Set<string>();
  for (const b of installs) {
    if (b.pendingPriceFrom && b.pendingPriceFrom <= now && b.pendingPriceKopecks !== null) {
      b.priceKopecks = b.pendingPriceKopecks;
      b.pendingPriceKopecks = null;
      b.pendingPriceFrom = null;
      changed.add(b.installId);
      repriced.add(b.installId);
    }
  }

  let used = 0;
  for (const b of installs.filter((i) => i.state === BillingState.PAID).sort(byTime((i) => i.paidSince))) {
    // A PAID install keeps the options it took when it became paid, until a new price applies.
    const needed = repriced.has(b.installId) ? optionsFor(b.priceKopecks) : Math.max(b.paidAppOptionsUsed, optionsFor(b.priceKopecks));
    if (used + needed <= optionsTotal) {
      used += needed;
      if (b.paidAppOptionsUsed !== needed) changed.add(b.installId);
      b.paidAppOptionsUsed = needed;
    } else {
      b.paidAppOptionsUsed = 0;
      move(b, BillingState.SUSPENDED, 'SUBSCRIPTION_ENDED', coverageShrankAt, 'SUSPEND');
    }
  }

  const ended = installs.filter((i) => i.state === BillingState.TRIAL && i.trialEndsAt !== null && i.trialEndsAt <= now);
  for (const b of ended.sort(byTime((i) => i.trialEndsAt))) {
    const needed = optionsFor(b.priceKopecks);
    if (needed > 0 && used + needed <= optionsTotal) {
      used += needed;
      b.paidAppOptionsUsed = needed;
      b.paidSince = b.trialEndsAt;
      move(b, BillingState.PAID, 'TRIAL_ENDED', b.trialEndsAt!, 'TARIFF_CHANGED');
    } else {
      move(b, BillingState.SUSPENDED, 'TRIAL_ENDED', b.trialEndsAt!, 'SUSPEND');
    }
  }
  return { installs, transitions, changed, optionsUsed: used };
}
