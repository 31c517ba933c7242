import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents from the API schema (`npm run compose` writes schema.graphql), and the persisted
 * operations manifest: every operation the app sends is known to the gateway by its hash
 * (scripts/manifest.ts turns persisted-documents.json into gateway/persisted-queries/web.json).
 */
// WEB_CODEGEN_OUT: the staleness test generates elsewhere and compares (test/web/web-artifacts.test.ts).
const out = process.env.WEB_CODEGEN_OUT ?? 'src/gql/';

const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    [out]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTimeISO: 'string' } },
    },
  },
};
export default config;
