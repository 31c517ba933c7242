import { Kind, parse, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';

export type ResponsePath = (string | number)[];

/**
 * The response paths a subgraph fetch was asked to fill, in the fetch's own terms (what
 * @apollo/gateway maps onto the client's paths): `[key]` for each root field, or
 * `['_entities', i, key]` for each representation `i` and each field selected on its type. A fetch
 * that failed as a whole is answered with one error per path (useSubgraphOutage), so each field
 * it owed is null with its own error, and no other subgraph's field is touched.
 */
export function pathsOfFetch(query: string, variables: Record<string, unknown> | undefined): ResponsePath[] {
  const document = parse(query);
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) return [];
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  const paths: ResponsePath[] = [];
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) continue;
    const key = selection.alias?.value ?? selection.name.value;
    if (selection.name.value !== '_entities') {
      if (key !== '__typename') paths.push([key]);
      continue;
    }
    const representations = Array.isArray(variables?.representations) ? (variables.representations as { __typename?: unknown }[]) : [];
    representations.forEach((representation, index) => {
      const typename = typeof representation?.__typename === 'string' ? representation.__typename : undefined;
      for (const field of responseKeys(selection.selectionSet, typename, fragments)) paths.push([key, index, field]);
    });
  }
  return paths;
}

/** Response keys selected on `typename` (inline fragments and spreads of other types skipped). */
function responseKeys(selectionSet: SelectionSetNode | undefined, typename: string | undefined, fragments: Map<string, FragmentDefinitionNode>): string[] {
  const keys = new Set<string>();
  const visit = (set: SelectionSetNode | undefined, seen: Set<string>) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        if (key !== '__typename') keys.add(key);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (!selection.typeCondition || selection.typeCondition.name.value === typename) visit(selection.selectionSet, seen);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (fragment && !seen.has(fragment.name.value) && fragment.typeCondition.name.value === typename) {
          visit(fragment.selectionSet, new Set([...seen, fragment.name.value]));
        }
      }
    }
  };
  visit(selectionSet, new Set());
  return [...keys];
}
