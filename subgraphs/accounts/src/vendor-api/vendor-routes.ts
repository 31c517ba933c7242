import type { Clock, Logger } from '@appmarket/core';
import express, { type Express, type Request, type Response } from 'express';
import type { DataSource } from 'typeorm';
import type { CatalogPort } from '../peers/catalog.port';
import type { ContextKeyService } from '../user-context/context-key.service';
import { verifyVendorJwt } from './vendor-jwt';
import { applyStatusCallback, parseStatusBody } from './status-callback';
import { isUuid, sendVendorError } from './vendor-http';

/** The base of the vendor-facing endpoints (for MoySklad it is …/api/vendor/1.0). */
export const VENDOR_API_BASE = '/api/vendor/1.0';
/** Context keys we mint are 32 base64url characters; anything far off that is not ours. */
const CONTEXT_KEY = /^[A-Za-z0-9_-]{1,128}$/;

interface RouteDeps {
  dataSource: DataSource;
  clock: Clock;
  catalog: CatalogPort;
  contextKeys: ContextKeyService;
  logger: Logger;
}

/** Vendor → marketplace endpoints of docs/vendor-api.md, mounted on the accounts HTTP server. */
export function mountVendorRoutes(app: Express, deps: RouteDeps): void {
  const router = express.Router();
  // Vendor apps send JSON (the sample apps send `{}` even to the context endpoint); the status
  // body is checked strictly below, a body that is not JSON at all is answered 400 by the error handler.
  router.use(express.json({ limit: '64kb', strict: false }));
  const handle = (fn: (req: Request, res: Response) => Promise<void>) => (req: Request, res: Response) => {
    fn(req, res).catch((error: unknown) => {
      deps.logger.error('vendor endpoint failed', { path: req.path, error: error instanceof Error ? error.message : String(error) });
      if (!res.headersSent) res.status(500).json({ code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' });
    });
  };

  /** Checks the vendor's JWT for `appId`: signature, sub = appUid, time with skew, and a jti never seen before. */
  async function authenticate(req: Request, appId: string): Promise<'ok' | 'unknown-app' | 'invalid'> {
    if (!isUuid(appId)) return 'unknown-app';
    const found = await deps.catalog.getAppForInstall(appId);
    const secret = found && (await deps.catalog.getSigningSecret(appId));
    if (!found || !secret) return 'unknown-app';
    const token = /^Bearer\s+(\S{1,8192})$/.exec(req.headers.authorization ?? '')?.[1];
    if (!token) return 'invalid';
    try {
      const claims = await verifyVendorJwt(token, secret, found.appUid, deps.clock);
      const fresh: unknown[] = await deps.dataSource.query(
        'INSERT INTO vendor_jwt_ids (jti, app_id, expires_at) VALUES ($1, $2, to_timestamp($3)) ON CONFLICT DO NOTHING RETURNING jti',
        [claims.jti, appId, claims.rememberUntil],
      );
      return fresh.length === 1 ? 'ok' : 'invalid';
    } catch {
      return 'invalid';
    }
  }

  router.put('/apps/:appId/:accountId/status', handle(async (req, res) => {
    const appId = String(req.params.appId);
    const accountId = String(req.params.accountId);
    const auth = await authenticate(req, appId);
    if (auth === 'unknown-app') return sendVendorError(res, 'VENDOR_APP_NOT_FOUND');
    if (auth === 'invalid') return sendVendorError(res, 'VENDOR_TOKEN_INVALID');
    const status = parseStatusBody(req.body);
    if (!status) return sendVendorError(res, 'VENDOR_STATUS_INVALID');
    if (!isUuid(accountId)) return sendVendorError(res, 'VENDOR_INSTALL_NOT_FOUND');
    const outcome = await applyStatusCallback(deps.dataSource, deps.clock, appId, accountId, status);
    if (outcome === 'not-found') return sendVendorError(res, 'VENDOR_INSTALL_NOT_FOUND');
    if (outcome === 'not-live') return sendVendorError(res, 'VENDOR_INSTALL_NOT_LIVE');
    res.status(200).json({ status });
  }));

  router.post('/context/:contextKey', handle(async (req, res) => {
    const key = String(req.params.contextKey);
    const appId = CONTEXT_KEY.test(key) ? await deps.contextKeys.appOf(key) : null;
    if (!appId) return sendVendorError(res, 'CONTEXT_KEY_NOT_FOUND');
    const auth = await authenticate(req, appId);
    if (auth !== 'ok') return sendVendorError(res, 'CONTEXT_KEY_OTHER_APP');
    const context = await deps.contextKeys.exchange(key);
    if (!context) return sendVendorError(res, 'CONTEXT_KEY_NOT_FOUND');
    res.status(200).json(context);
  }));

  app.use(VENDOR_API_BASE, router);
}
