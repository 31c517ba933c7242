// @ts-check
/**
 * ESLint (flat config) for the API schema only: @graphql-eslint's schema rules for issue 19's one
 * naming convention, descriptions and the Relay connection specification. `npm test` runs it
 * through test/schema/schema-lint.test.ts against a reviewed baseline (schema/lint-baseline.json);
 * `npx eslint web/schema.graphql` shows the same findings with line numbers.
 */
const path = require('node:path');
const graphql = require('@graphql-eslint/eslint-plugin');

/** Mutations start with a verb: `createApp`, not `appCreate` or `phoneCreateCall`. */
const MUTATION_VERBS = [
  'activate', 'add', 'approve', 'archive', 'assign', 'attach', 'buy', 'cancel', 'change', 'confirm',
  'connect', 'create', 'deactivate', 'decline', 'delete', 'detach', 'disable', 'disconnect', 'enable',
  'end', 'extend', 'grant', 'hide', 'import', 'install', 'issue', 'link', 'mark', 'move', 'open', 'pay',
  'provision', 'publish', 'recalculate', 'record', 'refund', 'regenerate', 'register', 'reinstall',
  'reject', 'remove', 'rename', 'renew', 'reorder', 'replace', 'report', 'request', 'reset', 'restore',
  'resume', 'retry', 'return', 'revoke', 'rotate', 'send', 'set', 'show', 'start', 'stop', 'submit',
  'suspend', 'unassign', 'uninstall', 'unlink', 'unpublish', 'update', 'upload', 'verify',
];

/** The schema rules; scripts/schema/lint.ts applies them to any SDL (the tests' fixtures too). */
const schemaRules = {
  '@graphql-eslint/naming-convention': [
    'error',
    {
      types: 'PascalCase',
      FieldDefinition: 'camelCase',
      InputValueDefinition: 'camelCase',
      Argument: 'camelCase',
      EnumValueDefinition: 'UPPER_CASE',
      'FieldDefinition[parent.name.value=Query]': { forbiddenPatterns: [/^(query|get)/i, /query$/i] },
      'FieldDefinition[parent.name.value=Mutation]': {
        requiredPattern: new RegExp(`^(${MUTATION_VERBS.join('|')})([A-Z]|$)`),
      },
    },
  ],
  '@graphql-eslint/require-description': [
    'error',
    {
      types: true,
      FieldDefinition: true,
      rootField: true,
    },
  ],
  '@graphql-eslint/relay-connection-types': 'error',
  // Plain lists stay allowed here: bounded ones (permissions, screenshots) are right as lists,
  // and which lists can grow is issue 19 item 4's judgement, not a lint rule's.
  '@graphql-eslint/relay-edge-types': ['error', { listTypeCanWrapOnlyEdgeType: false }],
  '@graphql-eslint/relay-page-info': 'error',
  '@graphql-eslint/relay-arguments': ['error', { includeBoth: true }],
  '@graphql-eslint/require-deprecation-reason': 'error',
  '@graphql-eslint/no-hashtag-description': 'error',
  '@graphql-eslint/no-unreachable-types': 'error',
};

/**
 * A flat config that lints `files` as schema SDL. `parserOptions` names the schema the rules
 * resolve types in: `{ graphQLConfig: { schema: path } }`, or `{ schemaSdl: text }` (no
 * graphql-config, whose loaded schema is cached per process outside jest).
 */
function schemaLintConfig(files, parserOptions) {
  return {
    files,
    languageOptions: { parser: graphql.parser, parserOptions },
    plugins: { '@graphql-eslint': graphql },
    rules: schemaRules,
  };
}

module.exports = [
  schemaLintConfig(['web/schema.graphql'], { graphQLConfig: { schema: path.join(__dirname, 'web', 'schema.graphql') } }),
];
module.exports.schemaLintConfig = schemaLintConfig;
