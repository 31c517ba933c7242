import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { BillingContext } from '../context';
import { AccountRef, PaidAppOptions } from './account.reference';

@Resolver(() => AccountRef)
export class PaidAppOptionsResolver {
  @FieldResolver(() => PaidAppOptions)
  async paidAppOptions(@Root() account: AccountRef, @Ctx() ctx: BillingContext): Promise<PaidAppOptions> {
    return (await ctx.loaders.paidAppOptionsByAccountId.load(account.id)) ?? { total: 0, used: 0, free: 0 };
  }
}
