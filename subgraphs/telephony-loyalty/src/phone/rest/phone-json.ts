import type { Request } from 'express';
import type { Call } from '../../calls/call.entity';
import { CallDirection } from '../../calls/call.enums';
import type { PhoneEmployee } from '../../employees/employee.service';

/** Phone API 1.0's base path, as MoySklad's (`https://api.moysklad.ru/api/phone/1.0`): a provider changes only the origin. */
export const PHONE_API_BASE = '/api/phone/1.0';
export const MEDIA_TYPE = 'application/json';

/**
 * MoySklad's moments are Moscow time written `ГГГГ-ММ-ДД ЧЧ:мм:сс[.ммм]` (general.apib, "Формат
 * даты и времени"); Moscow keeps UTC+3 all year since 2014.
 */
const MOSCOW_OFFSET_MS = 3 * 3600_000;
const MOMENT = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?$/;

/** A MoySklad moment as a Date, or null when the text is not one (or names an impossible time). */
export function parseMoment(text: string): Date | null {
  const m = MOMENT.exec(text);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const ms = Number((m[7] ?? '0').padEnd(3, '0'));
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  const back = new Date(utc);
  // Date.UTC rolls 2017-02-30 over into March: such a moment does not exist.
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) {
    return null;
  }
  return new Date(utc - MOSCOW_OFFSET_MS);
}

/** With milliseconds only when the client asks (`X-Lognex-Format-Millisecond: true`), as MoySklad. */
export function formatMoment(date: Date, withMilliseconds: boolean): string {
  const iso = new Date(date.getTime() + MOSCOW_OFFSET_MS).toISOString(); // 2017-01-01T00:00:05.000Z
  const text = iso.slice(0, 10) + ' ' + iso.slice(11, 19);
  return withMilliseconds ? `${text}.${iso.slice(20, 23)}` : text;
}

export interface PhoneJsonContext {
  /** `https://host/api/phone/1.0` as the client reached it (through the gateway). */
  base: string;
  milliseconds: boolean;
}

/**
 * Where the client reached us: the gateway passes its own origin (x-forwarded-host/-proto) so that
 * every `href` points at the public API, not at this service.
 */
export function jsonContextOf(req: Request): PhoneJsonContext {
  const host = first(req.headers['x-forwarded-host']) ?? req.headers.host ?? 'localhost';
  const proto = first(req.headers['x-forwarded-proto']) ?? req.protocol;
  return {
    base: `${proto}://${host}${PHONE_API_BASE}`,
    milliseconds: String(req.headers['x-lognex-format-millisecond'] ?? '').toLowerCase() === 'true',
  };
}

const ref = (href: string, type: string) => ({ href, type, mediaType: MEDIA_TYPE });

/** A call as MoySklad's Phone API shows it; empty fields are left out (general.apib, "Пустые поля"). */
export function callJson(call: Call, ctx: PhoneJsonContext): Record<string, unknown> {
  const incoming = call.direction === CallDirection.INCOMING;
  const finished = call.endedAt !== null || call.durationSeconds > 0;
  return withoutEmpty({
    meta: ref(`${ctx.base}/call/${call.id}`, 'call'),
    id: call.id,
    externalId: call.externalId,
    number: incoming ? call.fromNumber : call.toNumber,
    extension: call.extension,
    employee: call.userId ? ref(employeeHref(ctx, call.userId), 'employee') : null,
    isIncoming: incoming,
    startTime: formatMoment(call.startedAt, ctx.milliseconds),
    endTime: call.endedAt ? formatMoment(call.endedAt, ctx.milliseconds) : null,
    duration: finished ? call.durationSeconds * 1000 : null,
    recordUrl: call.recordUrls,
    comment: call.comment,
  });
}

/** GET /employee: MoySklad spells the field `extention`, and so do we. */
export function employeeJson(employee: PhoneEmployee, ctx: PhoneJsonContext): Record<string, unknown> {
  return { meta: ref(employeeHref(ctx, employee.id), 'employee'), extention: employee.extension };
}

export const employeeHref = (ctx: PhoneJsonContext, userId: string) => `${ctx.base}/employee/${userId}`;

function withoutEmpty(body: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== null && value !== undefined));
}

function first(value: string | string[] | undefined): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return v ? v.split(',')[0]!.trim() : undefined;
}
