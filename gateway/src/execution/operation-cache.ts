import type { Operation, Schema } from '@apollo/federation-internals';
import { Kind, type DefinitionNode, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { LRUCache } from 'lru-cache';

type OperationFromDocument = (schema: Schema, document: DocumentNode, options?: { operationName?: string; validate?: boolean }) => Operation;

interface Entry {
  definitions: readonly DefinitionNode[];
  operation: Operation;
}

/**
 * @apollo/gateway 2.14.4 turns every request's parsed operation into federation-internals'
 * `Operation` again before executing its plan (executeQueryPlan.js: `operationFromDocument(apiSchema,
 * { definitions: [operation, ...fragments] }, { validate: false })`), although the plan itself is
 * cached: a tree of selection sets, fields and directive applications per request, alive for the
 * whole request, so under load it is what the young generation's collections copy and promote.
 * Execution only reads it (result shaping, conditions), so one per parsed document serves every
 * request of that document. Keyed by the operation's AST node, which Apollo Server's document
 * cache hands to every request of one query text (a document the permissions plugin rewrote is a
 * new node, and simply not found).
 *
 * Bounded by itself, not only by Apollo Server's document cache, since a hostile client can send
 * distinct documents at will: at most `maxEntries` documents and `maxBytes` as estimated
 * (lru-cache, least recently used first out). An Operation weighs about 31 bytes per byte of its
 * document's text (measured: 4.7 KB for a 152-character storefront query), so the estimate is 32
 * bytes per character of the text the nodes were parsed from; a document without locations counts
 * as `maxBytes / maxEntries`.
 */
export const OPERATION_CACHE_BOUNDS = { maxEntries: 1_000, maxBytes: 16 * 1024 * 1024 };
const BYTES_PER_CHARACTER = 32;

export function cachingOperationFromDocument(original: OperationFromDocument, bounds = OPERATION_CACHE_BOUNDS): OperationFromDocument {
  const bySchema = new WeakMap<Schema, LRUCache<OperationDefinitionNode, Entry>>();
  const unknownSize = Math.max(1, Math.floor(bounds.maxBytes / bounds.maxEntries));
  return function operationFromDocument(schema, document, options) {
    // Only the execution's call: the planner's (with an operation name) and any other caller go through.
    if (options?.validate !== false || options.operationName !== undefined) return original(schema, document, options);
    const definitions = document.definitions;
    const first = definitions[0];
    if (first?.kind !== Kind.OPERATION_DEFINITION) return original(schema, document, options);
    let entries = bySchema.get(schema);
    if (!entries) bySchema.set(schema, (entries = new LRUCache({ max: bounds.maxEntries, maxSize: bounds.maxBytes })));
    const entry = entries.get(first);
    if (entry && sameDefinitions(entry.definitions, definitions)) return entry.operation;
    const operation = original(schema, document, options);
    const size = first.loc ? BYTES_PER_CHARACTER * first.loc.source.body.length : unknownSize;
    // One heavier than the whole bound is not kept (lru-cache would drop it anyway).
    if (size <= bounds.maxBytes) entries.set(first, { definitions: [...definitions], operation }, { size: Math.max(1, size) });
    return operation;
  };
}

function sameDefinitions(a: readonly DefinitionNode[], b: readonly DefinitionNode[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
