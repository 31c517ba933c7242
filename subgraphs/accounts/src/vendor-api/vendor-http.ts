import { requestIdOfResponse, type HttpErrorBody } from '@appmarket/federation/src/http-errors';
import type { Response } from 'express';

/** Codes of the Vendor API's HTTP answers (docs/vendor-api.md, "Errors"), each with its status. */
export const VendorApiErrors = {
  VENDOR_TOKEN_INVALID: { status: 401, text: 'The vendor JWT is missing, not signed with the app secret, not for this app, expired, from the future or reused.' },
  VENDOR_APP_NOT_FOUND: { status: 404, text: 'No such app (or an id that is not a UUID), or the app has no secret.' },
  VENDOR_INSTALL_NOT_FOUND: { status: 404, text: 'The app was never installed on this account.' },
  VENDOR_INSTALL_NOT_LIVE: { status: 409, text: 'The install is not live: uninstalled, suspended, failed or being deactivated.' },
  VENDOR_STATUS_INVALID: { status: 400, text: 'The body is not {"status": "Activating" | "SettingsRequired" | "Activated"} and nothing else.' },
  CONTEXT_KEY_NOT_FOUND: { status: 404, text: 'The context key is unknown, used, expired, or its user or account was deactivated.' },
  CONTEXT_KEY_OTHER_APP: { status: 403, text: 'The context key was minted for another app.' },
} as const satisfies Record<string, { status: number; text: string }>;

export type VendorApiErrorCode = keyof typeof VendorApiErrors;

/** The subgraph's JSON error shape (packages/federation/src/http-errors.ts), with the request id. */
export function sendVendorError(res: Response, code: VendorApiErrorCode, message: string = VendorApiErrors[code].text): void {
  const body: HttpErrorBody = { code, message, requestId: requestIdOfResponse(res) };
  res.status(VendorApiErrors[code].status).json(body);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string): boolean => UUID.test(value);
