import { readFileSync } from 'node:fs';
import { SUPERGRAPH_FILE } from '../scripts/contracts';
import { nullabilityProblems, unreachableApiTypes } from '../scripts/nullability-rules';

/**
 * Issue 14 item 4, issue 19 items 3 and 6: the composed supergraph keeps the nullability rules of
 * docs/ARCHITECTURE.md ("Nullability") on every field of every subgraph, and its public API has
 * no type nothing points to. No allowlist: Mutation fields are exempt from the root rule by the
 * rule itself (see scripts/nullability-rules.ts).
 */
describe('nullability rules of the supergraph', () => {
  const supergraph = readFileSync(SUPERGRAPH_FILE, 'utf8');

  it('every field keeps the rules (root, extension, reference, owner-only)', () => {
    expect(nullabilityProblems(supergraph)).toEqual([]);
  });

  it('catches a non-null root field, extension field, cross-subgraph reference and owner-only field', () => {
    const broken = supergraph
      .replace(/(\n {2}account\([^)]*\): Account) /, '$1! ')
      .replace(/(\n {2}paidAppOptions: PaidAppOptions) /, '$1! ')
      .replace(/(\n {2}app: App) (@join__field\(graph: ACCOUNTS\))/, '$1! $2')
      .replace(/(\n {2}transitions: \[AppTransition!\]) /, '$1! ');
    expect(nullabilityProblems(broken)).toEqual([
      'Account.paidAppOptions (extension): served by BILLING, not by Account\'s owner ACCOUNTS, so it must be nullable',
      'App.transitions (owner-only): an owner-only field must be nullable',
      'Install.app (reference): ACCOUNTS returns App, owned by CATALOG, so it must be nullable',
      'Query.account (root): a root field must be nullable',
    ]);
  });

  it('the public API has no dead type: internal-only types are @inaccessible (InstallCredential, VendorEventCause, AppPricing, …)', () => {
    expect(unreachableApiTypes(supergraph)).toEqual([]);
    const exposed = supergraph.replace(/(type InstallCredential\n(?: {2}@join__type\(graph: ACCOUNTS\)\n)) {2}@inaccessible\n/, '$1');
    expect(exposed).not.toBe(supergraph);
    expect(unreachableApiTypes(exposed)).toEqual(['InstallCredential']);
  });
});
