import { mountExplorer, resolveExplorerAssets } from '../explorer';
import { GRAPHQL_PATH, type GatewayPlugin } from '../plugin';

/**
 * Why: a person trying the API opens the gateway URL in a browser and gets a working GraphiQL,
 * with no CDN (explorer.ts). Its files are found at start-up, so a broken install fails the start
 * instead of every page load.
 */
export function useExplorer(): GatewayPlugin {
  const assets = resolveExplorerAssets();
  return {
    name: 'explorer',
    http: { routes: (app) => mountExplorer(app, GRAPHQL_PATH, assets) },
  };
}
