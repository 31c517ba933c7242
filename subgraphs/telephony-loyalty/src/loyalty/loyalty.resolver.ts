import { IDEMPOTENCY_KEY_DESCRIPTION } from '@appmarket/db';
import { accountScopeOf, NOT_FOR_TOKENS, pageSize, requireService, requiresPermission } from '@appmarket/federation';
import { Arg, Ctx, Directive, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireUser } from '../access';
import type { TelephonyContext } from '../context';
import { InstallRef } from '../installs/install.reference';
import { LoyaltySettings } from './loyalty-settings.entity';
import {
  ConnectLoyaltyAppErrors, ConnectLoyaltyAppPayload, CreateLoyaltyCustomerErrors, CreateLoyaltyCustomerPayload, DisconnectLoyaltyAppErrors,
  DisconnectLoyaltyAppPayload, RecalculateLoyaltySaleErrors, RecalculateLoyaltySalePayload, RecordLoyaltyReturnErrors, RecordLoyaltyReturnPayload,
  RecordLoyaltySaleErrors, RecordLoyaltySalePayload, VerifyLoyaltyCustomerErrors, VerifyLoyaltyCustomerPayload, VerifyLoyaltySpendErrors,
  VerifyLoyaltySpendPayload,
} from './loyalty.payloads';
import { LoyaltyBalance, LoyaltyCustomer, LoyaltyCustomerInput, LoyaltyGiftCard, LoyaltyRecordSaleInput, LoyaltyReturnInput, LoyaltySaleInput } from './loyalty.types';

/**
 * Loyalty API (TL-2): the account's admin connects the installed LOYALTY app to its loyalty server
 * (address and the token the loyalty vendor issued); the point of sale then uses it. Every
 * operation here is a user's: app and webhook tokens are refused (NOT_FOR_TOKENS).
 */
@Resolver()
export class LoyaltyResolver {
  @Mutation(() => ConnectLoyaltyAppPayload, { description: "Admin: connects the account's LOYALTY install to its loyalty server, or changes the connection (TL-2)." })
  @Directive(NOT_FOR_TOKENS)
  connectLoyaltyApp(
    @Arg('installId', () => ID) installId: string,
    @Arg('baseUrl', { description: "The loyalty server's address (https; private and loopback addresses are refused)." }) baseUrl: string,
    @Arg('token', { description: 'The token the loyalty vendor issued to the account (Lognex-Discount-API-Auth-Token).' }) token: string,
    @Ctx() ctx: TelephonyContext,
  ) {
    const user = requireUser(ctx.identity);
    return ConnectLoyaltyAppErrors.run(() => ctx.services.loyaltySettings.connect(user, installId, baseUrl, token), (loyaltySettings) => ({ loyaltySettings }));
  }

  @Mutation(() => DisconnectLoyaltyAppPayload, {
    description: 'Admin: removes the connection of the LOYALTY install (TL-2); LOYALTY_NOT_CONFIGURED when it has none.',
  })
  @Directive(NOT_FOR_TOKENS)
  disconnectLoyaltyApp(@Arg('installId', () => ID) installId: string, @Ctx() ctx: TelephonyContext) {
    const user = requireUser(ctx.identity);
    return DisconnectLoyaltyAppErrors.run(() => ctx.services.loyaltySettings.disconnect(user, installId), () => ({ install: { id: installId } }));
  }

  @Mutation(() => Boolean, { description: 'Services only (accounts, durable job): the install was removed; its loyalty connection and Phone API binding go. Idempotent.' })
  @Directive('@inaccessible')
  async installRemoved(@Arg('installId', () => ID) installId: string, @Ctx() ctx: TelephonyContext) {
    requireService(ctx.identity);
    await ctx.services.loyaltySettings.installRemoved(installId);
    await ctx.services.phoneBinding.installRemoved(installId);
    return true;
  }

  @Query(() => [LoyaltyCustomer], {
    nullable: true,
    description: 'Point of sale: finds customers in the loyalty app (GET /counterparty), at most `first` of them (the app’s API has no cursor).',
  })
  @Directive(NOT_FOR_TOKENS)
  async loyaltyCustomers(
    @Arg('search', { description: 'What to look for, passed to the loyalty app’s search (GET /counterparty?search=).' }) search: string,
    @Arg('retailStoreId', () => ID, { nullable: true, description: 'The retail store (point of sale) asking.' }) retailStoreId: string | null,
    @Ctx() ctx: TelephonyContext,
    @Arg('first', () => Int, { nullable: true, description: 'At most this many customers, 1 to 100 (default 20).' }) first?: number | null,
  ) {
    const size = pageSize(first ?? undefined);
    return (await ctx.services.loyalty.findCustomers(requireUser(ctx.identity), search, retailStoreId)).slice(0, size);
  }

  @Mutation(() => CreateLoyaltyCustomerPayload, { description: 'Point of sale: creates a customer (POST /counterparty).' })
  @Directive(NOT_FOR_TOKENS)
  createLoyaltyCustomer(
    @Arg('input') input: LoyaltyCustomerInput,
    @Arg('idempotencyKey', () => String, { nullable: true, description: IDEMPOTENCY_KEY_DESCRIPTION }) idempotencyKey: string | null,
    @Ctx() ctx: TelephonyContext,
  ) {
    const user = requireUser(ctx.identity);
    return CreateLoyaltyCustomerErrors.run(() => ctx.services.loyalty.createCustomer(user, input, idempotencyKey), (customer) => ({ customer }));
  }

