import { NotFoundError } from '@appmarket/core';
import { accountScopeOf, requiresPermission, scopeIncludes } from '@appmarket/federation';
import { Arg, Ctx, Directive, ID, Query, Resolver } from 'type-graphql';
import type { AccountsContext } from '../context';
import { Install } from './install.entity';

/** One install by id (issue 19, item 7): a client refetches what it holds an id of. */
@Resolver()
export class InstallLookupResolver {
  // AR-2: an app token needs VIEW on install (the gateway checks its frozen set).
  @Query(() => Install, { nullable: true, description: "An install by id: one of the caller's account (every account for moderators). Another account's install is NOT_FOUND, like a missing one (DL-3). Needs VIEW on install." })
  @Directive(requiresPermission('install', 'VIEW'))
  async install(@Arg('id', () => ID) id: string, @Ctx() ctx: AccountsContext): Promise<Install> {
    const scope = accountScopeOf(ctx.identity);
    const install = await ctx.loaders.installById.load(id);
    if (!install || !scopeIncludes(scope, install.accountId)) throw new NotFoundError('Install', { id });
    return install;
  }
}
