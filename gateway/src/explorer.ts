import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Express } from 'express';

/**
 * An offline GraphiQL at the gateway URL: the page and its scripts come from npm packages
 * (graphiql 3's UMD bundle, react and react-dom 18's UMD builds), served by the gateway itself;
 * no CDN. On by default in development, off in production (GATEWAY_EXPLORER / NODE_ENV).
 */
export const EXPLORER_ASSETS_PATH = '/explorer/assets';

interface AssetSource {
  package: string;
  /** Inside the package's directory. */
  file: string;
  contentType: string;
}

/**
 * Each asset is read from its package's directory, not through a package subpath: react's
 * `exports` map refuses `react/umd/...`. graphiql 3 needs react 18 (its peer range), and react 19
 * has no UMD build at all, so react and react-dom stay on 18 while the explorer is graphiql 3.
 */
const ASSETS: Record<string, AssetSource> = {
  'react.js': { package: 'react', file: 'umd/react.production.min.js', contentType: 'text/javascript' },
  'react-dom.js': { package: 'react-dom', file: 'umd/react-dom.production.min.js', contentType: 'text/javascript' },
  'graphiql.js': { package: 'graphiql', file: 'graphiql.min.js', contentType: 'text/javascript' },
  'graphiql.css': { package: 'graphiql', file: 'graphiql.min.css', contentType: 'text/css' },
  // The bundles' sourceMappingURL comments name these (fetched by browser dev tools only).
  'graphiql.min.js.map': { package: 'graphiql', file: 'graphiql.min.js.map', contentType: 'application/json' },
  'graphiql.min.css.map': { package: 'graphiql', file: 'graphiql.min.css.map', contentType: 'application/json' },
};

export interface ExplorerAsset {
  path: string;
  contentType: string;
}

/** Where a package is installed (its `package.json` is exported by every package used here). */
const installedPackageDir = (name: string) => path.dirname(require.resolve(`${name}/package.json`));

/**
 * Every asset's file on disk, by its name under EXPLORER_ASSETS_PATH. Throws at start-up, naming
 * the missing files, rather than answering errors per request.
 */
export function resolveExplorerAssets(packageDir: (name: string) => string = installedPackageDir): Map<string, ExplorerAsset> {
  const assets = new Map<string, ExplorerAsset>();
  const missing: string[] = [];
  for (const [name, source] of Object.entries(ASSETS)) {
    let file: string | undefined;
    try {
      file = path.join(packageDir(source.package), source.file);
    } catch {
      file = undefined;
    }
    if (file && existsSync(file)) assets.set(name, { path: file, contentType: source.contentType });
    else missing.push(`${source.package}/${source.file}`);
  }
  if (missing.length) {
    throw new Error(`explorer: missing ${missing.join(', ')} (graphiql 3 needs react and react-dom 18 with their UMD builds; GATEWAY_EXPLORER=off runs without it)`);
  }
  return assets;
}

/** What a first visit shows: how to authenticate, and a query to run. */
export const EXPLORER_DEFAULT_QUERY = `# Appmarket API explorer.
# Anonymous callers see little: put a token in the Headers tab below, e.g.
#   { "authorization": "Bearer <the admin token npm start printed>" }
# then run this (Ctrl-Enter). Docs: the book icon on the left.
query Storefront {
  storefront(first: 5) {
    edges { node { name vendor { name } priceKopecks } }
  }
}
`;

export function explorerPage(endpoint: string): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <title>Appmarket API explorer</title>
  <link rel="icon" href="data:," />
  <link rel="stylesheet" href="${EXPLORER_ASSETS_PATH}/graphiql.css" />
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="graphiql">Loading…</div>
  <script src="${EXPLORER_ASSETS_PATH}/react.js"></script>
  <script src="${EXPLORER_ASSETS_PATH}/react-dom.js"></script>
  <script src="${EXPLORER_ASSETS_PATH}/graphiql.js"></script>
  <script>
    const fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(endpoint)} });
    ReactDOM.createRoot(document.getElementById('graphiql')).render(
      React.createElement(GraphiQL, {
        fetcher,
        // No placeholder header: a made-up token would fail the schema's introspection at load,
        // leaving the docs and autocompletion empty. Anonymous introspection works; a token goes
        // into the Headers tab.
        defaultQuery: ${JSON.stringify(EXPLORER_DEFAULT_QUERY)},
      }),
    );
  </script>
</body>
</html>`;
}

/**
 * GET `path` from a browser (Accept: text/html) answers the page; the assets live under
 * EXPLORER_ASSETS_PATH. An unknown asset falls through to the gateway's JSON 404.
 */
export function mountExplorer(app: Express, path: string, assets: Map<string, ExplorerAsset>): void {
  const page = explorerPage(path);
  app.get(path, (req, res, next) => {
    if (!req.accepts('html') || req.query.query !== undefined) return next();
    res.type('html').send(page);
  });
  app.get(`${EXPLORER_ASSETS_PATH}/:file`, (req, res, next) => {
    const asset = assets.get(req.params.file);
    if (!asset) return next();
    res.type(asset.contentType).sendFile(asset.path, { maxAge: '1d' });
  });
}
