import { createHmac, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import { settleAccount } from '@appmarket/billing/src/installs/settlement';
import type { InstallBilling } from '@appmarket/billing/src/installs/install-billing.entity';
import { Pool } from 'pg';

/**
 * The floor (issue 17, item 2): the storefront page of bench/src/operations.ts (`storefront(block:
 * NEW, first: N) { id name priceKopecks trialDays vendor { name } installs { id installedAt billing
 * { state trialEndsAt } } }`) for the same caller, by hand: plain node:http and pg, no GraphQL, one
 * prepared SQL statement per page. Its `data` must equal our gateway's as JSON text, key order
 * included (run.ts checks), so its CPU per page is the practical limit of this page on this data.
 *
 * A BENCH ARTEFACT ONLY: the one statement reads the catalog's, accounts' and billing's schemas
 * together, which no product code may do (each subgraph owns its schema; cross-subgraph reads go
 * through entities). It exists to measure what federation, GraphQL and the ORMs cost, nothing else.
 *
 * What it keeps of the product's semantics, because the answer must be the same:
 * - the caller: an HS256 JWT (issuer, audience, expiry, signature) of an account ADMIN (DL-5),
 *   checked with node:crypto instead of jose;
 * - the page: catalog's NEW block (SERVER and IFRAME apps) visible to the account (LC-3), newest
 *   first by `coalesce(published_at, created_at) DESC, id DESC` — the storefront service's order;
 * - installs: the caller's account's installs of each app that are not UNINSTALLED, newest first
 *   (accounts' `installsByAppId`);
 * - billing: the state *as reads show it*, i.e. settled at this moment (billing's own pure
 *   `settleAccount`, imported, fed the account's rows and its subscriptions' options).
 *
 * Usage: node -r @swc-node/register bench/src/floor.ts (env: FLOOR_PORT, DATABASE_URL,
 * FLOOR_JWT_ISSUER, FLOOR_JWT_AUDIENCE, FLOOR_JWT_HS256_SECRET, FLOOR_SCHEMAS = JSON
 * {catalog, accounts, billing}); GET /storefront?first=N with `Authorization: Bearer <JWT>`.
 */
const env = {
  port: Number(process.env.FLOOR_PORT ?? '4107'),
  databaseUrl: required('DATABASE_URL'),
  issuer: required('FLOOR_JWT_ISSUER'),
  audience: required('FLOOR_JWT_AUDIENCE'),
  secret: Buffer.from(required('FLOOR_JWT_HS256_SECRET'), 'utf8'),
  schemas: JSON.parse(required('FLOOR_SCHEMAS')) as { catalog: string; accounts: string; billing: string },
};

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`floor: ${name} is required`);
  return value;
}

const MAX_PAGE_SIZE = 100;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const { catalog, accounts, billing } = env.schemas;

// Timestamps leave PostgreSQL as whole epoch milliseconds: pg's own Date parsing (what the
// subgraphs get through TypeORM) truncates microseconds the same way.
const ms = (column: string) => `floor(extract(epoch FROM ${column}) * 1000)::float8`;

/** The whole page in one statement: the apps with their vendor and the caller's installs, the account's billing rows, its options now. */
const PAGE_SQL = `
WITH page AS (
  SELECT a.id, a.name, a.price_kopecks, a.trial_days, a.vendor_id, coalesce(a.published_at, a.created_at) AS k
    FROM ${catalog}.apps a
   WHERE (a.status = 'PUBLISHED' OR (a.status = 'HIDDEN' AND EXISTS (
           SELECT 1 FROM ${catalog}.installed_apps i WHERE i.account_id = $1 AND i.app_id = a.id AND i.installed)))
     AND a.type::text = ANY('{IFRAME,SERVER}')
   ORDER BY coalesce(a.published_at, a.created_at) DESC, a.id DESC
   LIMIT $2
), ins AS (
  SELECT i.id, i.app_id, i.installed_at FROM ${accounts}.installs i
   WHERE i.account_id = $1 AND i.app_id IN (SELECT id FROM page) AND i.status <> 'UNINSTALLED'
)
SELECT
  (SELECT coalesce(json_agg(json_build_object(
            'id', p.id, 'name', p.name, 'price', p.price_kopecks, 'trial', p.trial_days, 'vendor', v.name,
            'installs', (SELECT coalesce(json_agg(json_build_object('id', i.id, 'at', ${ms('i.installed_at')}) ORDER BY i.installed_at DESC, i.id DESC), '[]')
                           FROM ins i WHERE i.app_id = p.id))
          ORDER BY p.k DESC, p.id DESC), '[]')
     FROM page p JOIN ${catalog}.vendors v ON v.id = p.vendor_id) AS apps,
  (SELECT coalesce(json_agg(json_build_object(
            'installId', b.install_id, 'accountId', b.account_id, 'state', b.state, 'trialEndsAt', ${ms('b.trial_ends_at')},
            'paidAppOptionsUsed', b.paid_app_options_used, 'priceKopecks', b.price_kopecks,
            'pendingPriceKopecks', b.pending_price_kopecks, 'pendingPriceFrom', ${ms('b.pending_price_from')},
            'paidSince', ${ms('b.paid_since')}, 'removedAt', ${ms('b.removed_at')})), '[]')
     FROM ${billing}.install_billings b
    -- = ANY(ARRAY(...)), not IN (...): inside an OR, PostgreSQL turns IN into a hashed subplan and scans
    -- the whole table (145 ms at full scale); the array keeps both arms index scans.
    WHERE b.account_id = $1 OR b.install_id = ANY(ARRAY(SELECT id FROM ins))) AS billings,
  (SELECT coalesce(sum(s.paid_app_options), 0) FROM ${billing}.subscriptions s
    WHERE s.account_id = $1 AND s.starts_at <= $3 AND s.ends_at > $3)::int AS options_total`;

