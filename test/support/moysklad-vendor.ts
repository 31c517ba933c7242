import { createHmac, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A vendor app written against MoySklad's public Vendor API 1.0 documentation and behaving like
 * MoySklad's own sample apps: it checks every JWT we send (HS256, `iat`, `exp`, a `jti` never seen
 * before), reads every payload field and refuses a body that lacks one, keeps its settings per
 * account, answers SettingsRequired until an admin saved them, calls the status endpoint on every
 * save (so Activated → Activated and Activated → SettingsRequired happen), exchanges context keys
 * with an empty JSON body, and lets only admins (`permissions.admin.view == "ALL"`) configure it.
 * Its clock runs `clockOffsetMs` off ours; every call it makes is signed with a fresh JWT from it.
 * Nothing here imports the code under test.
 */
export interface VendorAppOptions {
  appId: string;
  appUid: string;
  secret: string;
  /** The one base URL a vendor configures: `<origin>/api/vendor/1.0`. */
  marketplaceBase: string;
  /** The marketplace's clock, in ms; the vendor's is this plus clockOffsetMs. */
  marketplaceNow: () => number;
  clockOffsetMs: number;
}

export interface ReceivedCall {
  method: string;
  path: string;
  requestId: string | undefined;
  body: Record<string, any>;
}

interface AccountState {
  status: 'Activated' | 'SettingsRequired' | null;
  accessToken: string | null;
  settings: string;
  suspended: boolean;
}

export interface EmployeeContext {
  id: string;
  accountId: string;
  uid: string;
  shortFio: string;
  isAdmin: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

export class SampleVendorApp {
  readonly received: ReceivedCall[] = [];
  /** What the app found wrong in our calls (a missing field, a bad JWT): a test expects none. */
  readonly problems: string[] = [];
  readonly accounts = new Map<string, AccountState>();
  private readonly seenJti = new Set<string>();
  private server?: Server;
  url = '';

  constructor(private readonly options: VendorAppOptions) {}

  private now(): number {
    return this.options.marketplaceNow() + this.options.clockOffsetMs;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const match = /^\/api\/moysklad\/vendor\/1\.0\/apps\/([^/]+)\/([^/]+)(\/event)?$/.exec(req.url ?? '');
    const body = raw ? (JSON.parse(raw) as Record<string, any>) : {};
    this.received.push({ method: req.method!, path: req.url!, requestId: header(req, 'x-lognex-requestid'), body });
    if (!match || match[1] !== this.options.appId) return void res.writeHead(404).end();
    if (!this.jwtIsValid(header(req, 'authorization'))) return void res.writeHead(401).end();
    if (!header(req, 'content-type')?.startsWith('application/json')) return this.problem(res, 'no application/json body');
    const accountId = match[2]!;
    const state = this.accounts.get(accountId) ?? { status: null, accessToken: null, settings: '', suspended: false };
    this.accounts.set(accountId, state);
    if (body.appUid !== this.options.appUid || typeof body.accountName !== 'string' || !body.accountName) return this.problem(res, 'appUid/accountName');
    if (match[3]) return this.onEvent(res, body);
    if (req.method === 'DELETE') return this.onDeactivation(res, state, body);
    return this.onActivation(res, state, body);
  }

  private onActivation(res: ServerResponse, state: AccountState, body: Record<string, any>): void {
    const { cause } = body;
    if (!['Install', 'Resume', 'TariffChanged', 'Autoprolongation'].includes(cause)) return this.problem(res, `cause ${cause}`);
    const problem = checkSubscription(body.subscription);
    if (problem) return this.problem(res, problem);
    if (cause === 'Install' || cause === 'Resume') {
      const access = body.access?.[0];
      if (!access || typeof access.access_token !== 'string' || !/^https:\/\//.test(access.resource) || !Array.isArray(access.scope)) {
        return this.problem(res, 'access');
      }
      state.accessToken = access.access_token;
      state.suspended = false;
      state.status = state.settings ? 'Activated' : 'SettingsRequired';
    } else if (body.access !== undefined) {
      return this.problem(res, `${cause} carries access`);
    }
    json(res, 200, { status: state.status ?? 'SettingsRequired' });
  }

  private onDeactivation(res: ServerResponse, state: AccountState, body: Record<string, any>): void {
    if (state.status === null) return void res.writeHead(204).end(); // never activated here
    if (body.cause === 'Uninstall') state.status = null; // settings kept: a reinstall finds them
    else if (body.cause === 'Suspend') state.suspended = true;
    else return this.problem(res, `DELETE cause ${body.cause}`);
    state.accessToken = null;
    res.writeHead(200, { 'content-type': 'application/json' }).end();
  }

