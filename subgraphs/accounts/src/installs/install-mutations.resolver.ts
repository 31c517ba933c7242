import { IDEMPOTENCY_KEY_DESCRIPTION } from '@appmarket/db';
import { NOT_FOR_TOKENS } from '@appmarket/federation';
import { Arg, Ctx, Directive, Field, ID, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { AccountsContext } from '../context';
import { Install } from './install.entity';

@ObjectType({ description: 'SV-3: what the UI opens an IFRAME or SERVER app with.' })
export class AppLaunch {
  @Field(() => ID, { description: 'The install being opened.' }) installId: string;
  @Field(() => ID, { description: 'Its app’s id.' }) appId: string;
  @Field({ description: 'Single use, valid 5 minutes; the vendor exchanges it at POST /api/vendor/1.0/context/{contextKey}.' })
  contextKey: string;
}

/** Install, remove, reinstall, limit and open apps as a user of the account. */
@Resolver()
export class InstallMutationsResolver {
  @Mutation(() => Install, { description: 'Installs an app on the caller’s account (BX-3, LC-3, TY-2, BX-9; billing decides the price).' })
  @Directive(NOT_FOR_TOKENS)
  installApp(
    @Arg('appId', () => ID) appId: string,
    @Arg('idempotencyKey', () => String, { nullable: true, description: IDEMPOTENCY_KEY_DESCRIPTION }) idempotencyKey: string | null,
    @Ctx() ctx: AccountsContext,
  ): Promise<Install> {
    return ctx.services.installs.install(ctx.identity, appId, idempotencyKey);
  }

  @Mutation(() => Install, { description: 'Removes an install; its data is kept (AR-3, BX-7).' })
  @Directive(NOT_FOR_TOKENS)
  uninstallApp(@Arg('installId', () => ID) installId: string, @Ctx() ctx: AccountsContext): Promise<Install> {
    return ctx.services.installs.uninstall(ctx.identity, installId);
  }

  @Mutation(() => Install, { description: 'AR-3: consents to the app’s current permissions.' })
  @Directive(NOT_FOR_TOKENS)
  reinstallApp(@Arg('installId', () => ID) installId: string, @Ctx() ctx: AccountsContext): Promise<Install> {
    return ctx.services.installs.reinstall(ctx.identity, installId);
  }

  @Mutation(() => Install, { description: 'BX-6: which users may open the app; null for everyone. Admins only.' })
  @Directive(NOT_FOR_TOKENS)
  setInstallUsers(
    @Arg('installId', () => ID) installId: string,
    @Arg('userIds', () => [ID], { nullable: true }) userIds: string[] | null,
    @Ctx() ctx: AccountsContext,
  ): Promise<Install> {
    return ctx.services.installs.setAllowedUsers(ctx.identity, installId, userIds ?? null);
  }

  @Mutation(() => AppLaunch, { description: 'SV-3: mints a user context key for an IFRAME or SERVER app.' })
  @Directive(NOT_FOR_TOKENS)
  async openApp(@Arg('installId', () => ID) installId: string, @Ctx() ctx: AccountsContext): Promise<AppLaunch> {
    const { contextKey, install } = await ctx.services.contextKeys.mint(ctx.identity, installId);
    return { installId: install.id, appId: install.appId, contextKey };
  }
}
