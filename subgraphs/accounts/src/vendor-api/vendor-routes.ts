import type { Clock, Logger } from '@appmarket/core';
import express, { type Express, type Request, type Response } from 'express';
import type { DataSource } from 'typeorm';
import { Install } from '../installs/install.entity';
import { ActivationState, InstallStatus } from '../installs/install.enums';
import { Not } from 'typeorm';
import type { CatalogPort } from '../peers/catalog.port';
import type { ContextKeyService } from '../user-context/context-key.service';
import { verifyVendorJwt } from './vendor-jwt';

/** The base of the vendor-facing endpoints (for MoySklad it is …/api/vendor/1.0). */
export const VENDOR_API_BASE = '/api/vendor/1.0';
const COMPLETABLE = new Set<string>([ActivationState.Activating, ActivationState.SettingsRequired]);
const CALLBACK_STATUSES = new Set<string>([ActivationState.Activated, ActivationState.SettingsRequired]);

interface RouteDeps {
  dataSource: DataSource;
  clock: Clock;
  catalog: CatalogPort;
  contextKeys: ContextKeyService;
  logger: Logger;
}

/** Vendor → marketplace endpoints of vendor-api.md, mounted on the accounts HTTP server. */
export function mountVendorRoutes(app: Express, deps: RouteDeps): void {
  const router = express.Router();
  router.use(express.json({ limit: '64kb' }));
  const handle = (fn: (req: Request, res: Response) => Promise<void>) => (req: Request, res: Response) => {
    fn(req, res).catch((error: unknown) => {
      deps.logger.error('vendor endpoint failed', { path: req.path, error: error instanceof Error ? error.message : String(error) });
      if (!res.headersSent) res.status(500).json({ error: 'internal error' });
    });
  };

  /** Checks the vendor's JWT for `appId`: signature, sub = appUid, exp, and a jti never seen before. */
  async function authenticate(req: Request, appId: string): Promise<'ok' | 'unknown-app' | 'invalid'> {
    const app = await deps.catalog.getAppForInstall(appId);
    const secret = app && (await deps.catalog.getSigningSecret(appId));
    if (!app || !secret) return 'unknown-app';
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (!token) return 'invalid';
    try {
      const claims = await verifyVendorJwt(token, secret, app.appUid, deps.clock);
      const fresh: unknown[] = await deps.dataSource.query(
        'INSERT INTO vendor_jwt_ids (jti, app_id, expires_at) VALUES ($1, $2, to_timestamp($3)) ON CONFLICT DO NOTHING RETURNING jti',
        [claims.jti, appId, claims.exp],
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
    if (auth === 'unknown-app') return void res.status(404).json({ error: 'unknown app' });
    if (auth === 'invalid') return void res.status(401).json({ error: 'invalid or reused token' });
    const status = String((req.body as { status?: unknown } | undefined)?.status ?? '');
    if (!CALLBACK_STATUSES.has(status)) return void res.status(400).json({ error: 'status must be Activated or SettingsRequired' });
    const updated = await deps.dataSource.transaction(async (m) => {
      const install = await m.getRepository(Install).findOne({
        where: { appId, accountId, status: Not(InstallStatus.UNINSTALLED) }, lock: { mode: 'pessimistic_write' },
      });
      if (!install) return 404;
      if (!install.activationState || !COMPLETABLE.has(install.activationState)) return 409;
      await m.getRepository(Install).update({ id: install.id }, { activationState: status as ActivationState, updatedAt: deps.clock.now() });
      return 200;
    });
    if (updated === 404) return void res.status(404).json({ error: 'unknown install' });
    if (updated === 409) return void res.status(409).json({ error: 'invalid transition' });
    res.status(200).json({ status });
  }));

  router.post('/context/:contextKey', handle(async (req, res) => {
    const key = String(req.params.contextKey);
    const appId = await deps.contextKeys.appOf(key);
    if (!appId) return void res.status(404).json({ error: 'unknown, used or expired context key' });
    const auth = await authenticate(req, appId);
    if (auth !== 'ok') return void res.status(403).json({ error: 'the key was not minted for this app' });
    const context = await deps.contextKeys.exchange(key);
    if (!context) return void res.status(404).json({ error: 'unknown, used or expired context key' });
    res.status(200).json(context);
  }));

  app.use(VENDOR_API_BASE, router);
}
