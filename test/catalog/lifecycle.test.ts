import { makeApp, makeVendor } from '../support/factories';
import { asModerator, asVendor, createApp, dataOf, errorCode, gql, publish } from '../support/catalog-factories';
import { startTestStack, type TestStack } from '../support/stack';

/** Lifecycle and moderation: LC-1..LC-4, each transition recorded and queryable. */
describe('catalog: lifecycle and moderation', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(() => stack?.stop());
  const catalog = () => stack.dataSources.catalog!;
  const act = (identity: Parameters<typeof gql>[1], mutation: string, id: string, reason?: string) =>
    gql(stack, identity, `mutation ($id: ID!${reason !== undefined ? ', $reason: String!' : ''}) { ${mutation}(id: $id${reason !== undefined ? ', reason: $reason' : ''}) { app { status } userErrors { field message code } } }`,
      { id, ...(reason !== undefined && { reason }) });
  const statusOf = async (id: string) => dataOf(await gql(stack, asModerator, `query ($id: ID!) { vendorApp(id: $id) { status } }`, { id })).vendorApp.status;

  it('LC-1, LC-2: DRAFT → READY (vendor) → PUBLISHED (moderator), every transition recorded with who, when, from, to', async () => {
    const vendor = await makeVendor(catalog());
    const { id } = await createApp(stack, vendor);
    stack.clock.set('2026-11-02T10:00:00Z');
    expect(dataOf(await act(asVendor(vendor), 'submitApp', id)).submitApp.app.status).toBe('READY');
    stack.clock.set('2026-11-03T10:00:00Z');
    expect(dataOf(await act(asModerator, 'publishApp', id)).publishApp.app.status).toBe('PUBLISHED');
    const { vendorApp } = dataOf(await gql(stack, asVendor(vendor), `query ($id: ID!) { vendorApp(id: $id) { publishedAt
      transitions { fromStatus toStatus actorKind actorId reason at } } }`, { id }));
    expect(vendorApp.publishedAt).toBe('2026-11-03T10:00:00.000Z');
    expect(vendorApp.transitions).toEqual([
      { fromStatus: null, toStatus: 'DRAFT', actorKind: 'VENDOR', actorId: vendor.id, reason: null, at: '2026-11-01T09:00:00.000Z' },
      { fromStatus: 'DRAFT', toStatus: 'READY', actorKind: 'VENDOR', actorId: vendor.id, reason: null, at: '2026-11-02T10:00:00.000Z' },
      { fromStatus: 'READY', toStatus: 'PUBLISHED', actorKind: 'MODERATOR', actorId: 'moderator-1', reason: null, at: '2026-11-03T10:00:00.000Z' },
    ]);
    stack.clock.set('2026-11-01T09:00:00Z');
  });

  it('LC-2: a moderator returns a READY app to DRAFT with a reason, which the vendor sees', async () => {
    const vendor = await makeVendor(catalog());
    const { id } = await createApp(stack, vendor);
    dataOf(await act(asVendor(vendor), 'submitApp', id));
    // Issue 19, item 2: the refusal is data, next to the reason field of the moderator's form.
    const blank = await act(asModerator, 'returnApp', id, '  ');
    expect(blank.body.errors).toBeUndefined();
    expect(blank.body.data).toEqual({ returnApp: { app: null, userErrors: [{ field: ['reason'], code: 'RETURN_REASON_REQUIRED', message: expect.any(String) }] } });
    expect(await statusOf(id)).toBe('READY');
    expect(dataOf(await act(asModerator, 'returnApp', id, 'Нет описания на английском')).returnApp.app.status).toBe('DRAFT');
    const { vendorApp } = dataOf(await gql(stack, asVendor(vendor), `query ($id: ID!) { vendorApp(id: $id) { transitions { toStatus reason } } }`, { id }));
    expect(vendorApp.transitions.at(-1)).toEqual({ toStatus: 'DRAFT', reason: 'Нет описания на английском' });
  });

  it('LC-2: only the vendor submits and only a moderator publishes or returns', async () => {
    const vendor = await makeVendor(catalog());
    const { id } = await createApp(stack, vendor);
    expect(errorCode(await act(asModerator, 'submitApp', id))).toBe('FORBIDDEN');
    dataOf(await act(asVendor(vendor), 'submitApp', id));
    expect(errorCode(await act(asVendor(vendor), 'publishApp', id))).toBe('FORBIDDEN');
    expect(errorCode(await act(asVendor(vendor), 'returnApp', id, 'self'))).toBe('FORBIDDEN');
    expect(await statusOf(id)).toBe('READY');
  });

  it('LC-2: invalid transitions are refused with their own codes and write nothing', async () => {
    const vendor = await makeVendor(catalog());
    const { id } = await createApp(stack, vendor);
    expect(errorCode(await act(asModerator, 'publishApp', id))).toBe('APP_NOT_READY');
    expect(errorCode(await act(asModerator, 'hideApp', id))).toBe('APP_NOT_PUBLISHED');
    expect(errorCode(await act(asModerator, 'showApp', id))).toBe('APP_NOT_HIDDEN');
    await publish(stack, vendor, id);
    expect(errorCode(await act(asVendor(vendor), 'submitApp', id))).toBe('APP_NOT_DRAFT');
    expect(errorCode(await act(asModerator, 'returnApp', id, 'late'))).toBe('APP_NOT_READY');
    expect(await statusOf(id)).toBe('PUBLISHED');
    const { vendorApp } = dataOf(await gql(stack, asModerator, `query ($id: ID!) { vendorApp(id: $id) { transitions { toStatus } } }`, { id }));
    expect(vendorApp.transitions.map((t: { toStatus: string }) => t.toStatus)).toEqual(['DRAFT', 'READY', 'PUBLISHED']);
  });

  it('LC-2: concurrent submissions of one app: one moves it, the other is refused, one transition recorded', async () => {
    const vendor = await makeVendor(catalog());
    const { id } = await createApp(stack, vendor);
    const results = await Promise.all(Array.from({ length: 4 }, () => act(asVendor(vendor), 'submitApp', id)));
    expect(results.map(errorCode).sort()).toEqual(['APP_NOT_DRAFT', 'APP_NOT_DRAFT', 'APP_NOT_DRAFT', undefined]);
    const { vendorApp } = dataOf(await gql(stack, asVendor(vendor), `query ($id: ID!) { vendorApp(id: $id) { transitions { toStatus } } }`, { id }));
    expect(vendorApp.transitions).toEqual([{ toStatus: 'DRAFT' }, { toStatus: 'READY' }]);
  });

  it('LC-2: a vendor edits content only while DRAFT', async () => {
    const vendor = await makeVendor(catalog());
    const { id } = await createApp(stack, vendor);
    dataOf(await gql(stack, asVendor(vendor), `mutation ($id: ID!) { updateApp(id: $id, input: { name: "Новое имя" }) { app { id } userErrors { code } } }`, { id }));
    dataOf(await act(asVendor(vendor), 'submitApp', id));
    const refused = await gql(stack, asVendor(vendor), `mutation ($id: ID!) { updateApp(id: $id, input: { name: "Другое" }) { app { id } userErrors { field code } } }`, { id });
    expect(refused.body.data?.updateApp).toEqual({ app: null, userErrors: [{ field: null, code: 'APP_NOT_EDITABLE' }] });
    expect(dataOf(await gql(stack, asModerator, `query ($id: ID!) { vendorApp(id: $id) { name } }`, { id })).vendorApp.name).toBe('Новое имя');
  });

  it('LC-3: a published app can be hidden and shown again, both recorded', async () => {
    const vendor = await makeVendor(catalog());
    const { id } = await createApp(stack, vendor);
    await publish(stack, vendor, id);
    expect(dataOf(await gql(stack, asVendor(vendor), `mutation ($id: ID!) { hideApp(id: $id, reason: "Переезд") { app { status } userErrors { code } } }`, { id })).hideApp.app.status).toBe('HIDDEN');
    expect(dataOf(await act(asModerator, 'showApp', id)).showApp.app.status).toBe('PUBLISHED');
    const { vendorApp } = dataOf(await gql(stack, asModerator, `query ($id: ID!) { vendorApp(id: $id) { transitions { fromStatus toStatus reason } } }`, { id }));
    expect(vendorApp.transitions.slice(-2)).toEqual([
      { fromStatus: 'PUBLISHED', toStatus: 'HIDDEN', reason: 'Переезд' },
      { fromStatus: 'HIDDEN', toStatus: 'PUBLISHED', reason: null },
    ]);
  });

  it('LC-4: only free apps can be hidden', async () => {
    const vendor = await makeVendor(catalog());
    const { id } = await createApp(stack, vendor, { priceKopecks: 100_000 });
    await publish(stack, vendor, id);
    expect(errorCode(await act(asModerator, 'hideApp', id))).toBe('ONLY_FREE_APPS_CAN_BE_HIDDEN');
    expect(await statusOf(id)).toBe('PUBLISHED');
    // and the database holds the rule too
    await expect(makeApp(catalog(), vendor, { status: 'HIDDEN' as never, priceKopecks: 50_000 })).rejects.toThrow(/apps_hidden_only_free/);
  });

  it('the transition history is the vendor’s own: another vendor is refused', async () => {
    const [mine, theirs] = [await makeVendor(catalog()), await makeVendor(catalog())];
    const { id } = await createApp(stack, mine);
    const response = await gql(stack, asVendor(theirs), `query ($id: ID!) { app(id: $id) { transitions { toStatus } } }`, { id });
    expect(errorCode(response)).toBe('NOT_FOUND'); // LC-1: another vendor's DRAFT app is not even visible
  });
});
