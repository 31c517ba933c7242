import { DomainError } from '@appmarket/core';
import type { Identity } from '@appmarket/federation';
import { requireAppOfType, type AppIdentity } from '../access';
import type { CallCardService } from '../cards/call-card.service';
import { CallCardEvent, type CallCard, type CallCardChange } from '../cards/call-card.entity';
import type { Call } from '../calls/call.entity';
import type { CallRefInput, UpdateCallInput } from '../calls/call.inputs';
import type { CallService, NewCall } from '../calls/call.service';
import { pickEmployee, type PhoneEmployee } from '../employees/employee.service';
import type { PhoneBindingService } from './phone-binding.service';

export type EmployeeRef = { userId?: string | null; extension?: string | null };

/**
 * What the Phone API needs of a request: who calls, and the request's loader of an account's
 * employees (the subgraph's context has both, and so does a REST request; this file depends on
 * neither).
 */
export interface PhoneRequest {
  identity: Identity;
  loaders: { usersOfAccount: { load(accountId: string): Promise<PhoneEmployee[]> } };
}

/**
 * The Phone API's operations (TL-1) over calls, cards and the account's employees. GraphQL
 * (phone.resolver.ts) and REST (rest/phone-routes.ts, MoySklad's Phone API 1.0) both call these.
 * The request limits are the gateway's, at the public edge (docs/telephony-loyalty.md, "Limits").
 */
export class PhoneApiService {
  constructor(
    private readonly calls: CallService,
    private readonly cards: CallCardService,
    private readonly binding: PhoneBindingService,
  ) {}

  /** Every Phone API operation: only a TELEPHONY app (TL-1, TY-3), and only the account's bound install (TY-2). */
  async guard<T>(ctx: PhoneRequest, fn: (app: AppIdentity) => Promise<T>): Promise<T> {
    const app = requireAppOfType(ctx.identity, 'TELEPHONY');
    await this.binding.ensureBound(app);
    return fn(app);
  }

  async employee(ctx: PhoneRequest, accountId: string, ref: EmployeeRef): Promise<PhoneEmployee> {
    return pickEmployee(await ctx.loaders.usersOfAccount.load(accountId), ref);
  }

  /** The employee a provider named, or null when it named one the account does not have (MoySklad keeps the call). */
  async employeeIfKnown(ctx: PhoneRequest, accountId: string, ref: EmployeeRef): Promise<PhoneEmployee | null> {
    if (!ref.userId && !ref.extension) return null;
    try {
      return await this.employee(ctx, accountId, ref);
    } catch (error) {
      if (error instanceof DomainError && error.code === 'EMPLOYEE_NOT_FOUND') return null;
      throw error;
    }
  }

  async createCall(ctx: PhoneRequest, app: AppIdentity, input: NewCall & EmployeeRef, strictEmployee = true): Promise<Call> {
    const employee = strictEmployee
      ? input.userId || input.extension ? await this.employee(ctx, app.accountId, input) : null
      : await this.employeeIfKnown(ctx, app.accountId, input);
    return this.calls.create(app, input, employee?.id ?? null);
  }

  async updateCall(ctx: PhoneRequest, app: AppIdentity, ref: CallRefInput, input: UpdateCallInput): Promise<Call> {
    const call = await this.calls.find(app.accountId, ref);
    const userId = input.userId || input.extension ? (await this.employee(ctx, app.accountId, input)).id : null;
    return this.calls.update(call, { status: input.status, durationSeconds: input.durationSeconds, userId });
  }

  async findCall(app: AppIdentity, ref: CallRefInput): Promise<Call> {
    return this.calls.find(app.accountId, ref);
  }

  async callEvent(ctx: PhoneRequest, app: AppIdentity, ref: CallRefInput, event: CallCardEvent, who: EmployeeRef): Promise<CallCardChange[]> {
    return this.eventOnCall(ctx, app, await this.calls.find(app.accountId, ref), event, who);
  }

  /** One card event for a call already found; SHOW, STARTTIME and HIDE need the employee, HIDE_ALL none. */
  async eventOnCall(ctx: PhoneRequest, app: AppIdentity, call: Call, event: CallCardEvent, who: EmployeeRef): Promise<CallCardChange[]> {
    if (event === CallCardEvent.HIDE_ALL) return this.cards.apply(call, event, null);
    if (!who.userId && !who.extension) {
      throw new DomainError('BAD_USER_INPUT', `${event} needs the employee: userId or extension`, { field: 'extension' });
    }
    const employee = await this.employee(ctx, app.accountId, who);
    if (event === CallCardEvent.STARTTIME) await this.calls.markTalking(call);
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
