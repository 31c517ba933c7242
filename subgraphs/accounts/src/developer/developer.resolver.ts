import { DomainError } from '@appmarket/core';
import { IDEMPOTENCY_KEY_DESCRIPTION } from '@appmarket/db';
import { NOT_FOR_TOKENS, PermissionOperation, requiresPermission, type Identity } from '@appmarket/federation';
import { Arg, Ctx, Directive, Field, FieldResolver, ID, InputType, Mutation, Resolver, Root } from 'type-graphql';
import { Account } from '../accounts/account.entity';
import type { AccountsContext } from '../context';
import { IncomingWebhook } from './incoming-webhook.entity';
import {
  CreateIncomingWebhookErrors, CreateIncomingWebhookPayload, CreateLocalAppErrors, CreateLocalAppPayload,
  DeleteIncomingWebhookErrors, DeleteIncomingWebhookPayload,
} from './developer.payloads';
import { LocalApp } from './local-app.entity';

@InputType({ description: 'BX-8: one entity a new incoming webhook may work with, and the operations it may do on it.' })
export class WebhookPermissionInput {
  @Field({ description: 'An entity the platform knows (docs/permissions.md), e.g. phonecall, employee.' }) entity: string;
  @Field(() => [PermissionOperation], { description: 'The operations to allow (VIEW with any other).' }) operations: string[];
}

/** BX-8: an account's developer section is its admins' (and moderators', and services'). */
export function assertMaySeeDeveloperSection(identity: Identity, accountId: string): void {
  if (identity.kind === 'moderator' || identity.kind === 'service') return;
  if (identity.kind === 'user' && identity.role === 'ADMIN' && identity.accountId === accountId) return;
  throw new DomainError('FORBIDDEN', 'only the account’s admins see its local apps and webhooks');
}

@Resolver(() => Account)
export class DeveloperResolver {
  @Mutation(() => CreateLocalAppPayload, { description: 'BX-8: a private app of the caller’s account (admins; zone ru needs the subscription).' })
  @Directive(NOT_FOR_TOKENS)
  createLocalApp(
    @Arg('name', { description: 'The local app’s name, 1–200 characters, unique in the account.' }) name: string,
    @Arg('idempotencyKey', () => String, { nullable: true, description: IDEMPOTENCY_KEY_DESCRIPTION }) idempotencyKey: string | null,
    @Ctx() ctx: AccountsContext,
  ): Promise<CreateLocalAppPayload> {
    return CreateLocalAppErrors.run(() => ctx.services.developer.createLocalApp(ctx.identity, name, idempotencyKey), (localApp) => ({ localApp }));
  }

  @Mutation(() => CreateIncomingWebhookPayload, { description: 'BX-8: an incoming webhook with chosen permissions (not on the free tariff, TR-4).' })
  @Directive(NOT_FOR_TOKENS)
  createIncomingWebhook(
    @Arg('name', { description: 'The webhook’s name, 1–200 characters.' }) name: string,
    @Arg('permissions', () => [WebhookPermissionInput], { description: 'What the webhook’s token may do: known entities, each once, VIEW with any other operation.' }) permissions: WebhookPermissionInput[],
    @Arg('idempotencyKey', () => String, {
      nullable: true,
      description: `${IDEMPOTENCY_KEY_DESCRIPTION} A repeat answers the same webhook with a new token; the earlier token stops working (only its hash is kept).`,
    }) idempotencyKey: string | null,
    @Ctx() ctx: AccountsContext,
  ): Promise<CreateIncomingWebhookPayload> {
    const chosen = permissions.map((p) => ({ entity: p.entity, operations: p.operations }));
    return CreateIncomingWebhookErrors.run(() => ctx.services.developer.createWebhook(ctx.identity, name, chosen, idempotencyKey), (made) => made);
  }

  @Mutation(() => DeleteIncomingWebhookPayload, { description: 'BX-8: deletes a webhook; its token stops working within seconds (admins).' })
  @Directive(NOT_FOR_TOKENS)
  deleteIncomingWebhook(@Arg('id', () => ID, { description: 'A webhook of the caller’s account.' }) id: string, @Ctx() ctx: AccountsContext): Promise<DeleteIncomingWebhookPayload> {
    return DeleteIncomingWebhookErrors.run(() => ctx.services.developer.deleteWebhook(ctx.identity, id), (webhook) => ({ webhook }));
  }

  @FieldResolver(() => [LocalApp], { nullable: true, description: 'BX-8: the account’s local apps (admins).', deprecationReason: 'Unbounded: use localAppsConnection.' })
  @Directive(requiresPermission('localapp', 'VIEW'))
  localApps(@Root() account: Account, @Ctx() ctx: AccountsContext): Promise<LocalApp[]> {
    assertMaySeeDeveloperSection(ctx.identity, account.id);
    return ctx.loaders.localAppsByAccountId.load(account.id);
  }

  @FieldResolver(() => [IncomingWebhook], { nullable: true, description: 'BX-8: the account’s incoming webhooks, newest first; deleted ones carry revokedAt (admins).', deprecationReason: 'Unbounded: use incomingWebhooksConnection.' })
  @Directive(requiresPermission('webhook', 'VIEW'))
  incomingWebhooks(@Root() account: Account, @Ctx() ctx: AccountsContext): Promise<IncomingWebhook[]> {
    assertMaySeeDeveloperSection(ctx.identity, account.id);
    return ctx.loaders.webhooksByAccountId.load(account.id);
  }
}
