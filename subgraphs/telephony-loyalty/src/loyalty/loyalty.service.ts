import { BadInputError } from '@appmarket/core';
import type { UserIdentity } from '../access';
import type { RequestLimiter } from '../limits/request-limiter';
import type { LoyaltyCall, LoyaltyClient } from './loyalty-client';
import type { LoyaltySettingsService } from './loyalty-settings.service';
import type {
  LoyaltyBalance, LoyaltyCustomer, LoyaltyCustomerInput, LoyaltyGiftCard, LoyaltyPositionInput, LoyaltyRecordSaleInput,
  LoyaltyReturnInput, LoyaltySaleCalculation, LoyaltySaleInput,
} from './loyalty.types';

interface Meta { meta?: { id?: string } }
interface VendorCustomer extends Meta { name?: string; phone?: string; email?: string; discountCardNumber?: string }
interface VendorPosition { assortment?: Meta; quantity?: number; price?: number; discountPercent?: number; discountedPrice?: number }

const ref = (id: string, type: string) => ({ meta: { id, type } });

/**
 * The point-of-sale operations of the Loyalty API (TL-2): each is one call to the account's
 * LOYALTY app at the endpoint it registered. Money travels as integer kopecks both ways.
 */
export class LoyaltyService {
  constructor(
    private readonly settings: LoyaltySettingsService,
    private readonly client: LoyaltyClient,
    private readonly limiter: RequestLimiter,
  ) {}

  /** One call to the account's app; an employee holds at most 5 calls at once (vendor-api.md). */
  private async send<T>(user: UserIdentity, call: Omit<LoyaltyCall, 'userId'>): Promise<T> {
    const settings = await this.settings.ofAccount(user.accountId);
    return this.limiter.withSlot(`user:${user.userId}`, () => this.client.send<T>(settings, { ...call, userId: user.userId }));
  }

  async findCustomers(user: UserIdentity, search: string, retailStoreId?: string | null): Promise<LoyaltyCustomer[]> {
    const query = new URLSearchParams({ search, retailStoreId: retailStoreId ?? '' });
    const body = await this.send<{ rows?: VendorCustomer[] }>(user, { operation: 'findCustomers', method: 'GET', path: `/counterparty?${query}` });
    return (body.rows ?? []).map(toCustomer);
  }

  async createCustomer(user: UserIdentity, input: LoyaltyCustomerInput): Promise<LoyaltyCustomer> {
    if (!input.name.trim()) throw new BadInputError('name is required', { field: 'name' });
    return toCustomer(await this.send<VendorCustomer>(user, { operation: 'createCustomer', method: 'POST', path: '/counterparty', body: input }));
  }

  async balance(user: UserIdentity, customerId: string): Promise<LoyaltyBalance> {
    const body = await this.send<{ bonusProgram?: { agentBonusBalance?: number } }>(user, {
      operation: 'customerBalance', method: 'POST', path: '/counterparty/detail', body: ref(customerId, 'counterparty'),
    });
    return { customerId, bonusBalance: Math.round(body.bonusProgram?.agentBonusBalance ?? 0) };
  }

  async verifyCustomer(user: UserIdentity, customerId: string, code: string): Promise<boolean> {
    await this.send(user, { operation: 'verifyCustomer', method: 'POST', path: '/counterparty/verify', body: { ...ref(customerId, 'counterparty'), verificationCode: code } });
    return true;
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

  async verifySpend(user: UserIdentity, customerId: string, code: string, bonusValueToSpend: number): Promise<boolean> {
    await this.send(user, {
      operation: 'verifySpend', method: 'POST', path: '/retaildemand/verify',
      body: { agent: ref(customerId, 'counterparty'), bonusProgram: { bonusValueToSpend }, verificationCode: code },
    });
    return true;
  }

  async recordSale(user: UserIdentity, sale: LoyaltyRecordSaleInput): Promise<boolean> {
    await this.send(user, { operation: 'recordSale', method: 'POST', path: '/retaildemand', body: { ...saleBody(sale), meta: { id: sale.saleId, type: 'retaildemand' } } });
    return true;
  }

  async recordReturn(user: UserIdentity, ret: LoyaltyReturnInput): Promise<boolean> {
    await this.send(user, {
      operation: 'recordReturn', method: 'POST', path: '/retailsalesreturn',
      body: {
        retailStore: ref(ret.retailStoreId, 'retailstore'),
        ...(ret.customerId ? { agent: ref(ret.customerId, 'counterparty') } : {}),
        demand: ref(ret.saleId, 'retaildemand'),
        positions: ret.positions.map(position),
      },
    });
    return true;
  }

  async giftCard(user: UserIdentity, name: string): Promise<LoyaltyGiftCard | null> {
    const body = await this.send<Meta & { name?: string; balance?: number; state?: string }>(user, {
      operation: 'giftCard', method: 'GET', path: `/giftcard?${new URLSearchParams({ name })}`,
    });
    if (!body.meta?.id) return null;
    return { id: body.meta.id, name: body.name ?? name, balanceKopecks: Math.round(body.balance ?? 0), state: body.state ?? null };
  }
}

function position(p: LoyaltyPositionInput) {
  if (!Number.isInteger(p.priceKopecks) || p.priceKopecks < 0) throw new BadInputError('priceKopecks must be a whole number ≥ 0', { field: 'priceKopecks' });
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
