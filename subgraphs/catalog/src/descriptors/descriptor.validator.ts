import { DomainError, HOST_API_ENTITIES, isKnownDescriptorEntity, KNOWN_PERMISSION_ENTITIES, Refusals, unknownDescriptorEntityMessage } from '@appmarket/core';
import { checkOutboundUrl, EgressError, MAX_OUTBOUND_URL_LENGTH, STRICT_EGRESS, type EgressPolicy } from '@appmarket/egress';
import { AppType } from '../apps/app.enums';
import { CAPABILITIES } from '../apps/app.capabilities';
import { AccessScope, PermissionOperation, type AccessBlock, type VendorApiBlock } from './descriptor.types';
import { parseXml, type XmlElement } from './xml-tree';

export const DESCRIPTOR_V2_NAMESPACE = 'https://apps-api.moysklad.ru/xml/ns/appstore/app/v2';

const BLOCKS = ['vendorApi', 'access', 'iframes', 'iframe', 'widgets', 'popups', 'buttons', 'loyaltyApi'] as const;
const FLAGS = ['viewDashboard', 'viewAudit', 'useOwnWebhooks', 'useAllWebhooks'];
const OPERATIONS: Record<string, PermissionOperation> = {
  view: PermissionOperation.VIEW, create: PermissionOperation.CREATE, update: PermissionOperation.UPDATE,
  delete: PermissionOperation.DELETE, print: PermissionOperation.PRINT, approve: PermissionOperation.APPROVE,
};

export interface ValidDescriptor {
  access: AccessBlock | null;
  vendorApi: VendorApiBlock | null;
}

/** Where a refusal points: an element's path (or a path below it) and the line its start tag is on. */
interface Where {
  path: string;
  line: number;
}

const at = (element: XmlElement, below?: string): Where => ({ path: below ? `${element.path}/${below}` : element.path, line: element.line });

/**
 * A refusal that names the element, its line and the reason. `field: 'xml'` puts it next to the
 * descriptor field of a form (issue 19, item 2); `element` and `line` say where inside it.
 */
function refuse(code: string, where: Where, reason: string, details: Record<string, unknown> = {}): never {
  throw new DomainError(code, `descriptor element <${where.path}> (line ${where.line}): ${reason}`, {
    field: 'xml', element: where.path, line: where.line, reason, ...details,
  });
}

/**
 * Parses (safely) and validates a v2 descriptor for an app of `type`; returns what installs use.
 * `policy` decides which URLs may be named: `endpointBase` is called by our servers, so it must
 * pass the outbound check (https, a public host; docs/vendor-api.md, "Outbound calls"); page
 * URLs (iframes, widgets) are loaded by the user's browser and only need https.
 */
export function validateDescriptor(xml: string, type: AppType, policy: EgressPolicy = STRICT_EGRESS): ValidDescriptor {
  const root = parseXml(xml);
  if (root.name !== 'ServerApplication' || root.uri !== DESCRIPTOR_V2_NAMESPACE) {
    refuse('DESCRIPTOR_WRONG_ROOT', at(root), `the root must be ServerApplication in the namespace ${DESCRIPTOR_V2_NAMESPACE}`);
  }
  // Past the root, each block (and each iframe, widget and permission) is checked on its own, and
  // every problem is reported at once: a vendor fixes the whole descriptor in one round.
  const refusals = new Refusals();
  const blocks = new Map<string, XmlElement>();
  for (const child of root.children) {
    refusals.check(() => {
      if (child.uri !== DESCRIPTOR_V2_NAMESPACE || !(BLOCKS as readonly string[]).includes(child.name)) {
        refuse('DESCRIPTOR_UNKNOWN_ELEMENT', at(child), 'not a descriptor v2 block');
      }
      if (blocks.has(child.name)) refuse('DESCRIPTOR_DUPLICATE_ELEMENT', at(child), 'may appear only once');
      blocks.set(child.name, child);
    });
  }
  const capabilities = CAPABILITIES[type];
  // TY-3: which blocks a type needs and which it may not have.
  const required = (name: string, needed: boolean, reason: string) => refusals.check(() => {
    if (needed && !blocks.has(name)) refuse('DESCRIPTOR_MISSING_ELEMENT', at(root, name), reason);
  });
  const forbidden = (name: string, allowed: boolean) => refusals.check(() => {
    const block = blocks.get(name);
    if (block && !allowed) refuse('DESCRIPTOR_FORBIDDEN_ELEMENT', at(block), `not allowed for ${type} apps (TY-3)`);
  });
  required('vendorApi', type === AppType.SERVER, 'required for SERVER apps');
  forbidden('vendorApi', capabilities.vendorApiActivation);
  forbidden('access', capabilities.jsonApiToken);
  forbidden('widgets', capabilities.widgets);
  for (const ui of ['iframes', 'iframe', 'popups', 'buttons']) forbidden(ui, capabilities.iframeTab);
  required('loyaltyApi', type === AppType.LOYALTY, 'required for LOYALTY apps');
  forbidden('loyaltyApi', capabilities.loyaltyApi);

  const checkUrl = (value: string, where: Where) => checkPageUrl(value, where, policy);
  const iframes = blocks.get('iframes');
  if (iframes) checkIframes(iframes, checkUrl, refusals);
  const legacyIframe = blocks.get('iframe');
  if (legacyIframe) refusals.check(() => void checkUrl(childText(legacyIframe, 'sourceUrl', true)!, at(legacyIframe, 'sourceUrl')));
  const widgets = blocks.get('widgets');
  for (const widget of widgets?.children ?? []) refusals.check(() => void checkUrl(childText(widget, 'sourceUrl', true)!, at(widget, 'sourceUrl')));
  const vendorApiBlock = blocks.get('vendorApi');
  const accessBlock = blocks.get('access');
  let vendorApi: VendorApiBlock | null = null;
  let access: AccessBlock | null = null;
  if (vendorApiBlock) refusals.check(() => void (vendorApi = parseVendorApi(vendorApiBlock, policy)));
  if (accessBlock) refusals.check(() => void (access = parseAccess(accessBlock, refusals)));
  refusals.throwIfAny();
  return { vendorApi, access };
}

