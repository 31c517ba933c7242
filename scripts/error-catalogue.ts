import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildASTSchema, getNamedType, isEnumType, isObjectType, parse, type GraphQLNamedType, type GraphQLSchema } from 'graphql';
import { buildErrorCatalogue, ErrorCodes, renderErrorCatalogue, type ErrorCodeOwner } from '@appmarket/core';
import { IdempotencyErrorCodes } from '@appmarket/db';
import { EgressErrorCodes } from '@appmarket/egress';
import { GatewayErrorCodes } from '@appmarket/gateway/src/error-codes';
import { AccountsErrorCodes } from '../subgraphs/accounts/src/error-codes';
import { BillingErrorCodes } from '../subgraphs/billing/src/error-codes';
import { CatalogErrorCodes } from '../subgraphs/catalog/src/error-codes';
import { TelephonyErrorCodes } from '../subgraphs/telephony-loyalty/src/error-codes';
import { ROOT, SUPERGRAPH_FILE } from './contracts';

/**
 * Every owner of error codes, and the file where it declares them (one line per code). A new
 * owner is one line here; a new code is one line in its owner's file.
 */
export const ERROR_CODE_OWNERS: ErrorCodeOwner[] = [
  { owner: 'core', file: 'packages/core/src/errors.ts', codes: ErrorCodes },
  { owner: 'egress', file: 'packages/egress/src/errors.ts', codes: EgressErrorCodes },
  { owner: 'idempotency', file: 'packages/db/src/idempotency/error-codes.ts', codes: IdempotencyErrorCodes },
  { owner: 'gateway', file: 'gateway/src/error-codes.ts', codes: GatewayErrorCodes },
  { owner: 'catalog', file: 'subgraphs/catalog/src/error-codes.ts', codes: CatalogErrorCodes },
  { owner: 'accounts', file: 'subgraphs/accounts/src/error-codes.ts', codes: AccountsErrorCodes },
  { owner: 'billing', file: 'subgraphs/billing/src/error-codes.ts', codes: BillingErrorCodes },
  { owner: 'telephony-loyalty', file: 'subgraphs/telephony-loyalty/src/error-codes.ts', codes: TelephonyErrorCodes },
];

export const ERRORS_DOC = path.join(ROOT, 'docs', 'ERRORS.md');

/** docs/ERRORS.md as the owners' maps make it now; throws when a code has two owners. */
export function renderErrorsDoc(supergraphSdl = readFileSync(SUPERGRAPH_FILE, 'utf8')): string {
  return [
    renderErrorCatalogue(buildErrorCatalogue(ERROR_CODE_OWNERS), ERROR_CODE_OWNERS).trimEnd(),
    '',
    ...renderUserErrors(buildASTSchema(parse(supergraphSdl), { assumeValidSDL: true })),
    '',
  ].join('\n');
}

export interface MutationUserErrors {
  mutation: string;
  payload: string;
  codes: string[];
}

/**
 * The public mutations and the codes each refuses with as data (`<Name>Payload.userErrors`, issue
 * 19): read from the composed supergraph, so the docs show what the API really answers.
 */
export function mutationUserErrors(schema: GraphQLSchema): MutationUserErrors[] {
  const mutation = schema.getMutationType();
  if (!mutation) return [];
  return Object.values(mutation.getFields())
    .filter((field) => !field.astNode?.directives?.some((d) => d.name.value === 'inaccessible'))
    .map((field) => {
      const payload = getNamedType(field.type);
      return { mutation: field.name, payload: payload.name, codes: userErrorCodesOf(payload) };
    });
}

/** The values of `<Name>UserError.code`'s enum, when the type is a payload with user errors. */
function userErrorCodesOf(payload: GraphQLNamedType): string[] {
  const errors = isObjectType(payload) ? payload.getFields().userErrors : undefined;
  const errorType = errors ? getNamedType(errors.type) : undefined;
  const code = errorType && isObjectType(errorType) ? errorType.getFields().code : undefined;
  const codeType = code ? getNamedType(code.type) : undefined;
  return codeType && isEnumType(codeType) ? codeType.getValues().map((v) => v.name) : [];
}

function renderUserErrors(schema: GraphQLSchema): string[] {
  return [
    '## User errors by mutation',
    '',
    'A refusal a form can show is data, not an error: the mutation answers HTTP 200 with its payload\'s',
    '`userErrors` (`field`: the path of the argument, `message`, `code` from the mutation\'s own',
    '`<Name>ErrorCode` enum, described above) and null results. Authentication, permissions, limits,',
    'input bounds (`INPUT_*`) and faults stay top-level errors (docs/API.md, "Errors as data").',
    '',
    '| Mutation | Payload | Codes in `userErrors` |',
    '| --- | --- | --- |',
    ...mutationUserErrors(schema).map((m) => `| \`${m.mutation}\` | \`${m.payload}\` | ${m.codes.map((c) => `\`${c}\``).join(', ') || '—'} |`),
  ];
}

// `npm run errors`: regenerates docs/ERRORS.md.
if (require.main === module) {
  try {
    writeFileSync(ERRORS_DOC, renderErrorsDoc());
    console.log(`wrote ${path.relative(ROOT, ERRORS_DOC)}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
