import { statusOf } from '@appmarket/core';
import { GraphQLError, Kind, Lexer, parse, Source, TokenKind, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { GatewayErrorCodes } from '../error-codes';
import { measureCost, measureRepeatedFields, measureStructure, type WorkCounter } from './measure';

/**
 * The limits one GraphQL request must keep (docs/gateway.md, "Limits"). Checked in this order,
 * each cheap before the next: tokens (before parsing), then how the document is built, then its
 * cost with the request's variables. A refusal names its code, the measured value and the limit.
 */
export interface OperationLimits {
  maxTokens: number;
  maxFragments: number;
  maxDirectives: number;
  maxSelections: number;
  maxDepth: number;
  maxAliases: number;
  maxRepeatedFields: number;
  maxCost: number;
  /** The page size assumed for `first`/`last` given as null or a variable without value or default. */
  defaultListSize?: number;
}

export const DEFAULT_OPERATION_LIMITS: OperationLimits = {
  maxTokens: 2_000,
  maxFragments: 30,
  maxDirectives: 5,
  maxSelections: 1_000,
  maxDepth: 12,
  maxAliases: 30,
  maxRepeatedFields: 10,
  maxCost: 20_000,
  defaultListSize: 20,
};

type Measured = 'tokens' | 'fragments' | 'directives' | 'selections' | 'depth' | 'aliases' | 'repeatedFields' | 'cost';

interface LimitRule {
  measure: Measured;
  limit: Exclude<keyof OperationLimits, 'defaultListSize'>;
  code: keyof typeof GatewayErrorCodes;
  /** The environment variable that sets it (config.ts). */
  setting: string;
  message(measured: string, limit: number): string;
}

/** Every limit, in the order it is checked; docs/gateway.md's table lists the same. */
export const LIMIT_RULES: readonly LimitRule[] = [
  { measure: 'tokens', limit: 'maxTokens', code: 'MAX_TOKENS_EXCEEDED', setting: 'GATEWAY_MAX_TOKENS', message: (m, l) => `The document has ${m} tokens; at most ${l} are allowed.` },
  { measure: 'fragments', limit: 'maxFragments', code: 'MAX_FRAGMENTS_EXCEEDED', setting: 'GATEWAY_MAX_FRAGMENTS', message: (m, l) => `The document defines ${m} fragments; at most ${l} are allowed.` },
  { measure: 'directives', limit: 'maxDirectives', code: 'MAX_DIRECTIVES_EXCEEDED', setting: 'GATEWAY_MAX_DIRECTIVES', message: (m, l) => `A field carries ${m} directives; at most ${l} are allowed on one.` },
  { measure: 'selections', limit: 'maxSelections', code: 'MAX_SELECTIONS_EXCEEDED', setting: 'GATEWAY_MAX_SELECTIONS', message: (m, l) => `The operation makes ${m} selections as executed (fragments expanded); at most ${l} are allowed.` },
  { measure: 'depth', limit: 'maxDepth', code: 'MAX_DEPTH_EXCEEDED', setting: 'GATEWAY_MAX_DEPTH', message: (m, l) => `The operation is ${m} levels deep; at most ${l} are allowed.` },
  { measure: 'aliases', limit: 'maxAliases', code: 'MAX_ALIASES_EXCEEDED', setting: 'GATEWAY_MAX_ALIASES', message: (m, l) => `The operation uses ${m} aliases; at most ${l} are allowed.` },
  { measure: 'repeatedFields', limit: 'maxRepeatedFields', code: 'MAX_REPEATED_FIELDS_EXCEEDED', setting: 'GATEWAY_MAX_REPEATED_FIELDS', message: (m, l) => `One response key merges ${m} fields; at most ${l} are allowed.` },
  { measure: 'cost', limit: 'maxCost', code: 'COST_LIMIT_EXCEEDED', setting: 'GATEWAY_MAX_COST', message: (m, l) => `The operation's estimated cost is ${m}; at most ${l} is allowed.` },
];

/** A refused request: HTTP status from the catalogue (400), `extensions` name the measure and the limit. */
export class LimitExceededError extends GraphQLError {
  constructor(rule: LimitRule, measured: number, limit: number) {
    const status = statusOf(GatewayErrorCodes, rule.code, 400);
    super(rule.message(formatCount(measured), limit), {
      extensions: { code: rule.code, http: { status }, [rule.measure]: clampForJson(measured), limit },
    });
  }
}

export interface RequestShape {
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

function check(limits: OperationLimits, measure: Measured, value: number): void {
  const rule = LIMIT_RULES.find((r) => r.measure === measure)!;
  if (value > limits[rule.limit]) throw new LimitExceededError(rule, value, limits[rule.limit]);
}

/**
 * Judges the query text of a request: counts its tokens (all of them, so the refusal says how
 * many, but lexing never goes past the body limit), parses it bounded by maxTokens, and judges the
 * document. Returns the document, or undefined when it is not valid syntax (Apollo Server then
 * answers GRAPHQL_PARSE_FAILED); throws LimitExceededError.
 */
export function judgeSource(source: string, request: RequestShape, limits: OperationLimits, counter: WorkCounter = { visits: 0 }): DocumentNode | undefined {
  const judged = judgeSourceStructure(source, limits, counter);
  if (judged) judgeCost(judged.document, request, limits, counter);
  return judged?.document;
}

/** Judges a parsed document: its structure whatever the variables, then the cost of the operation the request runs. */
export function judgeDocument(document: DocumentNode, request: RequestShape, limits: OperationLimits, counter: WorkCounter = { visits: 0 }): void {
  judgeStructure(document, limits, counter);
  judgeCost(document, request, limits, counter);
}

/**
 * The part of judgeSource that depends on the text alone (tokens, syntax, structure): the same
 * for every request that sends this text (judged-sources.ts remembers it). Undefined when the text
 * is not valid syntax.
 */
export function judgeSourceStructure(source: string, limits: OperationLimits, counter: WorkCounter = { visits: 0 }): { document: DocumentNode; tokens: number } | undefined {
  const tokens = countTokens(source, counter);
  check(limits, 'tokens', tokens);
  let document: DocumentNode;
  try {
    document = parse(source, { maxTokens: limits.maxTokens, noLocation: true });
  } catch {
    return undefined;
  }
  judgeStructure(document, limits, counter);
  return { document, tokens };
}

/** How the document is built, whatever the request: every limit but cost, in their order. */
export function judgeStructure(document: DocumentNode, limits: OperationLimits, counter: WorkCounter = { visits: 0 }): void {
  const structure = measureStructure(document, counter);
  check(limits, 'fragments', structure.fragments);
  check(limits, 'directives', structure.directives);
  check(limits, 'selections', structure.selections);
  check(limits, 'depth', structure.depth);
  check(limits, 'aliases', structure.aliases);
  // Expands spreads, so only now that `selections` bounds the walk.
  check(limits, 'repeatedFields', measureRepeatedFields(document, counter));
}

/** The cost of the operation the request runs, with its variables; none to run: Apollo Server refuses it (OPERATION_RESOLUTION_FAILURE) before any cost. */
export function judgeCost(document: DocumentNode, request: RequestShape, limits: OperationLimits, counter: WorkCounter = { visits: 0 }): void {
  const operation = operationOf(document, request.operationName);
  if (operation) check(limits, 'cost', measureCost(document, operation, request.variables ?? {}, limits.defaultListSize ?? 20, counter));
}

/** The operation a request runs, as graphql-js picks it; undefined when there is none to pick. */
export function operationOf(document: DocumentNode, operationName: string | null | undefined): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (operationName) return operations.find((o) => o.name?.value === operationName);
  return operations.length === 1 ? operations[0] : undefined;
}

/** Lexical tokens of `source`; a lexing error ends the count (the parser reports it). */
export function countTokens(source: string, counter: WorkCounter = { visits: 0 }): number {
  const lexer = new Lexer(new Source(source));
  let tokens = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) tokens++;
  } catch {
    // Invalid syntax: what was counted stands.
  }
  counter.visits += tokens;
  return tokens;
}

/** Counts that doubled past what a client can read are written as powers of ten. */
function formatCount(value: number): string {
  return Number.isFinite(value) && value < 1e15 ? String(value) : value.toExponential(2);
}

function clampForJson(value: number): number {
  return Number.isFinite(value) ? value : Number.MAX_VALUE;
}
