import { ConnectionType, ForwardPageArgs, pageSize, requiresPermission } from '@appmarket/federation';
import { Args, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { AccountRef } from '../accounts/account.reference';
import type { TelephonyContext } from '../context';
import { Call } from './call.entity';

export const CallConnection = ConnectionType(Call, 'Call');

@Resolver(() => AccountRef)
export class AccountCallsResolver {
  // AR-2: an app reads calls only when its frozen permission set allows it (checked by the gateway).
  @FieldResolver(() => CallConnection, { nullable: true, description: "The account's call history, newest first (TL-1). Needs VIEW on phonecall." })
  @Directive(requiresPermission('phonecall', 'VIEW'))
  calls(@Root() account: AccountRef, @Args() { first, after }: ForwardPageArgs, @Ctx() ctx: TelephonyContext) {
    if (after) return ctx.services.calls.page(account.id, first, after);
    return ctx.loaders.firstCallPages.load({ accountId: account.id, size: pageSize(first) });
  }
}
