import { assertMayReadAccount, buildFederatedSchema } from '@appmarket/federation';
import type { GraphQLSchema } from 'graphql';
import { AccountResolver } from './accounts/account.resolver';
import type { AccountsContext } from './context';
import { DeveloperResolver } from './developer/developer.resolver';
import { WebhookTokenResolver } from './developer/webhook-token.resolver';
import { InstallMutationsResolver } from './installs/install-mutations.resolver';
import { AppInstallsResolver, InstallResolver } from './installs/install.resolver';
import { AppTokenResolver } from './tokens/app-token.resolver';
import { VendorEventResolver } from './vendor-api/vendor-event.resolver';
import { ProvisioningResolver } from './provisioning/provisioning.resolver';
import { AccountsInputBounds } from './input-bounds';
import { ViewerResolver } from './viewer/viewer.resolver';
import { AppInstallStateResolver } from './install-state/install-state.resolver';
import { AccountListsResolver, AppListsResolver } from './lists/list-connections.resolver';
import { InstallLookupResolver } from './installs/install-lookup.resolver';
import { AccountReferencesResolver, InstallReferencesResolver } from './references/object-references.resolver';

export function buildAccountsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema<AccountsContext>({
    inputBounds: AccountsInputBounds,
    resolvers: [AccountResolver, InstallResolver, AppInstallsResolver, InstallMutationsResolver, AppTokenResolver, VendorEventResolver,
      DeveloperResolver, ProvisioningResolver, WebhookTokenResolver, ViewerResolver,
      AppInstallStateResolver, AccountListsResolver, AppListsResolver, AccountReferencesResolver, InstallReferencesResolver, InstallLookupResolver],
    referenceResolvers: {
      // Entities are checked too, not only root fields: no path leads into another account's data.
      Account: async (ref, ctx) => {
        assertMayReadAccount(ctx.identity, String(ref.id));
        return ctx.loaders.accountById.load(String(ref.id));
      },
      Install: async (ref, ctx) => {
        const install = await ctx.loaders.installById.load(String(ref.id));
        if (install) assertMayReadAccount(ctx.identity, install.accountId);
        return install;
      },
      User: async (ref, ctx) => {
        const user = await ctx.loaders.userById.load(String(ref.id));
        if (user) assertMayReadAccount(ctx.identity, user.accountId);
        return user;
      },
      // Marketplace data: the representation carries the fields viewerInstallState requires (catalog, billing).
      App: (ref) => ({ ...ref, id: String(ref.id) }),
    },
    // What the gateway and billing read through internal operations; nothing public shows them.
    inaccessibleTypes: ['InstallCredential', 'WebhookCredential', 'WebhookRefusal', 'VendorEventCause'],
  });
}