interface PageRow {
  apps: { id: string; name: string; price: number | null; trial: number | null; vendor: string; installs: { id: string; at: number }[] }[];
  billings: Record<string, any>[];
  options_total: number;
}

const pool = new Pool({ connectionString: env.databaseUrl, max: 10 });

async function page(accountId: string, first: number): Promise<string> {
  const now = new Date();
  const { rows } = await pool.query<PageRow>({ name: 'floor-storefront-page', text: PAGE_SQL, values: [accountId, first, now] });
  const row = rows[0]!;
  const date = (v: number | null) => (v === null ? null : new Date(v));
  const stored = row.billings.map((b) => ({
    ...b, trialEndsAt: date(b.trialEndsAt), pendingPriceFrom: date(b.pendingPriceFrom), paidSince: date(b.paidSince), removedAt: date(b.removedAt),
  }) as InstallBilling);
  // As billing's findByInstallIds: the caller's live rows settled at `now`; any other row as stored.
  const settled = new Map(settleAccount(stored.filter((b) => b.accountId === accountId), row.options_total, now).installs.map((b) => [b.installId, b]));
  const billingOf = new Map(stored.map((b) => [b.installId, settled.get(b.installId) ?? b]));
  const edges = row.apps.map((a) => ({
    node: {
      id: a.id, name: a.name, priceKopecks: a.price, trialDays: a.trial, vendor: { name: a.vendor },
      installs: a.installs.map((i) => {
        const b = billingOf.get(i.id);
        return {
          id: i.id, installedAt: new Date(i.at).toISOString(),
          billing: b ? { state: b.state, trialEndsAt: b.trialEndsAt ? b.trialEndsAt.toISOString() : null } : null,
        };
      }),
    },
  }));
  return JSON.stringify({ data: { storefront: { edges } } });
}

/** The caller's account when the token is a valid HS256 JWT of an account ADMIN; else the refusal. */
function caller(authorization: string | undefined): { accountId: string } | { status: number; code: string; message: string } {
  const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
  if (!token) return { status: 401, code: 'UNAUTHENTICATED', message: 'log in to see the storefront' };
  const parts = token.split('.');
  if (parts.length !== 3) return { status: 401, code: 'UNAUTHENTICATED', message: 'not a JWT' };
  const [header, payload, signature] = parts as [string, string, string];
  const expected = createHmac('sha256', env.secret).update(`${header}.${payload}`).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { status: 401, code: 'UNAUTHENTICATED', message: 'the token signature is not valid' };
  let claims: Record<string, unknown>;
  try {
    if (JSON.parse(Buffer.from(header, 'base64url').toString()).alg !== 'HS256') throw new Error('alg');
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
  } catch {
    return { status: 401, code: 'UNAUTHENTICATED', message: 'the token is malformed' };
  }
  const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (claims.iss !== env.issuer || !audiences.includes(env.audience)) return { status: 401, code: 'UNAUTHENTICATED', message: 'the token is not for this API' };
  if (typeof claims.exp !== 'number' || claims.exp * 1000 <= Date.now()) return { status: 401, code: 'UNAUTHENTICATED', message: 'the token has expired' };
  if (claims.kind !== 'user' || claims.role !== 'ADMIN' || typeof claims.accountId !== 'string' || !UUID.test(claims.accountId)) {
    return { status: 403, code: 'FORBIDDEN', message: 'the storefront is open to account admins only (DL-5)' };
  }
  return { accountId: claims.accountId };
}

const server = http.createServer((req, res) => {
  const send = (status: number, body: string) => {
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  };
  const refuse = (status: number, code: string, message: string) => send(status, JSON.stringify({ errors: [{ message, extensions: { code } }] }));
  const url = new URL(req.url ?? '/', 'http://floor');
  if (req.method === 'GET' && url.pathname === '/health') return send(200, '{"ok":true}');
  if (req.method !== 'GET' || url.pathname !== '/storefront') return refuse(404, 'NOT_FOUND', 'GET /storefront?first=N');
  const first = Number(url.searchParams.get('first') ?? '20');
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) return refuse(400, 'BAD_USER_INPUT', `first must be between 1 and ${MAX_PAGE_SIZE}`);
  const who = caller(req.headers.authorization);
  if ('status' in who) return refuse(who.status, who.code, who.message);
  page(who.accountId, first).then(
    (body) => send(200, body),
    (error: unknown) => {
      console.error(error);
      refuse(500, 'INTERNAL_SERVER_ERROR', 'the floor failed');
    },
  );
});

server.keepAliveTimeout = 65_000;
server.listen(env.port, '127.0.0.1', () => console.log(`floor at http://127.0.0.1:${env.port}/storefront`));
process.once('SIGTERM', () => {
  server.close();
  void pool.end().finally(() => process.exit(0));
});
