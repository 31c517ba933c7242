import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

/**
 * Static limits on an operation, checked before planning: nesting depth, number of aliases, and
 * an estimated cost (each field 1, times the page sizes of the lists around it: a field's
 * `first` argument, or `defaultListSize` for a list field without one).
 */
export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  defaultListSize?: number;
}

export interface OperationMeasure {
  depth: number;
  aliases: number;
  cost: number;
}

export function measureOperation(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
  defaultListSize = 20,
): OperationMeasure {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  let aliases = 0;
  let depth = 0;
  const countedAliases = new Set<unknown>();
  const walk = (set: SelectionSetNode, level: number, multiplier: number, seen: Set<string>): number => {
    let cost = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.alias && !countedAliases.has(selection)) {
          countedAliases.add(selection);
          aliases++;
        }
        if (selection.name.value.startsWith('__')) continue;
        depth = Math.max(depth, level);
        cost += multiplier;
        if (selection.selectionSet) {
          const first = selection.arguments?.find((a) => a.name.value === 'first' || a.name.value === 'last');
          const size = first ? numberOf(first.value, variables) ?? defaultListSize : 1;
          cost += walk(selection.selectionSet, level + 1, multiplier * Math.max(1, size), seen);
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        cost += walk(selection.selectionSet, level, multiplier, seen);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || seen.has(name)) continue; // cycles are a validation error anyway
        cost += walk(fragment.selectionSet, level, multiplier, new Set([...seen, name]));
      }
    }
    return cost;
  };
  const cost = walk(operation.selectionSet, 1, 1, new Set());
  return { depth, aliases, cost };
}

function numberOf(value: ValueNode, variables: Record<string, unknown>): number | undefined {
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind === Kind.VARIABLE) {
    const v = variables[value.name.value];
    return typeof v === 'number' ? v : undefined;
  }
  return undefined;
}

/** Throws the first limit the operation breaks, with its own code. */
export function enforceLimits(measure: OperationMeasure, limits: OperationLimits): void {
  const refuse = (code: string, message: string, extra: Record<string, unknown>) => {
    throw new GraphQLError(message, { extensions: { code, http: { status: 400 }, ...extra } });
  };
  if (measure.depth > limits.maxDepth) {
    refuse('MAX_DEPTH_EXCEEDED', `The operation is ${measure.depth} levels deep; at most ${limits.maxDepth} are allowed.`, { depth: measure.depth, limit: limits.maxDepth });
  }
  if (measure.aliases > limits.maxAliases) {
    refuse('MAX_ALIASES_EXCEEDED', `The operation uses ${measure.aliases} aliases; at most ${limits.maxAliases} are allowed.`, { aliases: measure.aliases, limit: limits.maxAliases });
  }
  if (measure.cost > limits.maxCost) {
    refuse('COST_LIMIT_EXCEEDED', `The operation's estimated cost is ${measure.cost}; at most ${limits.maxCost} is allowed.`, { cost: measure.cost, limit: limits.maxCost });
  }
}
