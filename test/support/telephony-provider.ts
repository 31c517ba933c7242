import { gunzipSync, gzipSync } from 'node:zlib';
import { request } from 'undici';

/**
 * A telephony provider's server as it is written against MoySklad's public Phone API 1.0
 * documentation (dev.moysklad.ru/doc/api/phone/1.0), with nothing of ours but the base URL:
 * `Lognex-Phone-Auth-Token`, gzip-compressed JSON bodies and `Accept-Encoding: gzip`, moments in
 * `ГГГГ-ММ-ДД ЧЧ:мм:сс.ммм` Moscow time read from its own clock, card events with increasing
 * `sequence`, employees addressed by the `href` the API gave it, and 429 answered by waiting for
 * X-Lognex-Retry-After and sending the same request again (as real clients do).
 */
export interface ProviderAnswer {
  status: number;
  headers: Headers;
  /** Parsed JSON (undefined for 204). */
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** Whether the answer came gzip-compressed. */
  gzipped: boolean;
}

export class FakeTelephonyProvider {
  private sequence = 0;
  /** Every answer, in order (for assertions on retries). */
  readonly answers: { method: string; path: string; status: number }[] = [];

  constructor(
    /** The base URL the provider was configured with: `<gateway>/api/phone/1.0`. */
    private readonly baseUrl: string,
    private readonly key: string,
    /** The provider's own clock (its PBX's time). */
    private readonly now: () => Date = () => new Date(),
    private readonly options: { retryOn429?: number; sleep?: (ms: number) => Promise<void> } = {},
  ) {}

  /** The provider's "now" as MoySklad writes moments (Moscow time, UTC+3). */
  moment(at: Date = this.now()): string {
    const iso = new Date(at.getTime() + 3 * 3600_000).toISOString();
    return `${iso.slice(0, 10)} ${iso.slice(11, 23)}`;
  }

  nextSequence(): number {
    return ++this.sequence;
  }

  employees(filter?: string): Promise<ProviderAnswer> {
    return this.send('GET', `/employee${filter ? `?filter=${encodeURIComponent(filter)}` : ''}`);
  }

  /** A call as a PBX reports it when it starts ringing, with the card popped for the extension. */
  startCall(externalId: string, number: string, extension: string, extra: Record<string, unknown> = {}): Promise<ProviderAnswer> {
    return this.send('POST', '/call', {
      externalId, number, extension, isIncoming: true, startTime: this.moment(),
      events: [{ eventType: 'SHOW', extension, sequence: this.nextSequence() }], ...extra,
    });
  }

  getCall(id: string): Promise<ProviderAnswer> {
    return this.send('GET', `/call/${id}`);
  }

  updateByExternalId(externalId: string, body: Record<string, unknown>): Promise<ProviderAnswer> {
    return this.send('PUT', `/call/extid/${encodeURIComponent(externalId)}`, body);
  }

  update(id: string, body: Record<string, unknown>): Promise<ProviderAnswer> {
    return this.send('PUT', `/call/${id}`, body);
  }

  event(id: string, body: Record<string, unknown>): Promise<ProviderAnswer> {
    return this.send('POST', `/call/${id}/event`, { sequence: this.nextSequence(), ...body });
  }

  eventByExternalId(externalId: string, body: Record<string, unknown>): Promise<ProviderAnswer> {
    return this.send('POST', `/call/extid/${encodeURIComponent(externalId)}/event`, { sequence: this.nextSequence(), ...body });
  }

  /** The same key over GraphQL (the gateway's /graphql next to /api/phone/1.0). */
  async graphql<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<{ status: number; body: { data?: T; errors?: any[] } }> { // eslint-disable-line @typescript-eslint/no-explicit-any
    const url = this.baseUrl.replace(/\/api\/phone\/1\.0$/, '/graphql');
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'lognex-phone-auth-token': this.key },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as { data?: T; errors?: any[] } }; // eslint-disable-line @typescript-eslint/no-explicit-any
  }

  /** One request as the provider's HTTP client makes it; 429 → wait X-Lognex-Retry-After → the same request again. */
  async send(method: string, path: string, body?: unknown, attempt = 0): Promise<ProviderAnswer> {
    const headers: Record<string, string> = {
      'lognex-phone-auth-token': this.key,
      'accept-encoding': 'gzip',
      accept: 'application/json;charset=utf-8',
    };
    let payload: Buffer | undefined;
    if (body !== undefined) {
      payload = gzipSync(Buffer.from(JSON.stringify(body), 'utf8'));
      headers['content-type'] = 'application/json;charset=utf-8';
      headers['content-encoding'] = 'gzip';
    }
    // Node's fetch would inflate the answer itself; the raw bytes show what was sent.
    const answer = await request(`${this.baseUrl}${path}`, { method: method as 'GET', headers, body: payload });
    const raw = Buffer.from(await answer.body.arrayBuffer());
    const gzipped = answer.headers['content-encoding'] === 'gzip';
    const text = (gzipped ? gunzipSync(raw) : raw).toString('utf8');
    const parsed = text ? JSON.parse(text) : undefined;
    this.answers.push({ method, path, status: answer.statusCode });
    const retryAfter = Number(answer.headers['x-lognex-retry-after']);
    if (answer.statusCode === 429 && Number.isFinite(retryAfter) && attempt < (this.options.retryOn429 ?? 0)) {
      await (this.options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))))(retryAfter);
      return this.send(method, path, body, attempt + 1);
    }
    const h = new Headers();
    for (const [name, value] of Object.entries(answer.headers)) if (value !== undefined) h.set(name, String(value));
    return { status: answer.statusCode, headers: h, body: parsed, gzipped };
  }
}
