import { BadInputError } from '@appmarket/core';
import type { IdempotencyKeys, KeptResult } from '@appmarket/db';
import type { UserIdentity } from '../access';
import type { RequestLimiter } from '../limits/request-limiter';
import type { LoyaltyCall, LoyaltyClient } from './loyalty-client';
import type { LoyaltySettingsService } from './loyalty-settings.service';
import type {
  LoyaltyBalance, LoyaltyCustomer, LoyaltyCustomerInput, LoyaltyGiftCard, LoyaltyPositionInput, LoyaltyRecordSaleInput,
  LoyaltyReturnInput, LoyaltySaleCalculation, LoyaltySaleInput,
} from './loyalty.types';
import type { LoyaltyCustomerVerification, LoyaltySpendVerification, RecordedLoyaltyReturn, RecordedLoyaltySale } from './loyalty-results';

interface Meta { meta?: { id?: string } }
interface VendorCustomer extends Meta { name?: string; phone?: string; email?: string; discountCardNumber?: string }
interface VendorPosition { assortment?: Meta; quantity?: number; price?: number; discountPercent?: number; discountedPrice?: number }

const ref = (id: string, type: string) => ({ meta: { id, type } });

/** Sends one call to the account's loyalty app (with or without taking the employee's slot). */
type Sender = <T>(call: Omit<LoyaltyCall, 'userId'>) => Promise<T>;

/**
 * A recorded sale or return answers what was recorded, the first time and on a repeat: the key's
 * input is the request's, so the answer is rebuilt from it and nothing needs keeping.
 */
const recorded = <T>(answer: T) => ({ keep: () => true, replay: () => answer });

/**
 * The point-of-sale operations of the Loyalty API (TL-2): each is one call to the account's
 * LOYALTY app at the endpoint it registered. Money travels as integer kopecks both ways.
 */
export class LoyaltyService {
  constructor(
    private readonly settings: LoyaltySettingsService,
    private readonly client: LoyaltyClient,
    private readonly limiter: RequestLimiter,
    private readonly idempotency: IdempotencyKeys,
  ) {}

  /**
   * A point-of-sale write that makes something at the loyalty app (a customer, a sale, a return):
   * with `idempotencyKey`, the account's repeat answers the first call's result and the app is
   * not called again. The key's row is held while the app answers (LOYALTY_TIMEOUT_MS at most),
   * so a concurrent repeat waits for it; each waits inside the employee's call slot (5 at once),
   * so repeats never hold more of the pool than calls would. Without a key nothing is stored.
   */
  private once<T>(
    user: UserIdentity,
    request: { operation: string; input: unknown; key: string | null | undefined },
    call: (send: Sender) => Promise<T>,
    remember: { keep: (result: T) => KeptResult; replay: (kept: KeptResult) => T },
  ): Promise<T> {
    if (request.key === null || request.key === undefined) return call((c) => this.send(user, c));
    return this.limiter.withSlot(`user:${user.userId}`, () => this.idempotency.transaction({ ...request, scope: `account:${user.accountId}` }, {
      run: () => call((c) => this.sendInSlot(user, c)),
      keep: remember.keep,
      replay: async (kept) => remember.replay(kept),
    }));
  }

  /** One call to the account's app; an employee holds at most 5 calls at once (vendor-api.md). */
  private async send<T>(user: UserIdentity, call: Omit<LoyaltyCall, 'userId'>): Promise<T> {
    const settings = await this.settings.ofAccount(user.accountId);
    return this.limiter.withSlot(`user:${user.userId}`, () => this.client.send<T>(settings, { ...call, userId: user.userId }));
  }

  /** The call, by a caller already holding the employee's slot. */
  private async sendInSlot<T>(user: UserIdentity, call: Omit<LoyaltyCall, 'userId'>): Promise<T> {
    return this.client.send<T>(await this.settings.ofAccount(user.accountId), { ...call, userId: user.userId });
  }

  async findCustomers(user: UserIdentity, search: string, retailStoreId?: string | null): Promise<LoyaltyCustomer[]> {
    const query = new URLSearchParams({ search, retailStoreId: retailStoreId ?? '' });
    const body = await this.send<{ rows?: VendorCustomer[] }>(user, { operation: 'findCustomers', method: 'GET', path: `/counterparty?${query}` });
    return (body.rows ?? []).map(toCustomer);
  }

  /** The repeat answers the customer id the app gave and the fields as sent (no personal data is kept). */
  async createCustomer(user: UserIdentity, input: LoyaltyCustomerInput, idempotencyKey?: string | null): Promise<LoyaltyCustomer> {
    if (!input.name.trim()) throw new BadInputError('name is required', { field: 'name' });
    const fields = { name: input.name, phone: input.phone ?? null, email: input.email ?? null, discountCardNumber: input.discountCardNumber ?? null };
    return this.once(user, { operation: 'createLoyaltyCustomer', input: fields, key: idempotencyKey },
      async (send) => toCustomer(await send<VendorCustomer>({ operation: 'createCustomer', method: 'POST', path: '/counterparty', body: input })),
      { keep: (customer) => ({ customerId: customer.id }), replay: (kept) => ({ ...fields, id: (kept as { customerId: string }).customerId }) });
  }

  async balance(user: UserIdentity, customerId: string): Promise<LoyaltyBalance> {
    const body = await this.send<{ bonusProgram?: { agentBonusBalance?: number } }>(user, {
      operation: 'customerBalance', method: 'POST', path: '/counterparty/detail', body: ref(customerId, 'counterparty'),
    });
    return { customerId, bonusBalance: Math.round(body.bonusProgram?.agentBonusBalance ?? 0) };
  }

