import { PageArgs, pageConnection, pageWindow, PHONE_API_OPERATION, requiresPermission } from '@appmarket/federation';
import { Arg, Args, Ctx, Directive, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { CallCard, CallCardEvent } from '../cards/call-card.entity';
import { Call } from '../calls/call.entity';
import { CallConnection } from '../calls/call.resolver';
import { callsListKey, callsOfAccount } from '../calls/call-list-spec';
import { CallFilter, CallRefInput, CreateCallInput, UpdateCallInput } from '../calls/call.inputs';
import type { TelephonyContext } from '../context';
import { UserRef } from '../users/user.reference';
import {
  CreatePhoneCallErrors, CreatePhoneCallPayload, RecordPhoneCallEventErrors, RecordPhoneCallEventPayload, UpdatePhoneCallErrors, UpdatePhoneCallPayload,
} from './phone.payloads';

/**
 * Phone API (TL-1) for the account's TELEPHONY app. Every operation goes through
 * PhoneApiService.guard: type check (TY-3), install binding (TY-2); the gateway holds the limits.
 * `PHONE_API_OPERATION` marks what the TELEPHONY key may run (gateway/capabilities/, generated);
 * each is guarded by what it shows, and the key's permission set is the Phone API's (packages/core).
 */
@Resolver()
export class PhoneResolver {
  // Nullable payloads: @requiresPermission answers a denied field with null (gateway/src/permissions.ts).
  @Mutation(() => CreatePhoneCallPayload, { nullable: true, description: 'Phone API: reports a call; idempotent on externalId.' })
  @Directive(PHONE_API_OPERATION)
  @Directive(requiresPermission('phonecall', 'CREATE'))
  createPhoneCall(@Arg('input') input: CreateCallInput, @Ctx() ctx: TelephonyContext) {
    return ctx.services.phone.guard(ctx, (app) => CreatePhoneCallErrors.run(() => ctx.services.phone.createCall(ctx, app, input), (call) => ({ call })));
  }

  @Mutation(() => UpdatePhoneCallPayload, { nullable: true, description: 'Phone API: updates a call found by id or external id.' })
  @Directive(PHONE_API_OPERATION)
  @Directive(requiresPermission('phonecall', 'UPDATE'))
  updatePhoneCall(@Arg('call') ref: CallRefInput, @Arg('input') input: UpdateCallInput, @Ctx() ctx: TelephonyContext) {
    return ctx.services.phone.guard(ctx, (app) => UpdatePhoneCallErrors.run(() => ctx.services.phone.updateCall(ctx, app, ref, input), (call) => ({ call })));
  }

  @Mutation(() => RecordPhoneCallEventPayload, {
    nullable: true, description: 'Phone API: a call event; SHOW, STARTTIME and HIDE need the employee (userId or extension).',
  })
  @Directive(PHONE_API_OPERATION)
  @Directive(requiresPermission('callcard', 'CREATE'))
  recordPhoneCallEvent(
    @Arg('call') ref: CallRefInput,
    @Arg('event', () => CallCardEvent) event: CallCardEvent,
    @Arg('userId', () => ID, { nullable: true }) userId: string | null,
    @Arg('extension', () => String, { nullable: true }) extension: string | null,
    @Ctx() ctx: TelephonyContext,
  ) {
    return ctx.services.phone.guard(ctx, (app) => RecordPhoneCallEventErrors.run(
      () => ctx.services.phone.callEvent(ctx, app, ref, event, { userId, extension }),
      (changes) => ({ changes }),
    ));
  }

  @Query(() => UserRef, { nullable: true, description: 'Phone API: the employee with this extension (a User, resolved by accounts).' })
  @Directive(PHONE_API_OPERATION)
  @Directive(requiresPermission('employee', 'VIEW'))
  phoneEmployee(@Arg('extension', { description: 'The employee’s internal phone extension.' }) extension: string, @Ctx() ctx: TelephonyContext): Promise<UserRef> {
    return ctx.services.phone.guard(ctx, async (app) => ({ id: (await ctx.services.phone.employee(ctx, app.accountId, { extension })).id }));
  }

  @Query(() => CallConnection, { nullable: true, description: "Phone API: the account's call history, newest first, Relay-paginated both ways." })
  @Directive(PHONE_API_OPERATION)
  @Directive(requiresPermission('phonecall', 'VIEW'))
  phoneCalls(@Arg('filter', () => CallFilter, { nullable: true, description: 'Only calls that match; null: every call.' }) filter: CallFilter | null, @Args() args: PageArgs, @Ctx() ctx: TelephonyContext) {
    return ctx.services.phone.guard(ctx, async (app) => {
      // The same pager as Account.calls: one statement for the page, one for its rows, whatever its size or direction.
      const page = await ctx.loaders.pages.page(callsListKey(filter ?? {}), callsOfAccount(filter ?? {}), pageWindow(args, 2)).load(app.accountId);
      return pageConnection(page, (ids) => ctx.loaders.callById.loadMany(ids));
    });
  }

  @Query(() => [CallCard], { nullable: true, description: 'Open call cards of an employee: a user sees their own (an admin anyone\'s in the account); the TELEPHONY app names the employee.' })
  @Directive(PHONE_API_OPERATION)
  @Directive(requiresPermission('callcard', 'VIEW'))
  currentCallCards(@Arg('userId', () => ID, { nullable: true, description: 'Whose cards: the caller’s own when null (a user); the TELEPHONY app must name the employee.' }) userId: string | null, @Ctx() ctx: TelephonyContext) {
    return ctx.services.phone.currentCards(ctx, userId);
  }
}

@Resolver(() => Call)
export class CallFieldsResolver {
  @FieldResolver(() => [CallCard], { nullable: true, description: 'Cards this call popped, oldest first. Needs VIEW on callcard.' })
  @Directive(requiresPermission('callcard', 'VIEW'))
  cards(@Root() call: Call, @Ctx() ctx: TelephonyContext) {
    return ctx.loaders.cardsByCall.load(call.id);
  }
}

@Resolver(() => CallCard)
export class CallCardFieldsResolver {
  @FieldResolver(() => Call, { nullable: true, description: 'The call the card belongs to. Needs VIEW on phonecall.' })
  @Directive(requiresPermission('phonecall', 'VIEW'))
  call(@Root() card: CallCard, @Ctx() ctx: TelephonyContext) {
    return ctx.loaders.callById.load(card.callId);
  }
}
