import { buildSchema, parse, print, type OperationDefinitionNode } from 'graphql';
import type { Caller } from '../auth';
import { checkOperation, OperationRequirements, type PermissionRequirement } from '../permissions';

/**
 * checkOperation with the per-document memo (OperationRequirements) decides exactly as without it,
 * for each caller in turn on one document: the memo holds what the document asks, never a decision.
 */
const schema = buildSchema(`
  type Query { calls(first: Int): [Call] call(id: ID!, lang: String): Call }
  type Call { id: ID number: String recording: String transcript(lang: String): String install: Install }
  type Install { id: ID settings: String }
`);
const requirements = new Map<string, PermissionRequirement>([
  ['Call.number', { entity: 'calls', operation: 'VIEW' }],
  ['Call.recording', { entity: 'recordings', operation: 'VIEW' }],
  ['Call.transcript', { entity: 'calls', operation: 'UPDATE' }],
  ['Install.settings', { entity: 'settings', operation: 'VIEW' }],
]);
const ids = { installId: '00000000-0000-4000-8000-000000000001', accountId: '00000000-0000-4000-8000-000000000002', appId: '00000000-0000-4000-8000-000000000003' };
const app = (permissions: Caller['permissions']): Caller => ({ identity: { kind: 'app', ...ids, appType: 'TELEPHONY' } as Caller['identity'], permissions, registeredOperationsOnly: true });
const callers: Caller[] = [
  app({ scope: 'ADMIN', permissions: [] }),
  app({ scope: 'CUSTOM', permissions: [{ entity: 'calls', operations: ['VIEW'] }] }),
  app(null),
  app({ scope: 'CUSTOM', permissions: [{ entity: 'calls', operations: ['VIEW', 'UPDATE'] }, { entity: 'recordings', operations: ['VIEW'] }, { entity: 'settings', operations: ['VIEW'] }] }),
  { identity: { kind: 'user', userId: ids.installId, accountId: ids.accountId, role: 'EMPLOYEE' }, registeredOperationsOnly: false },
  { identity: { kind: 'anonymous' }, registeredOperationsOnly: false },
  { identity: { kind: 'service', service: 'billing' }, registeredOperationsOnly: false },
];
const documents = [
  'query($n: Int) { calls(first: $n) { id number recording install { id settings } } }',
  'query($id: ID!, $lang: String) { call(id: $id, lang: $lang) { id transcript(lang: $lang) } }',
  '{ c: calls { ...F ... on Call { n: number } } } fragment F on Call { id recording }',
  '{ calls { id } }',
];

describe('checkOperation with the per-document memo', () => {
  it('gives each caller its own decision on one document, exactly as the walk without the memo', () => {
    const memo = new OperationRequirements(requirements);
    for (const text of documents) {
      const document = parse(text);
      const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
      for (const caller of [...callers, ...callers]) {
        const plain = checkOperation(schema, document, operation, requirements, caller);
        const memoised = checkOperation(schema, document, operation, requirements, caller, memo);
        expect({ text, caller, denied: memoised.denied, document: memoised.document && print(memoised.document) })
          .toEqual({ text, caller, denied: plain.denied, document: plain.document && print(plain.document) });
      }
    }
  });

  it('remembers the requirements an operation meets, not who met them', () => {
    const memo = new OperationRequirements(requirements);
    const document = parse(documents[0]!);
    const operation = document.definitions[0] as OperationDefinitionNode;
    expect(memo.of(schema, document, operation)).toEqual([requirements.get('Call.number'), requirements.get('Call.recording'), requirements.get('Install.settings')]);
    expect(memo.of(schema, parse(documents[3]!), parse(documents[3]!).definitions[0] as OperationDefinitionNode)).toEqual([]);
  });
});
