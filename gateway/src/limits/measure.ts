import {
  Kind,
  type DefinitionNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

/**
 * What one GraphQL document asks of the gateway and the subgraphs, measured in time linear in the
 * document: each fragment is summarised once (memoised by name) and a spread adds its fragment's
 * summary, scaled by the page sizes around it, instead of walking the fragment again. A document
 * that doubles fragments (`fragment F1 on Query { ...F0 ...F0 }` … F29) is measured in a few
 * dozen steps although it would execute 2^29 fields.
 *
 * The one walk that follows spreads (`repeatedFields`, which needs the merged response tree) runs
 * only once `selections` — the fields as executed — is known to be under its limit, so it is
 * bounded by that limit. `WorkCounter` counts every node visited, so tests can assert the work
 * rather than time it.
 */
export interface WorkCounter {
  visits: number;
}

/** How the document is built, whatever the variables (document.ts checks it before cost). */
export interface StructureMeasure {
  /** Fragment definitions in the document. */
  fragments: number;
  /** The most directives on one field, fragment spread, inline fragment or definition. */
  directives: number;
  /**
   * Selections (fields, fragment spreads, inline fragments) as executed, summed over the
   * operations and over fragments no operation spreads (validation still walks them): a spread
   * counts itself and its fragment's selections each time. Not multiplied by page sizes (`cost`).
   */
  selections: number;
  /** Deepest field nesting of an operation; introspection (`__schema`, `__type`) is not counted. */
  depth: number;
  /** Aliased fields as executed, in the operation that has most. */
  aliases: number;
}

interface Summary {
  selections: number;
  aliases: number;
  depth: number;
}

const INTROSPECTION_ROOTS = new Set(['__schema', '__type']);

export function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION && !fragments.has(d.name.value)) fragments.set(d.name.value, d);
  return fragments;
}

export function measureStructure(document: DocumentNode, counter: WorkCounter = { visits: 0 }): StructureMeasure {
  const fragments = fragmentsOf(document);
  const memo = new Map<string, Summary>();
  const spread = new Set<string>();
  let directives = 0;
  const noteDirectives = (node: { directives?: readonly unknown[] }) => {
    directives = Math.max(directives, node.directives?.length ?? 0);
  };

  const fragmentSummary = (name: string): Summary => {
    const known = memo.get(name);
    if (known) return known;
    const fragment = fragments.get(name);
    // Unknown fragments and cycles are validation errors; here they add nothing.
    if (!fragment) return EMPTY;
    memo.set(name, EMPTY);
    noteDirectives(fragment);
    const summary = summarise(fragment.selectionSet);
    memo.set(name, summary);
    return summary;
  };

  const summarise = (set: SelectionSetNode): Summary => {
    let selections = 0;
    let aliases = 0;
    let depth = 0;
    for (const selection of set.selections) {
      counter.visits++;
      noteDirectives(selection);
      if (selection.kind === Kind.FIELD) {
        selections++;
        if (selection.alias) aliases++;
        const child = selection.selectionSet ? summarise(selection.selectionSet) : EMPTY;
        selections += child.selections;
        aliases += child.aliases;
        const name = selection.name.value;
        if (!INTROSPECTION_ROOTS.has(name) && name !== '__typename') depth = Math.max(depth, 1 + child.depth);
      } else {
        if (selection.kind === Kind.FRAGMENT_SPREAD) spread.add(selection.name.value);
        const child = selection.kind === Kind.INLINE_FRAGMENT ? summarise(selection.selectionSet) : fragmentSummary(selection.name.value);
        selections += 1 + child.selections;
        aliases += child.aliases;
        depth = Math.max(depth, child.depth);
      }
    }
    return { selections, aliases, depth };
  };

  let selections = 0;
  let aliases = 0;
  let depth = 0;
  for (const definition of document.definitions) {
    counter.visits++;
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    noteDirectives(definition);
    for (const variable of definition.variableDefinitions ?? []) noteDirectives(variable);
    const summary = summarise(definition.selectionSet);
    selections += summary.selections;
    aliases = Math.max(aliases, summary.aliases);
    depth = Math.max(depth, summary.depth);
  }
  // Fragments no operation spreads: validation walks them too.
  for (const name of fragments.keys()) {
    const summary = fragmentSummary(name);
    if (!spread.has(name)) selections += summary.selections;
  }
  return { fragments: countFragmentDefinitions(document.definitions), directives, selections, depth, aliases };
}

const EMPTY: Summary = Object.freeze({ selections: 0, aliases: 0, depth: 0 });

