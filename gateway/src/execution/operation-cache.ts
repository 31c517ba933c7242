import type { Operation, Schema } from '@apollo/federation-internals';
import { Kind, type DefinitionNode, type DocumentNode, type OperationDefinitionNode } from 'graphql';

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
 * new node, and simply not found); held weakly, so an entry lives as long as its document.
 */
export function cachingOperationFromDocument(original: OperationFromDocument): OperationFromDocument {
  const bySchema = new WeakMap<Schema, WeakMap<OperationDefinitionNode, Entry>>();
  return function operationFromDocument(schema, document, options) {
    // Only the execution's call: the planner's (with an operation name) and any other caller go through.
    if (options?.validate !== false || options.operationName !== undefined) return original(schema, document, options);
    const definitions = document.definitions;
    const first = definitions[0];
    if (first?.kind !== Kind.OPERATION_DEFINITION) return original(schema, document, options);
    let entries = bySchema.get(schema);
    if (!entries) bySchema.set(schema, (entries = new WeakMap()));
    const entry = entries.get(first);
    if (entry && sameDefinitions(entry.definitions, definitions)) return entry.operation;
    const operation = original(schema, document, options);
    entries.set(first, { definitions: [...definitions], operation });
    return operation;
  };
}

function sameDefinitions(a: readonly DefinitionNode[], b: readonly DefinitionNode[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
