import { requireFound } from '@appmarket/core';
import { ConnectionType, ForwardPageArgs } from '@appmarket/federation';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { CatalogContext } from '../context';
import { Vendor } from '../vendors/vendor.entity';
import { App } from './app.entity';
import { AppStatus, AppType } from './app.enums';

export const AppConnection = ConnectionType(App, 'App');

@ArgsType()
class AppListArgs extends ForwardPageArgs {
  @Field(() => AppType, { nullable: true }) type?: AppType;
  @Field(() => AppStatus, { nullable: true }) status?: AppStatus;
}

@Resolver(() => App)
export class AppResolver {
  @Query(() => App, { description: 'One app by id.' })
  async app(@Arg('id', () => ID) id: string, @Ctx() ctx: CatalogContext): Promise<App> {
    return requireFound(await ctx.loaders.appById.load(id), 'App', { id });
  }

  @Query(() => AppConnection, { description: 'Apps, newest first.' })
  apps(@Args() args: AppListArgs, @Ctx() ctx: CatalogContext) {
    return ctx.services.apps.list(args);
  }

  @FieldResolver(() => Vendor)
  async vendor(@Root() app: App, @Ctx() ctx: CatalogContext): Promise<Vendor> {
    return requireFound(await ctx.loaders.vendorById.load(app.vendorId), 'Vendor', { id: app.vendorId });
  }
}
