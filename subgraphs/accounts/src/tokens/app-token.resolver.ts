import { PHONE_API_PERMISSIONS } from '@appmarket/core';
import { NOT_FOR_TOKENS, requireService } from '@appmarket/federation';
import { Arg, Ctx, Directive, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { AccountsContext } from '../context';
import { InstalledAppType, InstallStatus } from '../installs/install.enums';
import { AccessScopeLevel, FrozenPermissions } from '../installs/permissions';
import { IssuePhoneApiTokenErrors, IssuePhoneApiTokenPayload } from './app-token.payloads';

@ObjectType({ description: 'What the gateway learns from an app token (SV-1): the install and its own frozen permissions (AR-2).' })
export class InstallCredential {
  @Field(() => ID) installId: string;
  @Field(() => ID) accountId: string;
  @Field(() => ID) appId: string;
  @Field(() => InstalledAppType) appType: InstalledAppType;
  @Field(() => InstallStatus) status: InstallStatus;
  @Field(() => FrozenPermissions, { nullable: true }) permissions: FrozenPermissions | null;
}

@Resolver()
export class AppTokenResolver {
  @Query(() => InstallCredential, { nullable: true, description: 'Services only: null when the token is unknown, revoked or suspended.' })
  @Directive('@inaccessible')
  async installByAccessToken(@Arg('token') token: string, @Ctx() ctx: AccountsContext): Promise<InstallCredential | null> {
    requireService(ctx.identity);
    const install = await ctx.services.tokens.installFor(token);
    if (!install) return null;
    return {
      installId: install.id, accountId: install.accountId, appId: install.appId, appType: install.appType,
      status: install.status, permissions: credentialPermissions(install.appType, install.permissions),
    };
  }

  @Mutation(() => IssuePhoneApiTokenPayload, { description: 'TL-1: a new Phone API token for a TELEPHONY install (admins; shown once, the previous one is revoked).' })
  @Directive(NOT_FOR_TOKENS)
  issuePhoneApiToken(@Arg('installId', () => ID, { description: 'A live TELEPHONY install of the caller’s account.' }) installId: string, @Ctx() ctx: AccountsContext): Promise<IssuePhoneApiTokenPayload> {
    return IssuePhoneApiTokenErrors.run(() => ctx.services.tokens.issuePhoneToken(ctx.identity, installId), (token) => ({ token }));
  }
}

/**
 * The permission set a token carries. SV-1, AR-2: a SERVER install's own frozen set. TL-1: the
 * TELEPHONY key gets no JSON API access, only the Phone API's fixed set (calls, call cards, the
 * employees it addresses); the gateway lets it run the Phone API's operations alone. Others: none.
 */
function credentialPermissions(appType: InstalledAppType, frozen: FrozenPermissions | null): FrozenPermissions | null {
  if (appType === InstalledAppType.SERVER) return frozen;
  if (appType === InstalledAppType.TELEPHONY) {
    return { descriptorVersion: 0, scope: AccessScopeLevel.CUSTOM, permissions: PHONE_API_PERMISSIONS.permissions, flags: [] };
  }
  return null;
}
