/**
 * The Loyalty API's `parameter` names (what the loyalty app's `{errors:[{error, code, parameter}]}`
 * points at, in the body we sent) as the point-of-sale mutations' own argument names, so a
 * refusal by the app lands next to the form field it concerns (issue 19, item 2). A parameter not
 * listed (`meta` names the customer in one request and the sale in another) concerns the request
 * as a whole.
 */
const ARGUMENT_OF_PARAMETER: Readonly<Record<string, string>> = {
  verificationCode: 'code',
  agent: 'customerId',
  retailStore: 'retailStoreId',
  demand: 'saleId',
  positions: 'positions',
  bonusProgram: 'bonusValueToSpend',
  name: 'name',
  phone: 'phone',
  email: 'email',
  discountCardNumber: 'discountCardNumber',
};

/** The argument a vendor's `parameter` names (`verificationCode` → `code`), or undefined. */
export function argumentOfParameter(parameter: string | null | undefined): string | undefined {
  if (!parameter) return undefined;
  return Object.hasOwn(ARGUMENT_OF_PARAMETER, parameter) ? ARGUMENT_OF_PARAMETER[parameter] : undefined;
}
