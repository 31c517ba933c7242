import { DomainError } from '@appmarket/core';
import type { Identity } from '@appmarket/federation';
import { Arg, Ctx, Field, FieldResolver, InputType, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { Account } from '../accounts/account.entity';
import type { AccountsContext } from '../context';
import { IncomingWebhook } from './incoming-webhook.entity';
import { LocalApp } from './local-app.entity';

@InputType()
export class WebhookPermissionInput {
  @Field() entity: string;
  @Field(() => [String], { description: 'VIEW, CREATE, UPDATE, DELETE, PRINT, APPROVE' }) operations: string[];
}

@ObjectType({ description: 'BX-8: a new webhook and its token, shown only now.' })
export class CreatedWebhook {
  @Field(() => IncomingWebhook) webhook: IncomingWebhook;
  @Field() token: string;
}

/** BX-8: an account's developer section is its admins' (and moderators', and services'). */
function assertMaySeeDeveloperSection(identity: Identity, accountId: string): void {
  if (identity.kind === 'moderator' || identity.kind === 'service') return;
  if (identity.kind === 'user' && identity.role === 'ADMIN' && identity.accountId === accountId) return;
  throw new DomainError('FORBIDDEN', 'only the account’s admins see its local apps and webhooks');
}

@Resolver(() => Account)
export class DeveloperResolver {
  @Mutation(() => LocalApp, { description: 'BX-8: a private app of the caller’s account (admins; zone ru needs the subscription).' })
  createLocalApp(@Arg('name') name: string, @Ctx() ctx: AccountsContext): Promise<LocalApp> {
    return ctx.services.developer.createLocalApp(ctx.identity, name);
  }

  @Mutation(() => CreatedWebhook, { description: 'BX-8: an incoming webhook with chosen permissions (not on the free tariff, TR-4).' })
  createIncomingWebhook(
    @Arg('name') name: string,
    @Arg('permissions', () => [WebhookPermissionInput]) permissions: WebhookPermissionInput[],
    @Ctx() ctx: AccountsContext,
  ): Promise<CreatedWebhook> {
    return ctx.services.developer.createWebhook(ctx.identity, name, permissions.map((p) => ({ entity: p.entity, operations: p.operations })));
  }

  @FieldResolver(() => [LocalApp], { description: 'BX-8: the account’s local apps.' })
  localApps(@Root() account: Account, @Ctx() ctx: AccountsContext): Promise<LocalApp[]> {
    assertMaySeeDeveloperSection(ctx.identity, account.id);
    return ctx.loaders.localAppsByAccountId.load(account.id);
  }

  @FieldResolver(() => [IncomingWebhook], { description: 'BX-8: the account’s incoming webhooks, newest first.' })
  incomingWebhooks(@Root() account: Account, @Ctx() ctx: AccountsContext): Promise<IncomingWebhook[]> {
    assertMaySeeDeveloperSection(ctx.identity, account.id);
    return ctx.loaders.webhooksByAccountId.load(account.id);
  }
}