function childText(element: XmlElement, name: string, required: boolean): string | undefined {
  const child = element.children.find((c) => c.name === name);
  const value = child?.text.trim();
  if (!value) {
    if (required) refuse('DESCRIPTOR_MISSING_ELEMENT', at(element, name), 'required');
    return undefined;
  }
  return value;
}

/** A page the user's browser loads: an absolute https URL (http where EGRESS_ALLOW_HTTP is on), bounded. */
function checkPageUrl(value: string, where: Where, policy: EgressPolicy): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    refuse('DESCRIPTOR_INVALID_VALUE', where, `not a URL: ${value.slice(0, 200)}`);
  }
  if (value.length > MAX_OUTBOUND_URL_LENGTH) refuse('DESCRIPTOR_INVALID_VALUE', where, `longer than ${MAX_OUTBOUND_URL_LENGTH} characters`);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && policy.allowHttp)) {
    refuse('DESCRIPTOR_URL_NOT_HTTPS', where, `must be an https URL, but got: ${value.slice(0, 200)}`);
  }
  return value;
}

/**
 * The Vendor API base our servers call: the outbound check of packages/egress (scheme, length,
 * no credentials, no loopback/private/link-local/… literal address in any notation, no local-only
 * host name). Its code names the reason, the message the element.
 */
function checkEndpointUrl(value: string, where: Where, policy: EgressPolicy): string {
  try {
    checkOutboundUrl(value, policy, 'endpointBase');
  } catch (error) {
    if (!(error instanceof EgressError)) throw error;
    const code = error.code === 'OUTBOUND_URL_NOT_HTTPS' ? 'DESCRIPTOR_URL_NOT_HTTPS'
      : error.code === 'OUTBOUND_URL_FORBIDDEN_HOST' ? 'DESCRIPTOR_URL_FORBIDDEN_HOST' : 'DESCRIPTOR_INVALID_VALUE';
    refuse(code, where, error.message);
  }
  return value;
}

function checkIframes(iframes: XmlElement, checkUrl: (value: string, where: Where) => string, refusals: Refusals): void {
  for (const iframe of iframes.children) {
    refusals.check(() => {
      if (iframe.name !== 'iframe') refuse('DESCRIPTOR_UNKNOWN_ELEMENT', at(iframe), 'iframes holds iframe elements only');
    });
    if (iframe.name !== 'iframe') continue;
    refusals.check(() => {
      const kind = iframe.attributes.type;
      if (kind !== undefined && !['main', 'chat', 'mobile'].includes(kind)) {
        refuse('DESCRIPTOR_INVALID_VALUE', at(iframe, '@type'), `must be main, chat or mobile, but got: ${kind}`);
      }
    });
    refusals.check(() => {
      const source = iframe.attributes.sourceUrl ?? childText(iframe, 'sourceUrl', false);
      if (!source) refuse('DESCRIPTOR_MISSING_ELEMENT', at(iframe, '@sourceUrl'), 'required');
      checkUrl(source, at(iframe, '@sourceUrl'));
    });
  }
}