  private onEvent(res: ServerResponse, body: Record<string, any>): void {
    if (body.cause !== 'PermissionsChanged' || !Array.isArray(body.access) || body.access[0]?.access_token !== undefined || body.subscription !== undefined) {
      return this.problem(res, 'event body');
    }
    res.writeHead(200).end();
  }

  /** The sample apps' check: HS256 with the secret, iat/exp/jti present, not expired by its own clock, jti never seen. */
  private jwtIsValid(authorization: string | undefined): boolean {
    const token = /^Bearer (.+)$/.exec(authorization ?? '')?.[1];
    const [head, payload, signature] = token?.split('.') ?? [];
    if (!head || !payload || !signature) return this.fail('no JWT');
    if (createHmac('sha256', this.options.secret).update(`${head}.${payload}`).digest('base64url') !== signature) return this.fail('signature');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
    if (typeof claims.iat !== 'number' || typeof claims.exp !== 'number' || typeof claims.jti !== 'string') return this.fail('claims');
    if (claims.exp * 1000 <= this.now()) return this.fail('expired');
    if (this.seenJti.has(claims.jti)) return this.fail('jti replayed');
    this.seenJti.add(claims.jti);
    return true;
  }

  private fail(reason: string): false {
    this.problems.push(`JWT: ${reason}`);
    return false;
  }

  private problem(res: ServerResponse, what: string): void {
    this.problems.push(what);
    json(res, 400, { error: what });
  }

  /** A fresh vendor → marketplace JWT from the vendor's own clock (iat now, exp +300 s, random jti). */
  vendorJwt(over: Record<string, unknown> = {}): string {
    const iat = Math.floor(this.now() / 1000);
    const enc = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
    const head = `${enc({ alg: 'HS256', typ: 'JWT' })}.${enc({ sub: this.options.appUid, iat, exp: iat + 300, jti: randomBytes(32).toString('hex'), ...over })}`;
    return `${head}.${createHmac('sha256', this.options.secret).update(head).digest('base64url')}`;
  }

  /** The iframe was opened with `?contextKey=`: the server exchanges it (POST, `{}` body, like the sample apps). */
  async openIframe(contextKey: string): Promise<{ status: number; employee: EmployeeContext | null }> {
    const response = await this.call('POST', `/context/${contextKey}`, {});
    if (response.status !== 200) return { status: response.status, employee: null };
    const e = response.body as { id: string; accountId: string; uid: string; shortFio: string; permissions?: { admin?: { view?: unknown } } };
    const view = e.permissions?.admin?.view;
    return { status: 200, employee: { id: e.id, accountId: e.accountId, uid: e.uid, shortFio: e.shortFio, isAdmin: view === true || view === 'ALL' } };
  }

  /**
   * The settings form: admins only; saving reports the resulting status to the marketplace every
   * time (MoySklad's sample apps do, the PUT being idempotent). Answers the HTTP status of that
   * PUT, or 403 when the employee may not configure the app.
   */
  async saveSettings(employee: EmployeeContext, settings: string): Promise<number> {
    if (!employee.isAdmin) return 403;
    const state = this.accounts.get(employee.accountId) ?? { status: null, accessToken: null, settings: '', suspended: false };
    state.settings = settings;
    state.status = settings ? 'Activated' : 'SettingsRequired';
    this.accounts.set(employee.accountId, state);
    return (await this.call('PUT', `/apps/${this.options.appId}/${employee.accountId}/status`, { status: state.status })).status;
  }

  /** One call to the marketplace's Vendor API at the one base URL, as the sample apps make it. */
  async call(method: string, path: string, body: unknown, token = this.vendorJwt()): Promise<{ status: number; body: unknown }> {
    const response = await fetch(`${this.options.marketplaceBase}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', accept: 'application/json', 'accept-encoding': 'gzip' },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  }
}

function checkSubscription(s: Record<string, unknown> | undefined): string | null {
  if (!s) return 'no subscription';
  if (typeof s.tariffId !== 'string' || !UUID.test(s.tariffId)) return 'subscription.tariffId';
  if (typeof s.tariffName !== 'string' || !s.tariffName) return 'subscription.tariffName';
  if (typeof s.trial !== 'boolean' || typeof s.notForResale !== 'boolean' || typeof s.partner !== 'boolean') return 'subscription flags';
  if (s.expiryMoment !== null && (typeof s.expiryMoment !== 'string' || !RFC3339.test(s.expiryMoment))) return 'subscription.expiryMoment';
  return null;
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let data = '';
    req.on('data', (chunk: Buffer) => (data += chunk.toString('utf8')));
    req.on('end', () => resolve(data));
  });
}
