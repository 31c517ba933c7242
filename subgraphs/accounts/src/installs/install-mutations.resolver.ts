import { IDEMPOTENCY_KEY_DESCRIPTION } from '@appmarket/db';
import { NOT_FOR_TOKENS } from '@appmarket/federation';
import { Arg, Ctx, Directive, ID, Mutation, Resolver } from 'type-graphql';
import type { AccountsContext } from '../context';
import {
  InstallAppErrors, InstallAppPayload, OpenAppErrors, OpenAppPayload, ReinstallAppErrors, ReinstallAppPayload,
  SetInstallUsersErrors, SetInstallUsersPayload, UninstallAppErrors, UninstallAppPayload,
} from './install.payloads';

/** Install, remove, reinstall, limit and open apps as a user of the account. */
@Resolver()
export class InstallMutationsResolver {
  @Mutation(() => InstallAppPayload, { description: 'Installs an app on the caller’s account (BX-3, LC-3, TY-2, BX-9; billing decides the price).' })
  @Directive(NOT_FOR_TOKENS)
  async installApp(
    @Arg('appId', () => ID, { description: 'The app to install (a storefront app, or the developer account’s own vendor’s draft).' }) appId: string,
    @Arg('idempotencyKey', () => String, { nullable: true, description: IDEMPOTENCY_KEY_DESCRIPTION }) idempotencyKey: string | null,
    @Ctx() ctx: AccountsContext,
  ): Promise<InstallAppPayload> {
    const payload = await InstallAppErrors.run(() => ctx.services.installs.install(ctx.identity, appId, idempotencyKey), (install) => ({ install }));
    if (!payload.userErrors.some((e) => e.code === 'ALREADY_INSTALLED')) return payload;
    return { ...payload, install: await ctx.services.installs.liveInstallOf(ctx.identity, appId) };
  }

  @Mutation(() => UninstallAppPayload, { description: 'Removes an install; its data is kept (AR-3, BX-7).' })
  @Directive(NOT_FOR_TOKENS)
  uninstallApp(@Arg('installId', () => ID, { description: 'A live install of the caller’s account.' }) installId: string, @Ctx() ctx: AccountsContext): Promise<UninstallAppPayload> {
    return UninstallAppErrors.run(() => ctx.services.installs.uninstall(ctx.identity, installId), (install) => ({ install }));
  }

  @Mutation(() => ReinstallAppPayload, { description: 'AR-3: consents to the app’s current permissions.' })
  @Directive(NOT_FOR_TOKENS)
  reinstallApp(@Arg('installId', () => ID, { description: 'A live install of the caller’s account.' }) installId: string, @Ctx() ctx: AccountsContext): Promise<ReinstallAppPayload> {
    return ReinstallAppErrors.run(() => ctx.services.installs.reinstall(ctx.identity, installId), (install) => ({ install }));
  }

  @Mutation(() => SetInstallUsersPayload, { description: 'BX-6: which users may open the app; null for everyone. Admins only.' })
  @Directive(NOT_FOR_TOKENS)
  setInstallUsers(
    @Arg('installId', () => ID, { description: 'An install of the caller’s account.' }) installId: string,
    @Arg('userIds', () => [ID], { nullable: true, description: 'Users of the account who may open the app; null lets everyone.' }) userIds: string[] | null,
    @Ctx() ctx: AccountsContext,
  ): Promise<SetInstallUsersPayload> {
    return SetInstallUsersErrors.run(() => ctx.services.installs.setAllowedUsers(ctx.identity, installId, userIds ?? null), (install) => ({ install }));
  }

  @Mutation(() => OpenAppPayload, { description: 'SV-3: mints a user context key for an IFRAME or SERVER app.' })
  @Directive(NOT_FOR_TOKENS)
  openApp(@Arg('installId', () => ID, { description: 'A live IFRAME or SERVER install of the caller’s account.' }) installId: string, @Ctx() ctx: AccountsContext): Promise<OpenAppPayload> {
    return OpenAppErrors.run(
      () => ctx.services.contextKeys.mint(ctx.identity, installId),
      ({ contextKey, install }) => ({ launch: { installId: install.id, appId: install.appId, contextKey } }),
    );
  }
}
