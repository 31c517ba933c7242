import type { AppIdentity } from '../access';
import type { Call } from '../calls/call.entity';
import { CallDirection, CallStatus } from '../calls/call.enums';
import type { CallRefInput } from '../calls/call.inputs';
import type { CallService } from '../calls/call.service';
import type { PhoneEmployee } from '../employees/employee.service';
import type { PhoneApiService, PhoneRequest } from './phone-api.service';
import type { ProviderCallChanges, ProviderEvent, ProviderNewCall } from './rest/phone-input';

/**
 * Phone API 1.0's operations as MoySklad defines them (call.apib, employee.apib), over the same
 * services as the GraphQL Phone API: a call is created idempotently on its externalId, updates
 * fill what is still empty, and card events go through the same call-card service (so an
 * employee's event stream gets them).
 */
export class ProviderCalls {
  constructor(private readonly phone: PhoneApiService, private readonly calls: CallService) {}

  /** POST /call: an employee the account does not have is not an error (the call is kept without one). */
  async create(ctx: PhoneRequest, app: AppIdentity, input: ProviderNewCall): Promise<Call> {
    const employeeRef = input.employeeId ? { userId: input.employeeId } : { extension: input.extension };
    const endedAt = input.endTime;
    const durationSeconds = endedAt
      ? Math.max(0, Math.round((endedAt.getTime() - input.startTime.getTime()) / 1000))
      : input.durationMs !== null ? Math.round(input.durationMs / 1000) : 0;
    const finished = endedAt !== null || input.durationMs !== null;
    const call = await this.phone.createCall(ctx, app, {
      externalId: input.externalId,
      direction: input.isIncoming ? CallDirection.INCOMING : CallDirection.OUTGOING,
      fromNumber: input.isIncoming ? input.number : input.extension ?? '',
      toNumber: input.isIncoming ? input.extension ?? '' : input.number,
      status: finished ? (durationSeconds > 0 ? CallStatus.COMPLETED : CallStatus.MISSED) : CallStatus.RINGING,
      startedAt: input.startTime,
      extension: input.extension,
      endedAt,
      durationSeconds,
      recordUrls: input.recordUrls,
      comment: input.comment,
      ...employeeRef,
    }, false);
    await this.events(ctx, app, call, input.events);
    return call;
  }

  /** PUT /call/{id} and /call/extid/{extid}. */
  async update(ctx: PhoneRequest, app: AppIdentity, ref: CallRefInput, input: ProviderCallChanges): Promise<Call> {
    const call = await this.phone.findCall(app, ref);
    const employee = await this.phone.employeeIfKnown(ctx, app.accountId, input.employeeId ? { userId: input.employeeId } : { extension: input.extension });
    const updated = await this.calls.completeFromProvider(call, {
      userId: employee?.id ?? null,
      extension: input.extension,
      endedAt: input.endTime,
      durationSeconds: input.durationMs === null ? null : Math.round(input.durationMs / 1000),
      recordUrls: input.recordUrls,
      comment: input.comment,
    });
    await this.events(ctx, app, updated, input.events);
    return updated;
  }

  /** POST /call/{id}/event and /call/extid/{extid}/event. */
  async event(ctx: PhoneRequest, app: AppIdentity, ref: CallRefInput, event: ProviderEvent): Promise<void> {
    await this.events(ctx, app, await this.phone.findCall(app, ref), [event]);
  }

  /** GET /employee?filter=extention…: the account's employees that have an extension. */
  async employeesWithExtension(ctx: PhoneRequest, app: AppIdentity, matches: (extension: string) => boolean): Promise<PhoneEmployee[]> {
    const users = await ctx.loaders.usersOfAccount.load(app.accountId);
    return users.filter((u) => u.extension !== null && matches(u.extension));
  }

  /** Events in sequence order (the parser sorted them). */
  private async events(ctx: PhoneRequest, app: AppIdentity, call: Call, events: ProviderEvent[]): Promise<void> {
    for (const e of events) {
      await this.phone.eventOnCall(ctx, app, call, e.eventType, e.employeeId ? { userId: e.employeeId } : { extension: e.extension });
    }
  }
}
