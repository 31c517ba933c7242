import { DomainError } from '@appmarket/core';
import { decodeIdentity, IDENTITY_HEADER, InvalidIdentityError } from '@appmarket/federation';
import DataLoader from 'dataloader';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import type { AppIdentity } from '../../access';
import type { CallRefInput } from '../../calls/call.inputs';
import type { EmployeeDirectory } from '../../employees/employee.service';
import type { PhoneApiService, PhoneRequest } from '../phone-api.service';
import type { ProviderCalls } from '../provider-calls';
import { employeeFilter } from './employee-filter';
import { fromBodyError, fromDomainError, PhoneApiError, sendPhoneError, sendPhoneJson } from './phone-errors';
import { parseChanges, parseEvent, parseNewCall } from './phone-input';
import { callJson, employeeJson, jsonContextOf, PHONE_API_BASE } from './phone-json';

export interface PhoneRouteDeps {
  phone: PhoneApiService;
  providerCalls: ProviderCalls;
  employees: EmployeeDirectory;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * MoySklad's Phone API 1.0 (TL-1) under /api/phone/1.0, beside /graphql: what a telephony
 * provider's server written against MoySklad's documentation calls, with only the base URL
 * changed. The gateway serves it on the public origin (its phone route authenticates the
 * `Lognex-Phone-Auth-Token`, holds the limits and signs the identity header); here only a TELEPHONY
 * app's identity gets through. Bodies may be gzip-compressed; answers are gzip when asked.
 */
/** The gateway signs the Phone API caller for this subgraph, by its name in the supergraph. */
const PHONE_API_AUDIENCE = 'telephony-loyalty';

export function mountPhoneApi(app: Express, deps: PhoneRouteDeps): void {
  const router = express.Router();
  // body-parser inflates gzip and deflate bodies itself (Content-Encoding); a body is read as JSON
  // whatever its declared type, and anything but one object is MoySklad's format error.
  router.use(express.json({ limit: '1mb', strict: false, type: () => true }));

  const route = (fn: (req: Request, res: Response, phone: PhoneRequest, caller: AppIdentity) => Promise<void>) =>
    (req: Request, res: Response, next: NextFunction) => {
      Promise.resolve()
        .then(async () => {
          const phone = await phoneRequestOf(req, deps.employees);
          return deps.phone.guard(phone, (caller) => fn(req, res, phone, caller));
        })
        .catch(next);
    };

  router.post('/call', route(async (req, res, phone, caller) => {
    const call = await deps.providerCalls.create(phone, caller, parseNewCall(req.body));
    sendPhoneJson(req, res, 200, callJson(call, jsonContextOf(req)));
  }));
  router.get('/call/:id', route(async (req, res, _phone, caller) => {
    const call = await deps.phone.findCall(caller, { id: callId(req) });
    sendPhoneJson(req, res, 200, callJson(call, jsonContextOf(req)));
  }));
  const update = (ref: (req: Request) => CallRefInput) => route(async (req, res, phone, caller) => {
    const call = await deps.providerCalls.update(phone, caller, ref(req), parseChanges(req.body));
    sendPhoneJson(req, res, 200, callJson(call, jsonContextOf(req)));
  });
  router.put('/call/extid/:extid', update((req) => ({ externalId: extId(req) })));
  router.put('/call/:id', update((req) => ({ id: callId(req) })));
  const event = (ref: (req: Request) => CallRefInput) => route(async (req, res, phone, caller) => {
    await deps.providerCalls.event(phone, caller, ref(req), parseEvent(req.body));
    res.status(204).end();
  });
  router.post('/call/extid/:extid/event', event((req) => ({ externalId: extId(req) })));
  router.post('/call/:id/event', event((req) => ({ id: callId(req) })));
  router.get('/employee', route(async (req, res, phone, caller) => {
    const employees = await deps.providerCalls.employeesWithExtension(phone, caller, employeeFilter(req.query.filter));
    const ctx = jsonContextOf(req);
    sendPhoneJson(req, res, 200, { employees: employees.map((e) => employeeJson(e, ctx)) });
  }));

  // A known path with another method is 405 (1039); anything else under the base is 404 (1002).
  router.use((req, res) => {
    const known = /^\/(call(\/extid)?(\/[^/]+(\/event)?)?|employee)\/?$/.test(req.path);
    sendPhoneError(req, res, known
      ? new PhoneApiError(405, [{ error: `Операция ${req.method} не поддерживается для данного ресурса`, code: 1039 }])
      : new PhoneApiError(404, [{ error: `Неопознанный путь: ${req.path.slice(0, 200)}`, code: 1002 }]));
  });
  router.use((error: unknown, req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    const answer = error instanceof PhoneApiError ? error
      : error instanceof DomainError ? fromDomainError(error)
      : fromBodyError(error as { type?: string; status?: number });
    if (!answer) return next(error); // ours to log: the subgraph's JSON 500 with the request id
    sendPhoneError(req, res, answer);
  });
  app.use(PHONE_API_BASE, router);
}

/** The caller (signed by the gateway) and a per-request loader of the account's employees. */
async function phoneRequestOf(req: Request, employees: EmployeeDirectory): Promise<PhoneRequest> {
  let identity;
  try {
    identity = await decodeIdentity(req.headers[IDENTITY_HEADER], { audience: PHONE_API_AUDIENCE });
  } catch (error) {
    if (error instanceof InvalidIdentityError) throw new DomainError('UNAUTHENTICATED', 'the Lognex-Phone-Auth-Token is missing or not valid');
    throw error;
  }
  return { identity, loaders: { usersOfAccount: new DataLoader((ids: readonly string[]) => employees.usersOf(ids)) } };
}

/** A call's external id in the path: what POST /call accepts (1–255 characters, no control characters). */
function extId(req: Request): string {
  const id = String(req.params.extid);
  if (id.length > 255 || /[\u0000-\u001F\u007F]/.test(id) || !id.trim()) {
    throw new PhoneApiError(400, [{ error: "Ошибка валидации: неверное значение 'externalId'", parameter: 'externalId', code: 3007 }]);
  }
  return id;
}

function callId(req: Request): string {
  const id = String(req.params.id);
  if (!UUID.test(id)) throw new PhoneApiError(400, [{ error: 'Неверный формат UUID', parameter: 'id', code: 1052 }]);
  return id.toLowerCase();
}
