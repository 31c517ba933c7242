import { Arg, Ctx, Directive, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import type { AccountsContext } from '../context';
import { InstalledAppType, InstallStatus } from '../installs/install.enums';
import { requireService } from '../installs/install-rules';
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
      status: install.status, permissions: install.permissions,
    };
  }
}
