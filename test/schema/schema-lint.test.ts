import path from 'node:path';
import { ROOT } from '../../scripts/contracts';
import { API_SCHEMA_FILE } from '../../scripts/schema/api-schema';
import { compareWithBaseline, findingKey, lintApiSchemaFile, lintSchema, readBaseline, type LintFinding } from '../../scripts/schema/lint';

/**
 * Issue 19 item 8: one naming convention, descriptions and the Relay connection spec, enforced by
 * @graphql-eslint's schema rules (eslint.config.js) over the API schema clients see. Today's
 * violations are a reviewed baseline (schema/lint-baseline.txt) that may only shrink.
 */
describe('schema lint', () => {
  it('web/schema.graphql has no violation outside the reviewed baseline, and every baseline line still occurs', async () => {
    const { added, gone } = compareWithBaseline(await lintApiSchemaFile(API_SCHEMA_FILE), readBaseline());
    const problems: string[] = [];
    if (added.length > 0) {
      problems.push(
        `${added.length} new schema lint violation(s) in ${path.relative(ROOT, API_SCHEMA_FILE)}:`,
        ...added.map((k) => `  + ${k}`),
        'Fix the schema in the subgraph that owns it (then `npm run compose`): enum values SCREAMING_CASE,',
        'types PascalCase, fields and arguments camelCase, mutations verb-first, a description on every type',
        'and field, connections per the Relay spec. `npx eslint web/schema.graphql` shows line numbers.',
        'For an intended exception only: `npm run schema:baseline`, and say why in the commit.',
      );
    }
    if (gone.length > 0) {
      problems.push(
        `${gone.length} baseline line(s) no longer occur (fixed, or the schema moved): shrink the baseline with \`npm run schema:baseline\`:`,
        ...gone.map((k) => `  - ${k}`),
      );
    }
    if (problems.length > 0) throw new Error(problems.join('\n'));
  });

  it('finds what issue 19 names, by schema coordinate: lower-case enum values, a noun-first mutation, undescribed fields, a connection off the Relay spec', async () => {
    const findings = await lintSchema(`
      "Zones."
      enum Zone { ru KZ }
      "An app."
      type App { "Its id." id: ID! name: String! }
      "Apps, a page at a time."
      type AppConnection { "The page." edges: [AppEdge!]! }
      "One app."
      type AppEdge { "The cursor." cursor: String! "The app." node: App! }
      "Queries."
      type Query { "Apps." apps(first: Int, after: String): AppConnection! }
      "Mutations."
      type Mutation { "Creates a call." phoneCreateCall(number: String!): App "Creates an app." createApp(name: String!): App }
    `);
    const at = (f: LintFinding) => `${f.rule} ${f.coordinate}`;
    expect(findings.map(at)).toEqual(
      expect.arrayContaining([
        'naming-convention Zone.ru',
        'naming-convention Mutation.phoneCreateCall',
        'require-description App.name',
        'relay-connection-types AppConnection',
        'relay-arguments Query.apps',
      ]),
    );
    expect(findings.map(at)).not.toContain('naming-convention Zone.KZ');
    expect(findings.map(at)).not.toContain('naming-convention Mutation.createApp');
    expect(findings.map(at)).not.toContain('require-description App.id');
  });

  it('finds nothing in a schema that follows the conventions', async () => {
    const findings = await lintSchema(`
      "Anything fetchable by its global id."
      interface Node { "The global id." id: ID! }
      "Where an account is served."
      enum Zone { RU KZ }
      "An app."
      type App implements Node { "Its global id." id: ID! "Where it is sold." zone: Zone! }
      "Where a page of a connection stands."
      type PageInfo {
        "More after this page." hasNextPage: Boolean!
        "More before this page." hasPreviousPage: Boolean!
        "The first edge's cursor." startCursor: String
        "The last edge's cursor." endCursor: String
      }
      "Apps, a page at a time."
      type AppConnection { "The page." edges: [AppEdge!]! "Where the page stands." pageInfo: PageInfo! }
      "One app."
      type AppEdge { "The cursor." cursor: String! "The app." node: App! }
      "Queries."
      type Query { "Apps." apps(first: Int, after: String, last: Int, before: String): AppConnection! }
      "Mutations."
      type Mutation { "Hides an app." hideApp(id: ID!): App }
    `);
    expect(findings.map(findingKey)).toEqual([]);
  });

  it('lints each schema against its own types; outside jest, where graphql-eslint caches the first schema, it refuses a second', async () => {
    const unreachable = async (sdl: string) => (await lintSchema(sdl)).filter((f) => f.rule === 'no-unreachable-types').map((f) => f.coordinate);
    expect(await unreachable('"Queries." type Query { "A." a: Int } "Unused." type Viewer { "Its id." id: ID! }')).toEqual(['Viewer']);
    const viewer = '"Queries." type Query { "B." b: Viewer } "Who asks." type Viewer { "Their id." id: ID! }';
    expect(await unreachable(viewer)).toEqual([]);
    const previous = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await lintSchema('"Queries." type Query { "A." a: Int }');
      await expect(lintSchema(viewer)).rejects.toThrow('one schema per process');
    } finally {
      process.env.NODE_ENV = previous;
    }
  });

  it('compares findings with the baseline both ways', () => {
    const finding = (coordinate: string): LintFinding => ({ rule: 'naming-convention', coordinate, message: 'm' });
    const baseline = [findingKey(finding('Zone.ru')), findingKey(finding('Zone.kz'))];
    expect(compareWithBaseline([finding('Zone.ru'), finding('Zone.by')], baseline)).toEqual({
      added: ['naming-convention | Zone.by | m'],
      gone: ['naming-convention | Zone.kz | m'],
    });
  });
});
