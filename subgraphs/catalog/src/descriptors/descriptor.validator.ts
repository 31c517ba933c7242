import { DomainError, HOST_API_ENTITIES, KNOWN_PERMISSION_ENTITIES, isKnownDescriptorEntity, unknownDescriptorEntityMessage } from '@appmarket/core';
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

/** A refusal that names the element and the reason. */
function refuse(code: string, element: string, reason: string): never {
  throw new DomainError(code, `descriptor element <${element}>: ${reason}`, { element, reason });
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
    refuse('DESCRIPTOR_WRONG_ROOT', root.path, `the root must be ServerApplication in the namespace ${DESCRIPTOR_V2_NAMESPACE}`);
  }
  const blocks = new Map<string, XmlElement>();
  for (const child of root.children) {
    if (child.uri !== DESCRIPTOR_V2_NAMESPACE || !(BLOCKS as readonly string[]).includes(child.name)) {
      refuse('DESCRIPTOR_UNKNOWN_ELEMENT', child.path, 'not a descriptor v2 block');
    }
    if (blocks.has(child.name)) refuse('DESCRIPTOR_DUPLICATE_ELEMENT', child.path, 'may appear only once');
    blocks.set(child.name, child);
  }
  const capabilities = CAPABILITIES[type];
  const rootPath = root.path;
  // TY-3: which blocks a type needs and which it may not have.
  requiredIf(blocks, 'vendorApi', type === AppType.SERVER, rootPath, 'required for SERVER apps');
  forbiddenUnless(blocks, 'vendorApi', capabilities.vendorApiActivation, type);
  forbiddenUnless(blocks, 'access', capabilities.jsonApiToken, type);
  forbiddenUnless(blocks, 'widgets', capabilities.widgets, type);
  for (const ui of ['iframes', 'iframe', 'popups', 'buttons']) forbiddenUnless(blocks, ui, capabilities.iframeTab, type);
  requiredIf(blocks, 'loyaltyApi', type === AppType.LOYALTY, rootPath, 'required for LOYALTY apps');
  forbiddenUnless(blocks, 'loyaltyApi', capabilities.loyaltyApi, type);

  const checkUrl = (value: string, path: string) => checkPageUrl(value, path, policy);
  const iframes = blocks.get('iframes');
  if (iframes) checkIframes(iframes, checkUrl);
  const legacyIframe = blocks.get('iframe');
  if (legacyIframe) checkUrl(childText(legacyIframe, 'sourceUrl', true)!, `${legacyIframe.path}/sourceUrl`);
  const widgets = blocks.get('widgets');
  if (widgets) for (const widget of widgets.children) checkUrl(childText(widget, 'sourceUrl', true)!, `${widget.path}/sourceUrl`);
  const vendorApi = blocks.get('vendorApi');
  const access = blocks.get('access');
  return { vendorApi: vendorApi ? parseVendorApi(vendorApi, policy) : null, access: access ? parseAccess(access) : null };
}

function requiredIf(blocks: Map<string, XmlElement>, name: string, required: boolean, rootPath: string, reason: string): void {
  if (required && !blocks.has(name)) refuse('DESCRIPTOR_MISSING_ELEMENT', `${rootPath}/${name}`, reason);
}

function forbiddenUnless(blocks: Map<string, XmlElement>, name: string, allowed: boolean, type: AppType): void {
  const block = blocks.get(name);
  if (block && !allowed) refuse('DESCRIPTOR_FORBIDDEN_ELEMENT', block.path, `not allowed for ${type} apps (TY-3)`);
}

function childText(element: XmlElement, name: string, required: boolean): string | undefined {
  const child = element.children.find((c) => c.name === name);
  const value = child?.text.trim();
  if (!value) {
    if (required) refuse('DESCRIPTOR_MISSING_ELEMENT', `${element.path}/${name}`, 'required');
    return undefined;
  }
  return value;
}

/** A page the user's browser loads: an absolute https URL (http where EGRESS_ALLOW_HTTP is on), bounded. */
function checkPageUrl(value: string, path: string, policy: EgressPolicy): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    refuse('DESCRIPTOR_INVALID_VALUE', path, `not a URL: ${value.slice(0, 200)}`);
  }
  if (value.length > MAX_OUTBOUND_URL_LENGTH) refuse('DESCRIPTOR_INVALID_VALUE', path, `longer than ${MAX_OUTBOUND_URL_LENGTH} characters`);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && policy.allowHttp)) {
    refuse('DESCRIPTOR_URL_NOT_HTTPS', path, `must be an https URL, but got: ${value.slice(0, 200)}`);
  }
  return value;
}

/**
 * The Vendor API base our servers call: the outbound check of packages/egress (scheme, length,
 * no credentials, no loopback/private/link-local/… literal address in any notation, no local-only
 * host name). Its code names the reason, the message the element.
 */
function checkEndpointUrl(value: string, path: string, policy: EgressPolicy): string {
  try {
    checkOutboundUrl(value, policy, 'endpointBase');
  } catch (error) {
    if (!(error instanceof EgressError)) throw error;
    const code = error.code === 'OUTBOUND_URL_NOT_HTTPS' ? 'DESCRIPTOR_URL_NOT_HTTPS'
      : error.code === 'OUTBOUND_URL_FORBIDDEN_HOST' ? 'DESCRIPTOR_URL_FORBIDDEN_HOST' : 'DESCRIPTOR_INVALID_VALUE';
    refuse(code, path, error.message);
  }
  return value;
}