function parseVendorApi(block: XmlElement, policy: EgressPolicy): VendorApiBlock {
  for (const child of block.children) {
    if (child.name !== 'endpointBase' && child.name !== 'additionalEvents') refuse('DESCRIPTOR_UNKNOWN_ELEMENT', at(child), 'not part of vendorApi');
  }
  const endpoint = block.children.find((c) => c.name === 'endpointBase');
  const endpointBase = checkEndpointUrl(childText(block, 'endpointBase', true)!, endpoint ? at(endpoint) : at(block, 'endpointBase'), policy);
  const events = block.children.find((c) => c.name === 'additionalEvents');
  const additionalEvents = events
    ? events.children.length > 0 ? events.children.map((e) => e.name) : events.text.split(/[\s,]+/).filter(Boolean)
    : [];
  return { endpointBase, additionalEvents };
}

/** AR-1: admin or custom; for custom, the entities with their operations and the flags (each entity's problems kept in `refusals`). */
function parseAccess(block: XmlElement, refusals: Refusals): AccessBlock {
  for (const child of block.children) {
    if (!['resource', 'scope', 'permissions'].includes(child.name)) refuse('DESCRIPTOR_UNKNOWN_ELEMENT', at(child), 'not part of access');
  }
  childText(block, 'resource', true);
  const scopeText = childText(block, 'scope', true)!;
  const scope = block.children.find((c) => c.name === 'scope')!;
  if (scopeText !== 'admin' && scopeText !== 'custom') refuse('DESCRIPTOR_INVALID_VALUE', at(scope), `must be admin or custom, but got: ${scopeText}`);
  const permissions = block.children.find((c) => c.name === 'permissions');
  if (scopeText === 'admin') {
    if (permissions) refuse('DESCRIPTOR_FORBIDDEN_ELEMENT', at(permissions), 'only a custom scope lists permissions');
    return { scope: AccessScope.ADMIN, permissions: [], flags: [] };
  }
  if (!permissions) refuse('DESCRIPTOR_MISSING_ELEMENT', at(block, 'permissions'), 'required for a custom scope');
  const result: AccessBlock = { scope: AccessScope.CUSTOM, permissions: [], flags: [] };
  for (const item of permissions.children) {
    if (FLAGS.includes(item.name)) {
      result.flags.push(item.name);
      continue;
    }
    refusals.check(() => {
      if (!/^[a-z][A-Za-z0-9]*$/.test(item.name)) refuse('DESCRIPTOR_UNKNOWN_ELEMENT', at(item), 'an entity tag is camelCase');
      // AR-1: an entity must mean something — guarded by the platform, or one of the host JSON API the
      // token is for — or the declared permission would be a promise of nothing.
      if (!isKnownDescriptorEntity(item.name)) {
        refuse('DESCRIPTOR_UNKNOWN_ENTITY', at(item), unknownDescriptorEntityMessage(item.name), {
          entity: item.name, knownEntities: [...KNOWN_PERMISSION_ENTITIES, ...HOST_API_ENTITIES],
        });
      }
      result.permissions.push({ entity: item.name, operations: parseOperations(item) });
    });
  }
  if (result.flags.includes('useOwnWebhooks') && result.flags.includes('useAllWebhooks')) {
    const both = permissions.children.find((c) => c.name === 'useAllWebhooks')!;
    refuse('DESCRIPTOR_INVALID_VALUE', at(both), 'useOwnWebhooks and useAllWebhooks exclude each other');
  }
  return result;
}

function parseOperations(entity: XmlElement): PermissionOperation[] {
  const operations = new Set<PermissionOperation>();
  for (const op of entity.children) {
    const operation = OPERATIONS[op.name];
    if (!operation) refuse('DESCRIPTOR_UNKNOWN_ELEMENT', at(op), 'an operation is view, create, update, delete, print or approve');
    operations.add(operation);
  }
  if (operations.size === 0) refuse('DESCRIPTOR_MISSING_ELEMENT', at(entity, 'view'), 'an entity lists at least one operation');
  if (!operations.has(PermissionOperation.VIEW)) {
    refuse('DESCRIPTOR_PERMISSION_VIEW_REQUIRED', at(entity), 'view is required whenever another operation is present');
  }
  if (operations.has(PermissionOperation.DELETE) && !operations.has(PermissionOperation.UPDATE)) {
    refuse('DESCRIPTOR_PERMISSION_DELETE_REQUIRES_UPDATE', at(entity), 'delete requires update');
  }
  return Object.values(OPERATIONS).filter((o) => operations.has(o));
}
