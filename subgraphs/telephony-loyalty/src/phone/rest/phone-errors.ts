import { gzipSync } from 'node:zlib';
import { DomainError } from '@appmarket/core';
import type { Request, Response } from 'express';

/**
 * Phone API 1.0's error body, as MoySklad documents it: `{ errors: [{ error, parameter, code,
 * error_message }] }` with the HTTP status saying the class of the failure. Codes are MoySklad's
 * (1021 not found, 1056 authentication, 2001 not JSON, 3000 missing field, 55008 no solution
 * installed, …), so a provider's client written against MoySklad reads them unchanged.
 */
export interface PhoneApiErrorItem {
  error: string;
  parameter?: string;
  code?: number;
  error_message?: string;
}

export class PhoneApiError extends Error {
  constructor(readonly status: number, readonly errors: PhoneApiErrorItem[]) {
    super(errors[0]?.error ?? `HTTP ${status}`);
  }
}

export const missingField = (field: string) =>
  new PhoneApiError(412, [{ error: `Ошибка сохранения объекта: поле '${field}' не может быть пустым или отсутствовать`, parameter: field, code: 3000 }]);

export const wrongType = (field: string, expected: string) =>
  new PhoneApiError(400, [{ error: `Ошибка формата: значение поля '${field}' не соответствует типу ${expected}`, parameter: field, code: 2016 }]);

export const notFound = (type: string, id: string, parameter?: string) =>
  new PhoneApiError(404, [{ error: `Объект с типом '${type}' и идентификатором '${id}' не найден`, code: 1021, ...(parameter ? { parameter } : {}) }]);

/** Our domain errors in MoySklad's shape; `error_message` keeps our own reason and code. */
export function fromDomainError(error: DomainError): PhoneApiError {
  const detail = { error_message: `${error.code}: ${error.message}` };
  switch (error.code) {
    case 'UNAUTHENTICATED':
      return new PhoneApiError(401, [{ error: `Ошибка аутентификации: ${error.message}`, code: 1056, ...detail }]);
    case 'FORBIDDEN':
    case 'PHONE_API_REQUIRES_TELEPHONY_APP':
    case 'ANOTHER_TELEPHONY_INSTALL_ACTIVE':
      return new PhoneApiError(403, [{ error: "Не установлено решение для работы c 'Phone API'", code: 55008, ...detail }]);
    case 'CALL_NOT_FOUND': {
      const ref = (error.details.id ?? error.details.externalId ?? '') as string;
      return new PhoneApiError(404, [{ ...notFound('call', ref).errors[0]!, ...detail }]);
    }
    case 'EMPLOYEE_NOT_FOUND': {
      const ref = (error.details.userId ?? error.details.extension ?? '') as string;
      return new PhoneApiError(404, [{ ...notFound('employee', ref, error.details.extension ? 'extension' : 'employee').errors[0]!, ...detail }]);
    }
    case 'BAD_USER_INPUT':
      return new PhoneApiError(400, [{ error: `Ошибка валидации сохраняемого объекта: '${error.message}'`, code: 3007, ...detail,
        ...(typeof error.details.field === 'string' ? { parameter: error.details.field } : {}) }]);
    case 'CONFLICT':
      return new PhoneApiError(409, [{ error: 'Ошибка сохранения объекта: объект уже изменен/удален в параллельном запросе', code: 1065, ...detail }]);
    default:
      return new PhoneApiError(500, [{ error: 'Неизвестная ошибка', code: 1999 }]);
  }
}

/** body-parser's refusals of the body itself. */
export function fromBodyError(error: { type?: string; status?: number }): PhoneApiError | null {
  if (error.type === 'entity.parse.failed') {
    return new PhoneApiError(400, [{ error: 'Ошибка формата: входящий запрос не соответствует формату JSON', code: 2001 }]);
  }
  if (error.type === 'entity.too.large') return new PhoneApiError(413, [{ error: 'Превышен максимальный размер запроса', code: 1044 }]);
  if (error.type === 'encoding.unsupported' || error.type === 'charset.unsupported') {
    return new PhoneApiError(415, [{ error: 'Неверно указан Content-Type запроса', code: 1037 }]);
  }
  // Any other refusal of the body by body-parser (a gzip body that does not inflate, a body cut
  // short): the client's bytes, so MoySklad's format error, never our 500.
  if (typeof error.status === 'number' && error.status >= 400 && error.status < 500) {
    return new PhoneApiError(400, [{ error: 'Ошибка формата: тело запроса не читается', code: 2001 }]);
  }
  return null;
}

/**
 * Writes a Phone API answer: JSON (pretty with `Lognex-Pretty-Print-JSON: true`), gzip-compressed
 * when the client accepts gzip (the Phone API's traffic is compressed, general.apib).
 */
export function sendPhoneJson(req: Request, res: Response, status: number, body: unknown): void {
  const pretty = String(req.headers['lognex-pretty-print-json'] ?? '').toLowerCase() === 'true';
  const text = Buffer.from(JSON.stringify(body, null, pretty ? 2 : undefined), 'utf8');
  res.status(status).setHeader('content-type', 'application/json;charset=utf-8');
  res.setHeader('vary', 'Accept-Encoding');
  if (/\bgzip\b/i.test(String(req.headers['accept-encoding'] ?? ''))) {
    res.setHeader('content-encoding', 'gzip');
    res.end(gzipSync(text));
    return;
  }
  res.end(text);
}

export function sendPhoneError(req: Request, res: Response, error: PhoneApiError): void {
  sendPhoneJson(req, res, error.status, { errors: error.errors });
}
