import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { AccountsContext } from '../context';
import {
  DeactivateAccountErrors, DeactivateAccountPayload, DeactivateUserErrors, DeactivateUserPayload,
  ProvisionAccountErrors, ProvisionAccountPayload, ProvisionUserErrors, ProvisionUserPayload,
} from './provisioning.payloads';
import { requireHost } from './provisioning.rules';
import { HostAccount, ProvisionAccountInput, ProvisionUserInput } from './provisioning.types';

/** The host provisioning API (docs/provisioning.md): host API keys only; each host sees its own accounts. */
@Resolver()
export class ProvisioningResolver {
  @Query(() => HostAccount, { nullable: true, description: 'Hosts: one of the calling host’s accounts by its external id.' })
  hostAccount(@Arg('externalId', { description: 'The host’s own id of the account.' }) externalId: string, @Ctx() ctx: AccountsContext): Promise<HostAccount | null> {
    return ctx.services.provisioning.findAccount(requireHost(ctx.identity).hostId, externalId);
  }

  @Mutation(() => ProvisionAccountPayload, { description: 'Hosts: creates or updates an account by the host’s id (zone, tariff, name); idempotent, audited.' })
  provisionAccount(@Arg('input', { description: 'The account as the host has it.' }) input: ProvisionAccountInput, @Ctx() ctx: AccountsContext): Promise<ProvisionAccountPayload> {
    const { hostId } = requireHost(ctx.identity);
    return ProvisionAccountErrors.run(() => ctx.services.provisioning.upsertAccount(hostId, input), (account) => ({ account }));
  }

  @Mutation(() => DeactivateAccountPayload, { description: 'Hosts: deactivates an account; its installs are suspended, data kept (SERVER apps: DELETE Suspend).' })
  deactivateAccount(@Arg('externalId', { description: 'The host’s own id of the account.' }) externalId: string, @Ctx() ctx: AccountsContext): Promise<DeactivateAccountPayload> {
    const { hostId } = requireHost(ctx.identity);
    return DeactivateAccountErrors.run(() => ctx.services.provisioning.deactivateAccount(hostId, externalId), (account) => ({ account }));
  }

  @Mutation(() => ProvisionUserPayload, { description: 'Hosts: creates or updates a user of one of its accounts (role, extension, active); idempotent, audited.' })
  provisionUser(@Arg('input', { description: 'The user as the host has it.' }) input: ProvisionUserInput, @Ctx() ctx: AccountsContext): Promise<ProvisionUserPayload> {
    const { hostId } = requireHost(ctx.identity);
    return ProvisionUserErrors.run(() => ctx.services.provisioning.upsertUser(hostId, input), (user) => ({ user }));
  }

  @Mutation(() => DeactivateUserPayload, { description: 'Hosts: deactivates a user: no app access, no user context.' })
  deactivateUser(
    @Arg('accountExternalId', { description: 'The host’s own id of the user’s account.' }) accountExternalId: string,
    @Arg('externalId', { description: 'The host’s own id of the user.' }) externalId: string,
    @Ctx() ctx: AccountsContext,
  ): Promise<DeactivateUserPayload> {
    const { hostId } = requireHost(ctx.identity);
    return DeactivateUserErrors.run(() => ctx.services.provisioning.deactivateUser(hostId, accountExternalId, externalId), (user) => ({ user }));
  }
}