function checkIframes(iframes: XmlElement, checkUrl: (value: string, path: string) => string): void {
  for (const iframe of iframes.children) {
    if (iframe.name !== 'iframe') refuse('DESCRIPTOR_UNKNOWN_ELEMENT', iframe.path, 'iframes holds iframe elements only');
    const kind = iframe.attributes.type;
    if (kind !== undefined && !['main', 'chat', 'mobile'].includes(kind)) {
      refuse('DESCRIPTOR_INVALID_VALUE', `${iframe.path}/@type`, `must be main, chat or mobile, but got: ${kind}`);
    }
    const source = iframe.attributes.sourceUrl ?? childText(iframe, 'sourceUrl', false);
    if (!source) refuse('DESCRIPTOR_MISSING_ELEMENT', `${iframe.path}/@sourceUrl`, 'required');
    checkUrl(source, `${iframe.path}/@sourceUrl`);
  }
}

function parseVendorApi(block: XmlElement, policy: EgressPolicy): VendorApiBlock {
  for (const child of block.children) {
    if (child.name !== 'endpointBase' && child.name !== 'additionalEvents') refuse('DESCRIPTOR_UNKNOWN_ELEMENT', child.path, 'not part of vendorApi');
  }
  const endpointBase = checkEndpointUrl(childText(block, 'endpointBase', true)!, `${block.path}/endpointBase`, policy);
  const events = block.children.find((c) => c.name === 'additionalEvents');
  const additionalEvents = events
    ? events.children.length > 0 ? events.children.map((e) => e.name) : events.text.split(/[\s,]+/).filter(Boolean)
    : [];
  return { endpointBase, additionalEvents };
}

/** AR-1: admin or custom; for custom, the entities with their operations and the flags. */
function parseAccess(block: XmlElement): AccessBlock {
  for (const child of block.children) {
    if (!['resource', 'scope', 'permissions'].includes(child.name)) refuse('DESCRIPTOR_UNKNOWN_ELEMENT', child.path, 'not part of access');
  }
  childText(block, 'resource', true);
  const scopeText = childText(block, 'scope', true)!;
  if (scopeText !== 'admin' && scopeText !== 'custom') refuse('DESCRIPTOR_INVALID_VALUE', `${block.path}/scope`, `must be admin or custom, but got: ${scopeText}`);
  const permissions = block.children.find((c) => c.name === 'permissions');
  if (scopeText === 'admin') {
    if (permissions) refuse('DESCRIPTOR_FORBIDDEN_ELEMENT', permissions.path, 'only a custom scope lists permissions');
    return { scope: AccessScope.ADMIN, permissions: [], flags: [] };
  }
  if (!permissions) refuse('DESCRIPTOR_MISSING_ELEMENT', `${block.path}/permissions`, 'required for a custom scope');
  const result: AccessBlock = { scope: AccessScope.CUSTOM, permissions: [], flags: [] };
  for (const item of permissions.children) {
    if (FLAGS.includes(item.name)) {
      result.flags.push(item.name);
      continue;
    }
    if (!/^[a-z][A-Za-z0-9]*$/.test(item.name)) refuse('DESCRIPTOR_UNKNOWN_ELEMENT', item.path, 'an entity tag is camelCase');
    // AR-1: an entity must mean something — guarded by the platform, or one of the host JSON API the
    // token is for — or the declared permission would be a promise of nothing.
    if (!isKnownDescriptorEntity(item.name)) {
      throw new DomainError('DESCRIPTOR_UNKNOWN_ENTITY', `descriptor element <${item.path}>: ${unknownDescriptorEntityMessage(item.name)}`, {
        element: item.path, entity: item.name, knownEntities: [...KNOWN_PERMISSION_ENTITIES, ...HOST_API_ENTITIES],
      });
    }
    result.permissions.push({ entity: item.name, operations: parseOperations(item) });
  }
  if (result.flags.includes('useOwnWebhooks') && result.flags.includes('useAllWebhooks')) {
    refuse('DESCRIPTOR_INVALID_VALUE', `${permissions.path}/useAllWebhooks`, 'useOwnWebhooks and useAllWebhooks exclude each other');
  }
  return result;
}

function parseOperations(entity: XmlElement): PermissionOperation[] {
  const operations = new Set<PermissionOperation>();
  for (const op of entity.children) {
    const operation = OPERATIONS[op.name];
    if (!operation) refuse('DESCRIPTOR_UNKNOWN_ELEMENT', op.path, 'an operation is view, create, update, delete, print or approve');
    operations.add(operation);
  }
  if (operations.size === 0) refuse('DESCRIPTOR_MISSING_ELEMENT', `${entity.path}/view`, 'an entity lists at least one operation');
  if (!operations.has(PermissionOperation.VIEW)) {
    refuse('DESCRIPTOR_PERMISSION_VIEW_REQUIRED', entity.path, 'view is required whenever another operation is present');
  }
  if (operations.has(PermissionOperation.DELETE) && !operations.has(PermissionOperation.UPDATE)) {
    refuse('DESCRIPTOR_PERMISSION_DELETE_REQUIRES_UPDATE', entity.path, 'delete requires update');
  }
  return Object.values(OPERATIONS).filter((o) => operations.has(o));
}
