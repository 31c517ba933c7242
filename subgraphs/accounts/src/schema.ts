import { buildFederatedSchema } from '@appmarket/federation';
import type { GraphQLSchema } from 'graphql';
import { AccountResolver } from './accounts/account.resolver';
import type { AccountsContext } from './context';
import { AppInstallsResolver, InstallResolver } from './installs/install.resolver';

export function buildAccountsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema<AccountsContext>({
    resolvers: [AccountResolver, InstallResolver, AppInstallsResolver],
    referenceResolvers: {
      Account: (ref, ctx) => ctx.loaders.accountById.load(String(ref.id)),
      Install: (ref, ctx) => ctx.loaders.installById.load(String(ref.id)),
      App: (ref) => ({ id: String(ref.id) }),
    },
  });
}
