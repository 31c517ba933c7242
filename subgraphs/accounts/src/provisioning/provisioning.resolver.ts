import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { AccountsContext } from '../context';
import { requireHost } from './provisioning.rules';
import { HostAccount, HostUser, ProvisionAccountInput, ProvisionUserInput } from './provisioning.types';

/** The host provisioning API (docs/provisioning.md): host API keys only; each host sees its own accounts. */
@Resolver()
export class ProvisioningResolver {
  @Query(() => HostAccount, { nullable: true, description: 'Hosts: one of the calling host’s accounts by its external id.' })
  hostAccount(@Arg('externalId', { description: 'The host’s own id of the account.' }) externalId: string, @Ctx() ctx: AccountsContext): Promise<HostAccount | null> {
    return ctx.services.provisioning.findAccount(requireHost(ctx.identity).hostId, externalId);
  }

  @Mutation(() => HostAccount, { description: 'Hosts: creates or updates an account by the host’s id (zone, tariff, name); idempotent, audited.' })
  provisionAccount(@Arg('input') input: ProvisionAccountInput, @Ctx() ctx: AccountsContext): Promise<HostAccount> {
    return ctx.services.provisioning.upsertAccount(requireHost(ctx.identity).hostId, input);
  }

  @Mutation(() => HostAccount, { description: 'Hosts: deactivates an account; its installs are suspended, data kept (SERVER apps: DELETE Suspend).' })
  deactivateAccount(@Arg('externalId') externalId: string, @Ctx() ctx: AccountsContext): Promise<HostAccount> {
    return ctx.services.provisioning.deactivateAccount(requireHost(ctx.identity).hostId, externalId);
  }

  @Mutation(() => HostUser, { description: 'Hosts: creates or updates a user of one of its accounts (role, extension, active); idempotent, audited.' })
  provisionUser(@Arg('input') input: ProvisionUserInput, @Ctx() ctx: AccountsContext): Promise<HostUser> {
    return ctx.services.provisioning.upsertUser(requireHost(ctx.identity).hostId, input);
  }

  @Mutation(() => HostUser, { description: 'Hosts: deactivates a user: no app access, no user context.' })
  deactivateUser(
    @Arg('accountExternalId') accountExternalId: string,
    @Arg('externalId') externalId: string,
    @Ctx() ctx: AccountsContext,
  ): Promise<HostUser> {
    return ctx.services.provisioning.deactivateUser(requireHost(ctx.identity).hostId, accountExternalId, externalId);
  }
}
