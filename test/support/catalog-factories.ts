import { refusalCode, userErrorsOf } from './refusals';
import { randomUUID } from 'node:crypto';
import type { Identity } from '@appmarket/federation';
import type { Vendor } from '@appmarket/catalog/src/vendors/vendor.entity';
import { gatewayHeadersFor, subgraphHeadersFor } from './identity';
import { postGraphQL, type GraphQLResponse, type TestStack } from './stack';

/** Catalog test helpers: callers, GraphQL shortcuts and descriptor XML. */

export const V2_NS = 'https://apps-api.moysklad.ru/xml/ns/appstore/app/v2';

export const asVendor = (vendor: { id: string }): Identity => ({ kind: 'vendor', vendorId: vendor.id });
export const asModerator: Identity = { kind: 'moderator', moderatorId: 'moderator-1' };
export const asService: Identity = { kind: 'service', service: 'accounts' };
export const asAdmin = (accountId: string = randomUUID()): Identity & { kind: 'user' } =>
  ({ kind: 'user', userId: randomUUID(), accountId, role: 'ADMIN' });
export const asEmployee = (accountId: string = randomUUID()): Identity => ({ kind: 'user', userId: randomUUID(), accountId, role: 'EMPLOYEE' });

/** A request through the gateway as `identity`. */
export function gql<T = Record<string, any>>(stack: TestStack, identity: Identity | null, query: string, variables?: Record<string, unknown>) {
  return stack.query<T>(query, variables, identity ? gatewayHeadersFor(identity) : {});
}

/** A request straight to the catalog subgraph (internal fields, statement counts). */
export function catalogDirect<T = Record<string, any>>(stack: TestStack, identity: Identity | null, query: string, variables?: Record<string, unknown>) {
  return postGraphQL<T>(stack.subgraphs.catalog!.url, query, variables, identity ? subgraphHeadersFor(identity) : {});
}

/** The refusal's code, top-level or a payload's user error (test/support/refusals.ts). */
export function errorCode(response: GraphQLResponse<unknown>): string | undefined {
  return refusalCode(response.body as Parameters<typeof refusalCode>[0]);
}

export function dataOf<T>(response: GraphQLResponse<T>): T {
  if (response.body.errors) throw new Error(`unexpected errors: ${JSON.stringify(response.body.errors)}`);
  const userErrors = userErrorsOf(response.body as Parameters<typeof userErrorsOf>[0]);
  if (userErrors.length) throw new Error(`unexpected user errors: ${JSON.stringify(userErrors)}`);
  return response.body.data!;
}

export interface AppOverrides {
  alias?: string; type?: string; name?: string; nameEn?: string; shortDescription?: string; shortDescriptionEn?: string;
  description?: string; descriptionEn?: string; categories?: string[]; iconUrl?: string | null; priceKopecks?: number | null; trialDays?: number | null;
}

export const CREATE_APP = `mutation ($input: CreateAppInput!) { createApp(input: $input) { secretKey app { id alias appUid status type } userErrors { field message code } } }`;

/** Creates an app through the vendor cabinet; returns its id and the once-shown secret. */
export async function createApp(stack: TestStack, vendor: Vendor, over: AppOverrides = {}) {
  const input = { alias: `app-${randomUUID().slice(0, 8)}`, type: 'SERVER', name: 'Тестовое приложение', nameEn: 'Test app', categories: ['test'], ...over };
  await ensureCategories(stack, input.categories);
  const data = dataOf(await gql<{ createApp: { secretKey: string; app: { id: string; alias: string; appUid: string } } }>(stack, asVendor(vendor), CREATE_APP, { input }));
  return { id: data.createApp.app.id, secretKey: data.createApp.secretKey, appUid: data.createApp.app.appUid };
}

/** Categories are a controlled vocabulary: a test's own categories are added first (as a moderator would). */
export async function ensureCategories(stack: TestStack, slugs: readonly string[]): Promise<void> {
  for (const slug of slugs) {
    await stack.dataSources.catalog!.query('INSERT INTO categories (slug, name_ru, name_en) VALUES ($1, $1, $1) ON CONFLICT DO NOTHING', [slug]);
  }
}

/** Moves an app through the lifecycle as the rules allow: submit (vendor), then publish (moderator). */
export async function publish(stack: TestStack, vendor: Vendor, appId: string): Promise<void> {
  dataOf(await gql(stack, asVendor(vendor), `mutation ($id: ID!) { submitApp(id: $id) { app { id } userErrors { field message code } } }`, { id: appId }));
  dataOf(await gql(stack, asModerator, `mutation ($id: ID!) { publishApp(id: $id) { app { id } userErrors { field message code } } }`, { id: appId }));
}

export async function hide(stack: TestStack, appId: string): Promise<void> {
  dataOf(await gql(stack, asModerator, `mutation ($id: ID!) { hideApp(id: $id, reason: "test") { app { id } userErrors { field message code } } }`, { id: appId }));
}

/** Tells the catalog, as accounts would, that an account installed (or removed) an app. */
export async function recordInstall(stack: TestStack, accountId: string, appId: string, installed: boolean, version: string) {
  return catalogDirect<{ recordInstallState: boolean }>(stack, asService,
    `mutation ($a: ID!, $p: ID!, $i: Boolean!, $v: String!) { recordInstallState(accountId: $a, appId: $p, installed: $i, version: $v) }`,
    { a: accountId, p: appId, i: installed, v: version });
}

/** A v2 descriptor with the given blocks inside the root. */
export function descriptor(blocks: string, namespace = V2_NS): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<ServerApplication xmlns="${namespace}">${blocks}</ServerApplication>`;
}

export const VENDOR_API = `<vendorApi><endpointBase>https://vendor.example.com/app</endpointBase></vendorApi>`;
export const CUSTOM_ACCESS = `<access><resource>https://api.moysklad.ru/api/remap/1.2</resource><scope>custom</scope>
  <permissions><viewDashboard/><phonecall><view/><create/><update/><delete/></phonecall><employee><view/></employee></permissions></access>`;
