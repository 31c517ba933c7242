import { ForwardPageArgs } from '@appmarket/federation';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { CallCard, CallCardChange, CallCardEvent } from '../cards/call-card.entity';
import { Call } from '../calls/call.entity';
import { CallConnection } from '../calls/call.resolver';
import { CallFilter, CallRefInput, CreateCallInput, UpdateCallInput } from '../calls/call.inputs';
import type { TelephonyContext } from '../context';
import { PhoneEmployee } from '../employees/employee.service';


/**
 * Phone API (TL-1) for the account's TELEPHONY app. Every operation goes through
 * PhoneApiService.guard: type check (TY-3), install binding (TY-2), rate and concurrency limits.
 */
@Resolver()
export class PhoneResolver {
  @Mutation(() => Call, { description: 'Phone API: reports a call; idempotent on externalId.' })
  phoneCreateCall(@Arg('input') input: CreateCallInput, @Ctx() ctx: TelephonyContext) {
    return ctx.services.phone.guard(ctx, (app) => ctx.services.phone.createCall(ctx, app, input));
  }

  @Mutation(() => Call, { description: 'Phone API: updates a call found by id or external id.' })
  phoneUpdateCall(@Arg('call') ref: CallRefInput, @Arg('input') input: UpdateCallInput, @Ctx() ctx: TelephonyContext) {
    return ctx.services.phone.guard(ctx, (app) => ctx.services.phone.updateCall(ctx, app, ref, input));
  }

  @Mutation(() => [CallCardChange], { description: "Phone API: a call event; SHOW, STARTTIME and HIDE need the employee (userId or extension)." })
  phoneCallEvent(
    @Arg('call') ref: CallRefInput,
    @Arg('event', () => CallCardEvent) event: CallCardEvent,
    @Arg('userId', () => ID, { nullable: true }) userId: string | null,
    @Arg('extension', () => String, { nullable: true }) extension: string | null,
    @Ctx() ctx: TelephonyContext,
  ) {
    return ctx.services.phone.guard(ctx, (app) => ctx.services.phone.callEvent(ctx, app, ref, event, { userId, extension }));
  }

  @Query(() => PhoneEmployee, { description: 'Phone API: the employee with this extension.' })
  phoneEmployee(@Arg('extension') extension: string, @Ctx() ctx: TelephonyContext) {
    return ctx.services.phone.guard(ctx, (app) => ctx.services.phone.employee(ctx, app.accountId, { extension }));
  }

  @Query(() => CallConnection, { description: "Phone API: the account's call history, newest first." })
  phoneCalls(@Arg('filter', () => CallFilter, { nullable: true }) filter: CallFilter | null, @Args() { first, after }: ForwardPageArgs, @Ctx() ctx: TelephonyContext) {
    return ctx.services.phone.guard(ctx, (app) => ctx.services.calls.history(app.accountId, filter ?? {}, first, after));
  }

  @Query(() => [CallCard], { description: 'Open call cards of an employee: a user sees their own (an admin anyone\'s in the account); the TELEPHONY app names the employee.' })
  currentCallCards(@Arg('userId', () => ID, { nullable: true }) userId: string | null, @Ctx() ctx: TelephonyContext) {
    return ctx.services.phone.currentCards(ctx, userId);
  }
}

@Resolver(() => Call)
export class CallFieldsResolver {
  @FieldResolver(() => [CallCard], { description: 'Cards this call popped, oldest first.' })
  cards(@Root() call: Call, @Ctx() ctx: TelephonyContext) {
    return ctx.loaders.cardsByCall.load(call.id);
  }
}

@Resolver(() => CallCard)
export class CallCardFieldsResolver {
  @FieldResolver(() => Call)
  call(@Root() card: CallCard, @Ctx() ctx: TelephonyContext) {
    return ctx.loaders.callById.load(card.callId);
  }
}
