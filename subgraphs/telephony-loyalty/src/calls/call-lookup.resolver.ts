import { NotFoundError } from '@appmarket/core';
import { accountScopeOf, requiresPermission, scopeIncludes } from '@appmarket/federation';
import { Arg, Ctx, Directive, ID, Query, Resolver } from 'type-graphql';
import type { TelephonyContext } from '../context';
import { Call } from './call.entity';

/** One call by id (issue 19, item 7): a client refetches what it holds an id of. */
@Resolver()
export class CallLookupResolver {
  // AR-2: an app token needs VIEW on phonecall (the gateway checks its frozen set).
  @Query(() => Call, { nullable: true, description: "A call by id: one of the caller's account (every account for moderators). Another account's call is NOT_FOUND, like a missing one (DL-3). Needs VIEW on phonecall." })
  @Directive(requiresPermission('phonecall', 'VIEW'))
  async call(@Arg('id', () => ID) id: string, @Ctx() ctx: TelephonyContext): Promise<Call> {
    const scope = accountScopeOf(ctx.identity);
    const call = await ctx.loaders.callById.load(id);
    if (!call || !scopeIncludes(scope, call.accountId)) throw new NotFoundError('Call', { id });
    return call;
  }
}
