import { CallCardEvent } from '../../cards/call-card.entity';
import { missingField, PhoneApiError, wrongType } from './phone-errors';
import { parseMoment } from './phone-json';

/**
 * The request bodies of Phone API 1.0 (call.apib), checked and bounded before anything is written.
 * Unknown fields are ignored, as MoySklad does; `counterparty` is accepted and not kept (this
 * platform has no counterparties).
 */
export interface ProviderEvent {
  eventType: CallCardEvent;
  extension: string | null;
  sequence: number;
  employeeId: string | null;
}

export interface ProviderCallChanges {
  extension: string | null;
  employeeId: string | null;
  endTime: Date | null;
  durationMs: number | null;
  recordUrls: string[];
  comment: string | null;
  events: ProviderEvent[];
}

export interface ProviderNewCall extends ProviderCallChanges {
  externalId: string;
  number: string;
  isIncoming: boolean;
  startTime: Date;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Control characters (PostgreSQL's text cannot hold NUL at all) and lone surrogates: refused, not stored.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const CONTROL_OR_BREAK = /[\u0000-\u001F\u007F]/;
const MAX_EVENTS = 20;
const MAX_RECORD_URLS = 20;

type Body = Record<string, unknown>;

/** The body must be one JSON object (MoySklad's 2009 for an array, 2005 for anything else). */
export function objectBody(body: unknown): Body {
  if (Array.isArray(body)) {
    throw new PhoneApiError(400, [{ error: 'Ошибка формата: запрос на создание/обновление одной сущности не должен содержать массив', code: 2009 }]);
  }
  if (typeof body !== 'object' || body === null) {
    throw new PhoneApiError(400, [{ error: 'Ошибка формата: входящий JSON должен начинаться либо с объекта, либо с массива', code: 2005 }]);
  }
  return body as Body;
}

export function parseNewCall(raw: unknown): ProviderNewCall {
  const body = objectBody(raw);
  const externalId = text(body, 'externalId', 255, true)!;
  const number = text(body, 'number', 64, true)!;
  if (body.isIncoming === undefined || body.isIncoming === null) throw missingField('isIncoming');
  if (typeof body.isIncoming !== 'boolean') throw wrongType('isIncoming', 'Boolean');
  const startTime = moment(body, 'startTime', true)!;
  return { externalId, number, isIncoming: body.isIncoming, startTime, ...parseChanges(body) };
}

export function parseChanges(raw: unknown): ProviderCallChanges {
  const body = objectBody(raw);
  const durationMs = body.duration === undefined || body.duration === null ? null : body.duration;
  if (durationMs !== null && (typeof durationMs !== 'number' || !Number.isInteger(durationMs) || durationMs < 0 || durationMs > 2 ** 31 * 1000)) {
    throw wrongType('duration', 'Long');
  }
  const comment = body.comment === undefined || body.comment === null ? null : body.comment;
  if (comment !== null && typeof comment !== 'string') throw wrongType('comment', 'String');
  if (comment !== null && CONTROL.test(comment)) throw invalidCharacters('comment');
  return {
    extension: text(body, 'extension', 16, false),
    employeeId: employeeOf(body.employee, 'employee'),
    endTime: moment(body, 'endTime', false),
    durationMs: durationMs as number | null,
    recordUrls: recordUrls(body.recordUrl),
    // "слишком длинная строка обрезается" (call.apib): cut, not refused.
    comment: comment === null ? null : comment.slice(0, 4096),
    events: events(body.events),
  };
}

export function parseEvent(raw: unknown, parameter = ''): ProviderEvent {
  const body = objectBody(raw);
  const type = body.eventType;
  if (type === undefined || type === null) throw missingField(`${parameter}eventType`);
  // Own keys only: `in` would take 'toString' or '__proto__' from Object's prototype as event types.
  if (typeof type !== 'string' || !Object.hasOwn(CallCardEvent, type)) {
    throw new PhoneApiError(400, [{
      error: `Ошибка сохранения объекта: неверное значение '${String(type).slice(0, 40)}' поля 'eventType'. Допустимые значения: ${Object.keys(CallCardEvent).join(', ')}`,
      parameter: `${parameter}eventType`, code: 3005,
    }]);
  }
  const extension = text(body, 'extension', 16, false, parameter);
  const employeeId = employeeOf(body.employee, `${parameter}employee`);
  if (type !== CallCardEvent.HIDE_ALL && !extension && !employeeId) throw missingField(`${parameter}extension`);
  const sequence = body.sequence;
  if (sequence === undefined || sequence === null) throw missingField(`${parameter}sequence`);
  if (typeof sequence !== 'number' || !Number.isInteger(sequence)) throw wrongType(`${parameter}sequence`, 'Integer');
  return { eventType: type as CallCardEvent, extension, sequence, employeeId };
}

/** The id in an employee reference, given as `{href, type}` or `{meta: {href, type}}`; its last path segment. */
function employeeOf(value: unknown, parameter: string): string | null {
  if (value === undefined || value === null) return null;
  const meta = (typeof value === 'object' && (value as Body).meta ? (value as Body).meta : value) as Body;
  if (typeof meta !== 'object' || typeof meta.href !== 'string') {
    throw new PhoneApiError(400, [{ error: `Ошибка формата: отсутствует href для meta поля '${parameter}'`, parameter, code: 2010 }]);
  }
  const id = meta.href.split('?')[0]!.replace(/\/+$/, '').split('/').pop() ?? '';
  if (!UUID.test(id)) {
    throw new PhoneApiError(400, [{ error: `Ошибка формата: неправильное значение href для meta поля '${parameter}'`, parameter, code: 2013 }]);
  }
  return id.toLowerCase();
}

function events(value: unknown): ProviderEvent[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw wrongType('events', 'Array');
  if (value.length > MAX_EVENTS) {
    throw new PhoneApiError(413, [{ error: `Размер запроса или количество элементов запроса превышает лимит (events: ${MAX_EVENTS})`, parameter: 'events', code: 1044 }]);
  }
  return value.map((event, i) => parseEvent(event, `events[${i}].`)).sort((a, b) => a.sequence - b.sequence);
}

function recordUrls(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((url) => typeof url !== 'string' || url.length === 0 || url.length > 2048)) {
    throw wrongType('recordUrl', 'Array<String>');
  }
  // Shown to employees as links: an http(s) URL with a host, nothing a browser would run (javascript:).
  if ((value as string[]).some((url) => !isWebUrl(url))) {
    throw new PhoneApiError(400, [{ error: "Ошибка валидации сохраняемого объекта: 'recordUrl' должен содержать ссылки http или https", parameter: 'recordUrl', code: 3007 }]);
  }
  if (value.length > MAX_RECORD_URLS) {
    throw new PhoneApiError(413, [{ error: `Размер запроса или количество элементов запроса превышает лимит (recordUrl: ${MAX_RECORD_URLS})`, parameter: 'recordUrl', code: 1044 }]);
  }
  return value as string[];
}

function text(body: Body, field: string, max: number, required: boolean, prefix = ''): string | null {
  const value = body[field];
  if (value === undefined || value === null || value === '') {
    if (required) throw missingField(`${prefix}${field}`);
    return null;
  }
  if (typeof value !== 'string' && typeof value !== 'number') throw wrongType(`${prefix}${field}`, 'String');
  const result = String(value).trim();
  if (CONTROL_OR_BREAK.test(result) || CONTROL.test(result)) throw invalidCharacters(`${prefix}${field}`);
  if (result.length > max) {
    throw new PhoneApiError(400, [{ error: `Ошибка валидации сохраняемого объекта: '${prefix}${field}' длиннее ${max} символов`, parameter: `${prefix}${field}`, code: 3007 }]);
  }
  if (!result && required) throw missingField(`${prefix}${field}`);
  return result || null;
}

function invalidCharacters(parameter: string): PhoneApiError {
  return new PhoneApiError(400, [{ error: `Ошибка валидации сохраняемого объекта: '${parameter}' содержит недопустимые символы`, parameter, code: 3007 }]);
}

function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '' && !/\s/.test(value);
  } catch {
    return false;
  }
}

function moment(body: Body, field: string, required: boolean): Date | null {
  const value = body[field];
  if (value === undefined || value === null || value === '') {
    if (required) throw missingField(field);
    return null;
  }
  const parsed = typeof value === 'string' ? parseMoment(value) : null;
  if (!parsed) throw wrongType(field, 'DateTime (ГГГГ-ММ-ДД ЧЧ:мм:сс[.ммм])');
  return parsed;
}
