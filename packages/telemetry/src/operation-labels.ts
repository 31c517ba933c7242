/**
 * The `operation` label of the GraphQL metrics: bounded, and never text a client could make up
 * without limit. Names the service knows ahead (the gateway's persisted-query manifests) are
 * always themselves. Other names must look like GraphQL names and take one of `cap` places,
 * first come first served; past the cap they count as `other`. An operation without a name is
 * `anonymous`, one not yet resolved (it did not parse or validate) `invalid`.
 */
export const OTHER_OPERATION = 'other';
const GRAPHQL_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,79}$/;
/** The gateway names each fetch of a query plan `<operation>__<subgraph>__<n>`: the subgraph counts it under `<operation>`. */
const PLAN_FETCH_SUFFIX = /__[A-Za-z0-9_]+__\d+$/;
export const DEFAULT_OPERATION_CAP = 200;

export class OperationLabels {
  private readonly known: Set<string>;
  private readonly admitted = new Set<string>();

  constructor(known: Iterable<string> = [], private readonly cap = DEFAULT_OPERATION_CAP) {
    this.known = new Set(known);
  }

  label(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    const base = name.replace(PLAN_FETCH_SUFFIX, '') || name;
    if (this.known.has(base) || this.admitted.has(base)) return base;
    if (!GRAPHQL_NAME.test(base) || this.admitted.size >= this.cap) return OTHER_OPERATION;
    this.admitted.add(base);
    return base;
  }
}
