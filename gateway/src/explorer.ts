import type { Express } from 'express';

/**
 * An offline GraphiQL at the gateway URL: the page and its scripts come from npm packages
 * (graphiql's UMD bundle, react, react-dom), served by the gateway itself; no CDN. On by default
 * in development, off in production (GATEWAY_EXPLORER / NODE_ENV).
 */
export const EXPLORER_ASSETS_PATH = '/explorer/assets';

const ASSETS: Record<string, string> = {
  'react.js': 'react/umd/react.production.min.js',
  'react-dom.js': 'react-dom/umd/react-dom.production.min.js',
  'graphiql.js': 'graphiql/graphiql.min.js',
  'graphiql.css': 'graphiql/graphiql.min.css',
};

export function explorerPage(endpoint: string): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <title>Appmarket API explorer</title>
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
        defaultHeaders: JSON.stringify({ authorization: 'Bearer <JWT or install token>' }, null, 2),
      }),
    );
  </script>
</body>
</html>`;
}

/** GET `path` from a browser (Accept: text/html) answers the page; the assets live under /explorer/assets. */
export function mountExplorer(app: Express, path: string): void {
  const page = explorerPage(path);
  app.get(path, (req, res, next) => {
    if (!req.accepts('html') || req.query.query !== undefined) return next();
    res.type('html').send(page);
  });
  app.get(`${EXPLORER_ASSETS_PATH}/:file`, (req, res) => {
    const asset = ASSETS[req.params.file];
    if (!asset) return void res.status(404).end();
    res.sendFile(require.resolve(asset), { maxAge: '1d' });
  });
}
