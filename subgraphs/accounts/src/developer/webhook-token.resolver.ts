import { requireService } from '@appmarket/federation';
import { Arg, Ctx, Directive, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import type { AccountsContext } from '../context';
import { FrozenEntityPermission } from '../installs/permissions';

@ObjectType({ description: 'Why a valid webhook token may not be used now (BX-8, TR-4).' })
export class WebhookRefusal {
  @Field() code: string;
  @Field() message: string;
}

@ObjectType('WebhookCredential', { description: 'What the gateway learns from a webhook token (BX-8): the account and the permissions the admin chose.' })
export class WebhookCredentialType {
  @Field(() => ID) webhookId: string;
  @Field(() => ID) accountId: string;
  @Field(() => [FrozenEntityPermission]) permissions: FrozenEntityPermission[];
  @Field(() => WebhookRefusal, { nullable: true }) refusal: WebhookRefusal | null;
}

@Resolver()
export class WebhookTokenResolver {
  @Query(() => WebhookCredentialType, { nullable: true, description: 'Services only (the gateway): null when the token is unknown or the webhook deleted.' })
  @Directive('@inaccessible')
  webhookByAccessToken(@Arg('token') token: string, @Ctx() ctx: AccountsContext): Promise<WebhookCredentialType | null> {
    requireService(ctx.identity);
    return ctx.services.developer.credentialFor(token);
  }
}
