import { requireService } from '@appmarket/federation';
import { Arg, Ctx, Directive, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { AccountsContext } from '../context';
import { InstalledAppType, InstallStatus } from '../installs/install.enums';
import { FrozenPermissions } from '../installs/permissions';

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
      // TL-1: only SERVER apps reach the JSON API; a TELEPHONY token carries no permissions.
      status: install.status, permissions: install.appType === InstalledAppType.SERVER ? install.permissions : null,
    };
  }

  @Mutation(() => String, { description: 'TL-1: a new Phone API token for a TELEPHONY install (admins; shown once, the previous one is revoked).' })
  issuePhoneApiToken(@Arg('installId', () => ID) installId: string, @Ctx() ctx: AccountsContext): Promise<string> {
    return ctx.services.tokens.issuePhoneToken(ctx.identity, installId);
  }
}
