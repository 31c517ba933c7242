import { ConnectionType, PageArgs, pageConnection, pageWindow, requiresPermission } from '@appmarket/federation';
import { Args, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { AccountRef } from '../accounts/account.reference';
import type { TelephonyContext } from '../context';
import { Call } from './call.entity';
import { callsListKey, callsOfAccount } from './call-list-spec';

export const CallConnection = ConnectionType(Call, 'Call');

@Resolver(() => AccountRef)
export class AccountCallsResolver {
  // AR-2: an app reads calls only when its frozen permission set allows it (checked by the gateway).
  // Every account of a response is paged by one LATERAL statement, whichever direction (issue 19).
  @FieldResolver(() => CallConnection, { nullable: true, description: "The account's call history, newest first (TL-1). Needs VIEW on phonecall." })
  @Directive(requiresPermission('phonecall', 'VIEW'))
  async calls(@Root() account: AccountRef, @Args() args: PageArgs, @Ctx() ctx: TelephonyContext) {
    const page = await ctx.loaders.pages.page(callsListKey(), callsOfAccount(), pageWindow(args, 2)).load(account.id);
    return pageConnection(page, (ids) => ctx.loaders.callById.loadMany(ids));
  }
}
