import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import express from 'express';
import type { GatewayPlugin } from '../plugin';

/** Where the reference web app (web/) lives on the public origin. */
export const WEB_APP_PATH = '/app';

export interface WebAppOptions {
  /** The built app (`web/dist`): index.html and its hashed assets. */
  dir: string;
  /**
   * Development only: a JSON file of demo identities `npm start` writes, offered on the sign-in
   * page. Absent in production, where the app takes a JWT from the identity provider.
   */
  devIdentitiesFile?: string;
}

/**
 * Why: the web app and the API share the public origin, so the browser needs no CORS and sends
 * its token only to us. Hashed assets are cached for long; index.html never, so a new build is
 * picked up at once; any other path under /app is the app's own route (client-side routing).
 */
export function useWebApp(options: WebAppOptions): GatewayPlugin {
  const index = path.join(options.dir, 'index.html');
  if (!existsSync(index)) throw new Error(`web app: ${index} is missing; build it with \`npm run build -w web\` or unset GATEWAY_WEB_DIR`);
  return {
    name: 'web-app',
    http: {
      routes(app) {
        app.get(`${WEB_APP_PATH}/dev-identities.json`, (_req, res, next) => {
          if (!options.devIdentitiesFile || !existsSync(options.devIdentitiesFile)) return next();
          res.set('cache-control', 'no-store').type('json').send(readFileSync(options.devIdentitiesFile, 'utf8'));
        });
        app.use(`${WEB_APP_PATH}/assets`, express.static(path.join(options.dir, 'assets'), { immutable: true, maxAge: '1y', fallthrough: true }));
        app.get([WEB_APP_PATH, `${WEB_APP_PATH}/*splat`], (req, res, next) => {
          if (!req.accepts('html')) return next();
          res.set('cache-control', 'no-cache').sendFile(index);
        });
      },
    },
  };
}
