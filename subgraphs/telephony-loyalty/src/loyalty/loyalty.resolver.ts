import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireAppOfType, requireUser } from '../access';
import type { TelephonyContext } from '../context';
import { InstallRef } from '../installs/install.reference';
import { LoyaltySettings } from './loyalty-settings.entity';
import {
  LoyaltyBalance, LoyaltyCustomer, LoyaltyCustomerInput, LoyaltyGiftCard, LoyaltyRecordSaleInput, LoyaltyReturnInput,
  LoyaltySaleCalculation, LoyaltySaleInput,
} from './loyalty.types';

/** Loyalty API (TL-2): the LOYALTY app registers its endpoint; the point of sale uses it. */
@Resolver()
export class LoyaltyResolver {
  @Mutation(() => LoyaltySettings, { description: "LOYALTY app: registers (or replaces) its install's Loyalty API URL and token (TL-2)." })
  registerLoyaltyEndpoint(@Arg('baseUrl') baseUrl: string, @Arg('token') token: string, @Ctx() ctx: TelephonyContext) {
    return ctx.services.loyaltySettings.register(requireAppOfType(ctx.identity, 'LOYALTY'), baseUrl, token);
  }

  @Query(() => [LoyaltyCustomer], { description: 'Point of sale: finds customers in the loyalty app (GET /counterparty).' })
  loyaltyCustomers(@Arg('search') search: string, @Arg('retailStoreId', () => ID, { nullable: true }) retailStoreId: string | null, @Ctx() ctx: TelephonyContext) {
    return ctx.services.loyalty.findCustomers(requireUser(ctx.identity), search, retailStoreId);
  }

  @Mutation(() => LoyaltyCustomer, { description: 'Point of sale: creates a customer (POST /counterparty).' })
  createLoyaltyCustomer(@Arg('input') input: LoyaltyCustomerInput, @Ctx() ctx: TelephonyContext) {
    return ctx.services.loyalty.createCustomer(requireUser(ctx.identity), input);
  }

  @Query(() => LoyaltyBalance, { description: "Point of sale: the customer's bonus balance (POST /counterparty/detail)." })
  loyaltyBalance(@Arg('customerId', () => ID) customerId: string, @Ctx() ctx: TelephonyContext) {
    return ctx.services.loyalty.balance(requireUser(ctx.identity), customerId);
  }

  @Mutation(() => Boolean, { description: "Point of sale: checks a customer's registration code (POST /counterparty/verify)." })
  verifyLoyaltyCustomer(@Arg('customerId', () => ID) customerId: string, @Arg('code') code: string, @Ctx() ctx: TelephonyContext) {
    return ctx.services.loyalty.verifyCustomer(requireUser(ctx.identity), customerId, code);
  }

  @Mutation(() => LoyaltySaleCalculation, { description: "Point of sale: the loyalty app's discounts for a sale (POST /retaildemand/recalc)." })
  recalculateLoyaltySale(@Arg('input') input: LoyaltySaleInput, @Ctx() ctx: TelephonyContext) {
    return ctx.services.loyalty.recalculate(requireUser(ctx.identity), input);
  }

  @Mutation(() => Boolean, { description: 'Point of sale: checks the code that allows spending points (POST /retaildemand/verify).' })
  verifyLoyaltySpend(
    @Arg('customerId', () => ID) customerId: string,
    @Arg('code') code: string,
    @Arg('bonusValueToSpend', () => Int) bonusValueToSpend: number,
    @Ctx() ctx: TelephonyContext,
  ) {
    return ctx.services.loyalty.verifySpend(requireUser(ctx.identity), customerId, code, bonusValueToSpend);
  }

  @Mutation(() => Boolean, { description: 'Point of sale: records a sale (POST /retaildemand).' })
  recordLoyaltySale(@Arg('input') input: LoyaltyRecordSaleInput, @Ctx() ctx: TelephonyContext) {
    return ctx.services.loyalty.recordSale(requireUser(ctx.identity), input);
  }

  @Mutation(() => Boolean, { description: 'Point of sale: records a return (POST /retailsalesreturn).' })
  recordLoyaltyReturn(@Arg('input') input: LoyaltyReturnInput, @Ctx() ctx: TelephonyContext) {
    return ctx.services.loyalty.recordReturn(requireUser(ctx.identity), input);
  }

  @Query(() => LoyaltyGiftCard, { nullable: true, description: 'Point of sale: a gift card by its name (GET /giftcard).' })
  loyaltyGiftCard(@Arg('name') name: string, @Ctx() ctx: TelephonyContext) {
    return ctx.services.loyalty.giftCard(requireUser(ctx.identity), name);
  }
}

@Resolver(() => InstallRef)
export class InstallLoyaltyResolver {
  @FieldResolver(() => LoyaltySettings, {
    nullable: true,
    description: "The LOYALTY install's registered endpoint (TL-2); null when none, or when the caller is not of the install's account.",
  })
  async loyaltySettings(@Root() install: InstallRef, @Ctx() ctx: TelephonyContext) {
    const settings = await ctx.loaders.loyaltySettingsByInstall.load(install.id);
    const { identity } = ctx;
    const sameAccount = (identity.kind === 'user' || identity.kind === 'app') && identity.accountId === settings?.accountId;
    return sameAccount || identity.kind === 'service' || identity.kind === 'moderator' ? settings : null;
  }
}
