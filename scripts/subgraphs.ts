import { accountsSubgraph } from '@appmarket/accounts';
import { billingSubgraph } from '@appmarket/billing';
import { catalogSubgraph } from '@appmarket/catalog';
import type { SubgraphModule } from '@appmarket/federation';
import { telephonySubgraph } from '@appmarket/telephony-loyalty';

/** Every subgraph, in the order they start (none depends on another to start). */
export const SUBGRAPHS: readonly SubgraphModule[] = [catalogSubgraph, accountsSubgraph, billingSubgraph, telephonySubgraph];
