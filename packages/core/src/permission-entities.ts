/**
 * AR-1, AR-2, BX-8: the entities a frozen permission set (an install's, a webhook's) can name, what
 * each is, and the GraphQL types that show its data. One list: catalog refuses a descriptor naming
 * anything else, accounts a webhook; a test checks that every `@requiresPermission(entity: …)` in
 * the supergraph names one of these, that each guards at least one field, and that a field showing
 * one of an entity's types is guarded by that entity (docs/permissions.md is generated from both).
 */
export const PERMISSION_ENTITIES = {
  employee: { description: "The account's users (employees): names, e-mails, roles, phone extensions.", shows: ['User'] },
  phonecall: { description: "The account's phone calls (TL-1): history, numbers, durations, recordings.", shows: ['Call'] },
  callcard: { description: 'Call cards popped for employees by the Phone API (TL-1).', shows: ['CallCard', 'CallCardChange'] },
  install: { description: "The account's installed apps: their states, frozen permissions and access lists.", shows: ['Install'] },
  billing: {
    description: 'How the account and its installs are paid for: paid-app options, subscription periods, install billing.',
    shows: ['PaidAppOptions', 'SubscriptionPeriod', 'MarketplaceSubscription', 'InstallBilling', 'InstallBillingChange'],
  },
  loyaltysettings: { description: "The connection of the account's LOYALTY app (TL-2): its server address, the token masked.", shows: ['LoyaltySettings'] },
  webhook: { description: "The account's incoming webhooks (BX-8) and the permissions chosen for them.", shows: ['IncomingWebhook'] },
  localapp: { description: "The account's local apps (BX-8).", shows: ['LocalApp'] },
} as const satisfies Record<string, { description: string; shows: readonly string[] }>;

export type PermissionEntity = keyof typeof PERMISSION_ENTITIES;
export const KNOWN_PERMISSION_ENTITIES = Object.freeze(Object.keys(PERMISSION_ENTITIES).sort()) as readonly PermissionEntity[];

/** The operations a permission grants (catalog's PermissionOperation enum has the same values). */
export const PERMISSION_OPERATIONS = ['VIEW', 'CREATE', 'UPDATE', 'DELETE', 'PRINT', 'APPROVE'] as const;
export type PermissionOperationName = (typeof PERMISSION_OPERATIONS)[number];

export function isKnownPermissionEntity(name: string): name is PermissionEntity {
  return Object.prototype.hasOwnProperty.call(PERMISSION_ENTITIES, name);
}

/** The sentence every refusal of an unknown entity carries, so callers learn what they may name. */
export function unknownEntityMessage(name: string): string {
  return `unknown entity "${name}": the platform knows ${KNOWN_PERMISSION_ENTITIES.join(', ')}`;
}

/**
 * TL-1: what the Phone API key of a TELEPHONY install may read and write. It is the capability's,
 * not a descriptor's (a TELEPHONY app has no access block and no JSON API token): calls and call
 * cards, and the employees it needs to address them.
 */
export const PHONE_API_PERMISSIONS = Object.freeze({
  scope: 'CUSTOM' as const,
  permissions: [
    { entity: 'phonecall', operations: ['VIEW', 'CREATE', 'UPDATE'] },
    { entity: 'callcard', operations: ['VIEW', 'CREATE', 'UPDATE'] },
    { entity: 'employee', operations: ['VIEW'] },
  ] satisfies { entity: PermissionEntity; operations: PermissionOperationName[] }[],
  flags: [] as string[],
});

/**
 * AR-1: a SERVER app's descriptor asks for access to the host's JSON API (the one its token's
 * `access[].resource` names), so its custom block may also name the host's own entities, in the
 * descriptor v2 spelling MoySklad vendor apps already use (`<customerOrder>`, `<counterparty>`, …).
 * The marketplace freezes them with the install and passes them on with the token; it guards only
 * the platform's entities above. Anything in neither list is refused with both lists.
 */
export const HOST_API_ENTITIES = Object.freeze([
  'bonusTransaction', 'bundle', 'cashIn', 'cashOut', 'commissionReportIn', 'commissionReportOut', 'consignment',
  'contract', 'counterparty', 'country', 'currency', 'customEntity', 'customerOrder', 'demand', 'enter', 'factureIn',
  'factureOut', 'internalOrder', 'inventory', 'invoiceIn', 'invoiceOut', 'loss', 'move', 'organization', 'paymentIn',
  'paymentOut', 'prepayment', 'prepaymentReturn', 'priceList', 'processing', 'processingOrder', 'processingPlan',
  'product', 'project', 'purchaseOrder', 'purchaseReturn', 'retailDemand', 'retailDrawerCashIn', 'retailDrawerCashOut',
  'retailSalesReturn', 'retailShift', 'retailStore', 'salesReturn', 'service', 'store', 'supply', 'task', 'uom', 'variant',
] as const);

const HOST_API_ENTITY_SET: ReadonlySet<string> = new Set(HOST_API_ENTITIES);

/** A descriptor's custom block may name the platform's entities and the host JSON API's. */
export function isKnownDescriptorEntity(name: string): boolean {
  return isKnownPermissionEntity(name) || HOST_API_ENTITY_SET.has(name);
}

export function unknownDescriptorEntityMessage(name: string): string {
  return `${unknownEntityMessage(name)}, and of the host's JSON API ${HOST_API_ENTITIES.join(', ')}`;
}
