import { DomainError } from '@appmarket/core';
import { buildSchema, graphql } from 'graphql';
import { applyInputBounds, int, list, longText, opaqueId, shaped, text, url } from '../input-bounds';

/** The shared argument check: each bound's refusal, its code and the argument's path. */
describe('input bounds', () => {
  const built = buildSchema(`
    type Query {
      echo(name: String!, note: String, body: String, first: Int, ratio: Float, id: ID, vendorId: ID, link: String, month: String, input: In): String
    }
    input In { tags: [String!], ids: [ID!], items: [Item!] }
    input Item { qty: Int! }
  `);
  built.getQueryType()!.getFields().echo!.resolve = () => 'ran';
  const schema = applyInputBounds(built, {
    'Query.echo(name:)': text(5),
    'Query.echo(note:)': text(5),
    'Query.echo(body:)': longText(50),
    'Query.echo(first:)': int(1, 100),
    'Query.echo(ratio:)': { kind: 'float', min: 0, max: 1 },
    'Query.echo(vendorId:)': opaqueId(8),
    'Query.echo(link:)': url(40),
    'Query.echo(month:)': shaped(7, /^\d{4}-\d{2}$/, 'a month YYYY-MM', '2026-11'),
    'In.tags': list(2, text(3)),
    'In.ids': list(3),
    'In.items': list(2),
    'Item.qty': int(1, 9),
  });

  const run = async (args: string) => {
    const result = await graphql({ schema, source: `{ echo(name: "ok" ${args}) }` });
    const error = result.errors?.[0];
    if (!error) return { data: result.data?.echo };
    const original = error.originalError as DomainError;
    return { code: original.code, field: original.details.field };
  };

  it.each([
    ['', { data: 'ran' }],
    [', note: "", body: "a\\nb\\tc", first: 100, ratio: 0.5, id: "6f1c1e1e-0c4b-4c1e-9c1e-1e1e1e1e1e1e", vendorId: "cust-1"', { data: 'ran' }],
    [', link: "https://cdn.example.com/i.png", month: "2026-11", input: { tags: ["a"], ids: [], items: [{ qty: 9 }] }', { data: 'ran' }],
    [', note: "123456"', { code: 'INPUT_TOO_LONG', field: 'note' }],
    [', note: "a\\u0000"', { code: 'INPUT_INVALID_TEXT', field: 'note' }],
    [', note: "a\\nb"', { code: 'INPUT_INVALID_TEXT', field: 'note' }],
    [', body: "a\\u0007"', { code: 'INPUT_INVALID_TEXT', field: 'body' }],
    [', first: 0', { code: 'INPUT_OUT_OF_RANGE', field: 'first' }],
    [', first: 101', { code: 'INPUT_OUT_OF_RANGE', field: 'first' }],
    [', ratio: 1.5', { code: 'INPUT_OUT_OF_RANGE', field: 'ratio' }],
    [', id: "1"', { code: 'INPUT_INVALID_ID', field: 'id' }],
    [', vendorId: "a b"', { code: 'INPUT_INVALID_ID', field: 'vendorId' }],
    [', vendorId: "123456789"', { code: 'INPUT_INVALID_ID', field: 'vendorId' }],
    [', link: "javascript:alert(1)"', { code: 'INPUT_INVALID_URL', field: 'link' }],
    [', link: "http://cdn.example.com/i.png"', { code: 'INPUT_INVALID_URL', field: 'link' }],
    [', link: "https://user:pw@cdn.example.com/"', { code: 'INPUT_INVALID_URL', field: 'link' }],
    [', month: "2026-1"', { code: 'INPUT_INVALID_FORMAT', field: 'month' }],
    [', input: { tags: ["a", "b", "c"] }', { code: 'INPUT_TOO_MANY_ITEMS', field: 'input.tags' }],
    [', input: { tags: ["a", "long"] }', { code: 'INPUT_TOO_LONG', field: 'input.tags[1]' }],
    [', input: { tags: [" "] }', { code: 'INPUT_BLANK', field: 'input.tags[0]' }],
    [', input: { ids: ["6f1c1e1e-0c4b-4c1e-9c1e-1e1e1e1e1e1e", "x"] }', { code: 'INPUT_INVALID_ID', field: 'input.ids[1]' }],
    [', input: { items: [{ qty: 1 }, { qty: 10 }] }', { code: 'INPUT_OUT_OF_RANGE', field: 'input.items[1].qty' }],
  ])('echo(name: "ok"%s) → %j', async (args, expected) => {
    expect(await run(args)).toEqual(expected);
  });

  it('refuses a blank required string and counts characters, not UTF-16 units', async () => {
    expect(await graphql({ schema, source: '{ echo(name: "  ") }' }).then((r) => (r.errors?.[0]?.originalError as DomainError).code)).toBe('INPUT_BLANK');
    expect((await graphql({ schema, source: '{ echo(name: "😀😀😀😀😀") }' })).data?.echo).toBe('ran');
  });

  it('refuses a lone surrogate (only JSON variables can carry one; PostgreSQL could not store it)', async () => {
    const result = await graphql({ schema, source: 'query ($n: String) { echo(name: "ok", note: $n) }', variableValues: { n: 'a\ud800' } });
    expect((result.errors?.[0]?.originalError as DomainError).code).toBe('INPUT_INVALID_TEXT');
  });
});
