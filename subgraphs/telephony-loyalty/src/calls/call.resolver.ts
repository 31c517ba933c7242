import { ConnectionType, PageArgs, pageConnection, pageWindow, requiresPermission, type KeysetListSpec } from '@appmarket/federation';
import { Args, Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { AccountRef } from '../accounts/account.reference';
import type { TelephonyContext } from '../context';
import { Call } from './call.entity';

export const CallConnection = ConnectionType(Call, 'Call');

/** An account's calls, newest first: the order of calls_account_started_idx. Cursors of the forward-only list ([ISO time, id]) still work. */
const CALLS_OF_ACCOUNT: KeysetListSpec = {
  from: 'calls', parent: 't.account_id',
  order: [{ sql: 't.started_at', cast: 'timestamptz', descending: true }, { sql: 't.id', cast: 'uuid', descending: true }],
};

@Resolver(() => AccountRef)
export class AccountCallsResolver {
  // AR-2: an app reads calls only when its frozen permission set allows it (checked by the gateway).
  // Every account of a response is paged by one LATERAL statement, whichever direction (issue 19).
  @FieldResolver(() => CallConnection, { nullable: true, description: "The account's call history, newest first (TL-1). Needs VIEW on phonecall." })
  @Directive(requiresPermission('phonecall', 'VIEW'))
  async calls(@Root() account: AccountRef, @Args() args: PageArgs, @Ctx() ctx: TelephonyContext) {
    const page = await ctx.loaders.pages.page('account-calls', CALLS_OF_ACCOUNT, pageWindow(args, 2)).load(account.id);
    return pageConnection(page, (ids) => ctx.loaders.callById.loadMany(ids));
  }
}