  @Query(() => LoyaltyBalance, { nullable: true, description: "Point of sale: the customer's bonus balance (POST /counterparty/detail)." })
  @Directive(NOT_FOR_TOKENS)
  loyaltyBalance(@Arg('customerId', () => ID, { description: 'The customer’s id at the loyalty app.' }) customerId: string, @Ctx() ctx: TelephonyContext) {
    return ctx.services.loyalty.balance(requireUser(ctx.identity), customerId);
  }

  @Mutation(() => VerifyLoyaltyCustomerPayload, { description: "Point of sale: checks a customer's registration code (POST /counterparty/verify)." })
  @Directive(NOT_FOR_TOKENS)
  verifyLoyaltyCustomer(
    @Arg('customerId', () => ID) customerId: string,
    @Arg('code', { description: 'The registration code the customer received.' }) code: string,
    @Ctx() ctx: TelephonyContext,
  ) {
    const user = requireUser(ctx.identity);
    return VerifyLoyaltyCustomerErrors.run(() => ctx.services.loyalty.verifyCustomer(user, customerId, code), (verification) => ({ verification }));
  }

  @Mutation(() => RecalculateLoyaltySalePayload, { description: "Point of sale: the loyalty app's discounts for a sale (POST /retaildemand/recalc)." })
  @Directive(NOT_FOR_TOKENS)
  recalculateLoyaltySale(@Arg('input') input: LoyaltySaleInput, @Ctx() ctx: TelephonyContext) {
    const user = requireUser(ctx.identity);
    return RecalculateLoyaltySaleErrors.run(() => ctx.services.loyalty.recalculate(user, input), (calculation) => ({ calculation }));
  }

  @Mutation(() => VerifyLoyaltySpendPayload, { description: 'Point of sale: checks the code that allows spending points (POST /retaildemand/verify).' })
  @Directive(NOT_FOR_TOKENS)
  verifyLoyaltySpend(
    @Arg('customerId', () => ID) customerId: string,
    @Arg('code', { description: 'The code the customer received for spending points.' }) code: string,
    @Arg('bonusValueToSpend', () => Int, { description: 'The bonus points to spend on the sale.' }) bonusValueToSpend: number,
    @Ctx() ctx: TelephonyContext,
  ) {
    const user = requireUser(ctx.identity);
    return VerifyLoyaltySpendErrors.run(
      () => ctx.services.loyalty.verifySpend(user, customerId, code, bonusValueToSpend),
      (verification) => ({ verification }),
    );
  }

  @Mutation(() => RecordLoyaltySalePayload, { description: 'Point of sale: records a sale (POST /retaildemand).' })
  @Directive(NOT_FOR_TOKENS)
  recordLoyaltySale(
    @Arg('input') input: LoyaltyRecordSaleInput,
    @Arg('idempotencyKey', () => String, { nullable: true, description: IDEMPOTENCY_KEY_DESCRIPTION }) idempotencyKey: string | null,
    @Ctx() ctx: TelephonyContext,
  ) {
    const user = requireUser(ctx.identity);
    return RecordLoyaltySaleErrors.run(() => ctx.services.loyalty.recordSale(user, input, idempotencyKey), (sale) => ({ sale }));
  }

  @Mutation(() => RecordLoyaltyReturnPayload, { description: 'Point of sale: records a return (POST /retailsalesreturn).' })
  @Directive(NOT_FOR_TOKENS)
  recordLoyaltyReturn(
    @Arg('input') input: LoyaltyReturnInput,
    @Arg('idempotencyKey', () => String, { nullable: true, description: IDEMPOTENCY_KEY_DESCRIPTION }) idempotencyKey: string | null,
    @Ctx() ctx: TelephonyContext,
  ) {
    const user = requireUser(ctx.identity);
    return RecordLoyaltyReturnErrors.run(() => ctx.services.loyalty.recordReturn(user, input, idempotencyKey), (salesReturn) => ({ salesReturn }));
  }

  @Query(() => LoyaltyGiftCard, { nullable: true, description: 'Point of sale: a gift card by its name (GET /giftcard).' })
  @Directive(NOT_FOR_TOKENS)
  loyaltyGiftCard(@Arg('name', { description: 'The gift card’s name (what the cashier enters).' }) name: string, @Ctx() ctx: TelephonyContext) {
    return ctx.services.loyalty.giftCard(requireUser(ctx.identity), name);
  }
}

@Resolver(() => InstallRef)
export class InstallLoyaltyResolver {
  @FieldResolver(() => LoyaltySettings, {
    nullable: true,
    description: "The LOYALTY install's connection (TL-2); null when none, or when the caller is not of the install's account. Needs VIEW on loyaltysettings.",
  })
  @Directive(requiresPermission('loyaltysettings', 'VIEW'))
  async loyaltySettings(@Root() install: InstallRef, @Ctx() ctx: TelephonyContext) {
    const settings = await ctx.loaders.loyaltySettingsByInstall.load(install.id);
    if (!settings) return null;
    const scope = accountScopeOf(ctx.identity);
    return scope.all || scope.accountId === settings.accountId ? settings : null;
  }
}
