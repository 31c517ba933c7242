import { readFileSync } from 'node:fs';
import { applyInputBounds, inputBoundProblems } from '@appmarket/federation';
import { buildSchema } from 'graphql';
import { INPUT_BOUNDS_DOC, renderInputBoundsDoc } from '../../scripts/input-bounds';
import { SUBGRAPHS } from '../../scripts/subgraphs';

/**
 * Issue 14 item 5: every argument and input field of every subgraph is bounded by its owner
 * (packages/federation/src/input-bounds). This walk fails when one is added without a bound.
 */
describe('input bounds of every subgraph', () => {
  it.each(SUBGRAPHS.map((s) => [s.name, s] as const))('%s: every String, Int, Float and list argument or input field has a bound of its kind', async (_, subgraph) => {
    expect(inputBoundProblems(await subgraph.buildSchema())).toEqual([]);
  });

  it('the walk finds an unbounded argument, a bound of the wrong kind and a bound on nothing', () => {
    const schema = applyInputBounds(buildSchema(`
      type Query { a(s: String, n: Int, ids: [ID!], id: ID): Int }
      input I { tags: [String!]! }
      type Mutation { b(i: I!): Int }
    `), { 'Query.a(n:)': { kind: 'text', max: 1 }, 'Query.a(ids:)': { kind: 'list', maxItems: 5 }, 'Query.gone(x:)': { kind: 'id' } });
    expect(inputBoundProblems(schema)).toEqual([
      'Query.a(s:) (String) has no bound',
      'Query.a(n:) (Int) has a text bound',
      'I.tags ([String!]!) has no bound',
      'Query.gone(x:) is bounded but not in the schema',
    ]);
  });

  it('docs/INPUT-BOUNDS.md is what `npm run input-bounds` generates from the declarations', async () => {
    if (readFileSync(INPUT_BOUNDS_DOC, 'utf8') !== await renderInputBoundsDoc()) {
      throw new Error('docs/INPUT-BOUNDS.md is stale: run `npm run input-bounds` and commit it');
    }
  });
});