  /** The customer whose registration code the app accepted (a wrong code is its LOYALTY_REQUEST_REJECTED). */
  async verifyCustomer(user: UserIdentity, customerId: string, code: string): Promise<LoyaltyCustomerVerification> {
    await this.send(user, { operation: 'verifyCustomer', method: 'POST', path: '/counterparty/verify', body: { ...ref(customerId, 'counterparty'), verificationCode: code } });
    return { customerId };
  }

  async recalculate(user: UserIdentity, sale: LoyaltySaleInput): Promise<LoyaltySaleCalculation> {
    const body = await this.send<{ positions?: VendorPosition[]; bonusProgram?: { bonusValueToSpend?: number; bonusValueToEarn?: number } }>(user, {
      operation: 'recalculateSale', method: 'POST', path: '/retaildemand/recalc', body: saleBody(sale),
    });
    return {
      positions: (body.positions ?? []).map((p) => ({
        assortmentId: String(p.assortment?.meta?.id ?? ''),
        quantity: Number(p.quantity ?? 0),
        priceKopecks: Math.round(p.price ?? 0),
        discountPercent: Number(p.discountPercent ?? 0),
        discountedPriceKopecks: Math.round(p.discountedPrice ?? p.price ?? 0),
      })),
      bonusValueToSpend: Math.round(body.bonusProgram?.bonusValueToSpend ?? 0),
      bonusValueToEarn: Math.round(body.bonusProgram?.bonusValueToEarn ?? 0),
    };
  }

  /** The points the app allowed the customer to spend with the code (a wrong code is its LOYALTY_REQUEST_REJECTED). */
  async verifySpend(user: UserIdentity, customerId: string, code: string, bonusValueToSpend: number): Promise<LoyaltySpendVerification> {
    await this.send(user, {
      operation: 'verifySpend', method: 'POST', path: '/retaildemand/verify',
      body: { agent: ref(customerId, 'counterparty'), bonusProgram: { bonusValueToSpend }, verificationCode: code },
    });
    return { customerId, bonusValueToSpend };
  }

  async recordSale(user: UserIdentity, sale: LoyaltyRecordSaleInput, idempotencyKey?: string | null): Promise<RecordedLoyaltySale> {
    const body = { ...saleBody(sale), meta: { id: sale.saleId, type: 'retaildemand' } };
    const answer: RecordedLoyaltySale = {
      saleId: sale.saleId, retailStoreId: sale.retailStoreId, customerId: sale.customerId ?? null, bonusValueToSpend: sale.bonusValueToSpend ?? 0,
    };
    return this.once(user, { operation: 'recordLoyaltySale', input: body, key: idempotencyKey }, async (send) => {
      await send({ operation: 'recordSale', method: 'POST', path: '/retaildemand', body });
      return answer;
    }, recorded(answer));
  }

  async recordReturn(user: UserIdentity, ret: LoyaltyReturnInput, idempotencyKey?: string | null): Promise<RecordedLoyaltyReturn> {
    const answer: RecordedLoyaltyReturn = { saleId: ret.saleId, retailStoreId: ret.retailStoreId, customerId: ret.customerId ?? null };
    return this.once(user, { operation: 'recordLoyaltyReturn', input: ret, key: idempotencyKey }, async (send) => {
      await sendReturn(send, ret);
      return answer;
    }, recorded(answer));
  }

  async giftCard(user: UserIdentity, name: string): Promise<LoyaltyGiftCard | null> {
    const body = await this.send<Meta & { name?: string; balance?: number; state?: string }>(user, {
      operation: 'giftCard', method: 'GET', path: `/giftcard?${new URLSearchParams({ name })}`,
    });
    if (!body.meta?.id) return null;
    return { id: body.meta.id, name: body.name ?? name, balanceKopecks: Math.round(body.balance ?? 0), state: body.state ?? null };
  }
}

/** POST /retailsalesreturn: a return of (part of) a recorded sale. */
async function sendReturn(send: Sender, ret: LoyaltyReturnInput): Promise<void> {
  await send({
    operation: 'recordReturn', method: 'POST', path: '/retailsalesreturn',
    body: {
      retailStore: ref(ret.retailStoreId, 'retailstore'),
      ...(ret.customerId ? { agent: ref(ret.customerId, 'counterparty') } : {}),
      demand: ref(ret.saleId, 'retaildemand'),
      positions: ret.positions.map(position),
    },
  });
}

function position(p: LoyaltyPositionInput, index: number) {
  if (!Number.isInteger(p.priceKopecks) || p.priceKopecks < 0) {
    throw new BadInputError('priceKopecks must be a whole number ≥ 0', { field: `positions.${index}.priceKopecks` });
  }
  return { assortment: ref(p.assortmentId, 'product'), quantity: p.quantity, price: p.priceKopecks };
}

function saleBody(sale: LoyaltySaleInput) {
  if (sale.positions.length === 0) throw new BadInputError('a sale needs at least one position', { field: 'positions' });
  return {
    retailStore: ref(sale.retailStoreId, 'retailstore'),
    ...(sale.customerId ? { agent: ref(sale.customerId, 'counterparty') } : {}),
    positions: sale.positions.map(position),
    ...(sale.bonusValueToSpend ? { bonusProgram: { bonusValueToSpend: sale.bonusValueToSpend } } : {}),
  };
}

function toCustomer(c: VendorCustomer): LoyaltyCustomer {
  return { id: String(c.meta?.id ?? ''), name: c.name ?? '', phone: c.phone ?? null, email: c.email ?? null, discountCardNumber: c.discountCardNumber ?? null };
}