function countFragmentDefinitions(definitions: readonly DefinitionNode[]): number {
  return definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).length;
}

/**
 * The most fields GraphQL merges under one response key (same name or alias at the same place),
 * fragments expanded, over every operation and every fragment no operation spreads. Validation
 * compares merged fields pairwise (OverlappingFieldsCanBeMerged), so this bounds its work. Expands
 * spreads: call it only once `selections` is under its limit.
 */
export function measureRepeatedFields(document: DocumentNode, counter: WorkCounter = { visits: 0 }): number {
  const fragments = fragmentsOf(document);
  const spread = new Set<string>();
  let most = 0;
  const walk = (sets: SelectionSetNode[]) => {
    const merged = new Map<string, { count: number; sets: SelectionSetNode[] }>();
    const collect = (set: SelectionSetNode, path: Set<string>) => {
      for (const selection of set.selections) {
        counter.visits++;
        if (selection.kind === Kind.FIELD) {
          const key = selection.alias?.value ?? selection.name.value;
          let entry = merged.get(key);
          if (!entry) merged.set(key, (entry = { count: 0, sets: [] }));
          entry.count++;
          if (selection.selectionSet) entry.sets.push(selection.selectionSet);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          collect(selection.selectionSet, path);
        } else {
          const name = selection.name.value;
          spread.add(name);
          const fragment = fragments.get(name);
          if (!fragment || path.has(name)) continue; // unknown or cyclic: validation refuses it
          path.add(name);
          collect(fragment.selectionSet, path);
          path.delete(name);
        }
      }
    };
    for (const set of sets) collect(set, new Set());
    for (const entry of merged.values()) {
      most = Math.max(most, entry.count);
      if (entry.sets.length > 0) walk(entry.sets);
    }
  };
  for (const definition of document.definitions) if (definition.kind === Kind.OPERATION_DEFINITION) walk([definition.selectionSet]);
  for (const [name, fragment] of fragments) if (!spread.has(name)) walk([fragment.selectionSet]);
  return most;
}

/**
 * Estimated cost of one operation: each field 1, times the page sizes (`first`/`last`) of the
 * lists around it. A page size is the argument's literal, else the request's variable, else the
 * variable's default, else `defaultListSize`. Introspection and `__typename` cost nothing.
 * Linear: a fragment's cost is computed once (at multiplier 1) and scaled where it is spread.
 */
export function measureCost(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  defaultListSize: number,
  counter: WorkCounter = { visits: 0 },
): number {
  const fragments = fragmentsOf(document);
  const defaults = new Map<string, ValueNode>();
  for (const d of operation.variableDefinitions ?? []) if (d.defaultValue) defaults.set(d.variable.name.value, d.defaultValue);
  const memo = new Map<string, number>();

  const pageSize = (field: FieldNode): number => {
    let size: number | undefined;
    for (const argument of field.arguments ?? []) {
      if (argument.name.value !== 'first' && argument.name.value !== 'last') continue;
      const value = intOf(argument.value, variables, defaults);
      size = Math.max(size ?? 0, value ?? defaultListSize);
    }
    return size === undefined ? 1 : Math.max(1, size);
  };

  const fragmentCost = (name: string): number => {
    const known = memo.get(name);
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    if (!fragment) return 0;
    memo.set(name, 0); // a cycle adds nothing; validation refuses it
    const cost = costOf(fragment.selectionSet);
    memo.set(name, cost);
    return cost;
  };

  const costOf = (set: SelectionSetNode): number => {
    let cost = 0;
    for (const selection of set.selections) {
      counter.visits++;
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name.startsWith('__')) continue;
        cost += 1 + (selection.selectionSet ? pageSize(selection) * costOf(selection.selectionSet) : 0);
      } else {
        cost += selection.kind === Kind.INLINE_FRAGMENT ? costOf(selection.selectionSet) : fragmentCost(selection.name.value);
      }
    }
    return cost;
  };

  return costOf(operation.selectionSet);
}

function intOf(value: ValueNode, variables: Record<string, unknown>, defaults: Map<string, ValueNode>): number | undefined {
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind !== Kind.VARIABLE) return undefined;
  if (Object.prototype.hasOwnProperty.call(variables, value.name.value)) {
    // Given (even as null, which overrides the default): a number is the page size; anything else
    // is null (the resolver's own default) or refused by coercion.
    const given = variables[value.name.value];
    return typeof given === 'number' && Number.isFinite(given) ? given : undefined;
  }
  const fallback = defaults.get(value.name.value);
  return fallback?.kind === Kind.INT ? Number(fallback.value) : undefined;
}
