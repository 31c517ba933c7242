import { DomainError } from '@appmarket/core';
import type { Identity } from '@appmarket/federation';
import { requireAppOfType, type AppIdentity } from '../access';
import type { CallCardService } from '../cards/call-card.service';
import { CallCardEvent, type CallCard, type CallCardChange } from '../cards/call-card.entity';
import type { Call } from '../calls/call.entity';
import type { CallRefInput, CreateCallInput, UpdateCallInput } from '../calls/call.inputs';
import type { CallService } from '../calls/call.service';
import { pickEmployee, type PhoneEmployee } from '../employees/employee.service';
import type { RequestLimiter } from '../limits/request-limiter';
import type { PhoneBindingService } from './phone-binding.service';

type EmployeeRef = { userId?: string | null; extension?: string | null };

/**
 * What the Phone API needs of a request: who calls, and the request's loader of an account's
 * employees (the subgraph's context has both; this file does not depend on it).
 */
export interface PhoneRequest {
  identity: Identity;
  loaders: { usersOfAccount: { load(accountId: string): Promise<PhoneEmployee[]> } };
}

/** The Phone API's operations (TL-1) over calls, cards and the account's employees. */
export class PhoneApiService {
  constructor(
    private readonly calls: CallService,
    private readonly cards: CallCardService,
    private readonly binding: PhoneBindingService,
    private readonly limiter: RequestLimiter,
  ) {}

  /**
   * Every Phone API operation: only a TELEPHONY app (TL-1, TY-3), counted against the install's
   * rate limit and holding one of its concurrency slots, and only the account's bound install (TY-2).
   */
  async guard<T>(ctx: PhoneRequest, fn: (app: AppIdentity) => Promise<T>): Promise<T> {
    const app = requireAppOfType(ctx.identity, 'TELEPHONY');
    const key = `install:${app.installId}`;
    await this.limiter.hit(key);
    return this.limiter.withSlot(key, async () => {
      await this.binding.ensureBound(app);
      return fn(app);
    });
  }

  async employee(ctx: PhoneRequest, accountId: string, ref: EmployeeRef): Promise<PhoneEmployee> {
    return pickEmployee(await ctx.loaders.usersOfAccount.load(accountId), ref);
  }

  async createCall(ctx: PhoneRequest, app: AppIdentity, input: CreateCallInput): Promise<Call> {
    const userId = input.userId || input.extension ? (await this.employee(ctx, app.accountId, input)).id : null;
    return this.calls.create(app, input, userId);
  }

  async updateCall(ctx: PhoneRequest, app: AppIdentity, ref: CallRefInput, input: UpdateCallInput): Promise<Call> {
    const call = await this.calls.find(app.accountId, ref);
    const userId = input.userId || input.extension ? (await this.employee(ctx, app.accountId, input)).id : null;
    return this.calls.update(call, { status: input.status, durationSeconds: input.durationSeconds, userId });
  }

  async callEvent(ctx: PhoneRequest, app: AppIdentity, ref: CallRefInput, event: CallCardEvent, who: EmployeeRef): Promise<CallCardChange[]> {
    const call = await this.calls.find(app.accountId, ref);
    if (event === CallCardEvent.HIDE_ALL) return this.cards.apply(call, event, null);
    if (!who.userId && !who.extension) {
      throw new DomainError('BAD_USER_INPUT', `${event} needs the employee: userId or extension`, { field: 'userId' });
    }
    const employee = await this.employee(ctx, app.accountId, who);
    return this.cards.apply(call, event, { id: employee.id, extension: employee.extension });
  }

  /** Open cards: an employee's own; an admin's pick in the account; the TELEPHONY app's pick. */
  async currentCards(ctx: PhoneRequest, userId: string | null): Promise<CallCard[]> {
    const identity = ctx.identity;
    if (identity.kind === 'user') {
      const target = userId ?? identity.userId;
      if (target !== identity.userId) {
        if (identity.role !== 'ADMIN') throw new DomainError('FORBIDDEN', "an employee sees only their own call cards");
        await this.employee(ctx, identity.accountId, { userId: target });
      }
      return this.cards.openCardsOf(target);
    }
    return this.guard(ctx, async (app) => {
      if (!userId) throw new DomainError('BAD_USER_INPUT', 'userId is required', { field: 'userId' });
      // The employee must belong to the app's account: another account's employee is not found.
      await this.employee(ctx, app.accountId, { userId });
      return this.cards.openCardsOf(userId);
    });
  }
}
