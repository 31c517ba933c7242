import { randomUUID } from 'node:crypto';
import type { Identity } from '@appmarket/federation';
import { leanExecutionState, setLeanExecution } from '../../gateway/src/execution/lean-execution';
import { startFakeGraph, type FakeGraph } from '../support/gateway-factories';
import { gatewayHeadersFor } from '../support/identity';
import { postGraphQL } from '../support/stack';

/**
 * Issue 17: the gateway's lean execution steps (gateway/src/execution/) answer every request as
 * @apollo/gateway's own do — through a running gateway, with permissions denying fields, a
 * subgraph that fails, an entity fetch, fragments, aliases and @skip/@include — byte for byte.
 */
const admin = (): Identity => ({ kind: 'user', userId: randomUUID(), accountId: randomUUID(), role: 'ADMIN' });
const employee = (): Identity => ({ kind: 'user', userId: randomUUID(), accountId: randomUUID(), role: 'EMPLOYEE' });

const REQUESTS: { query: string; variables?: Record<string, unknown>; caller: () => Identity }[] = [
  { query: '{ calls { id number install { id settings } } }', caller: admin },
  { query: '{ calls { id number install { id settings } } }', caller: employee },
  { query: 'query($s: Boolean!) { a: calls { i: id n: number @skip(if: $s) } b: call(id: "c2") { ...C } } fragment C on Call { id install { id } }', variables: { s: true }, caller: admin },
  { query: 'query($s: Boolean!) { a: calls { i: id n: number @skip(if: $s) } b: call(id: "c2") { ...C } } fragment C on Call { id install { id } }', variables: { s: false }, caller: admin },
  { query: '{ call(id: "nope") { id } boom broken __typename }', caller: admin },
  { query: '{ calls { __typename id transcript(language: "en") } }', caller: admin },
];

describe('lean execution through the gateway (issue 17)', () => {
  let graph: FakeGraph;
  beforeAll(async () => {
    graph = await startFakeGraph({ leanExecution: true });
  });
  afterAll(async () => {
    setLeanExecution(true);
    await graph?.stop();
  });

  it('is on by default and says so on the ready line', () => {
    expect(leanExecutionState()).toBe('on');
    expect(graph.logs.find((line) => line.msg === 'gateway ready')?.fields.leanExecution).toBe('on');
  });

  it('answers as @apollo/gateway\'s own steps do, denied fields and failures included', async () => {
    // One request id per request, so the error bodies that carry it compare.
    const answer = async (request: (typeof REQUESTS)[number], identity: Identity, requestId: string) => {
      const headers = { ...gatewayHeadersFor(identity), 'x-request-id': requestId };
      const response = await postGraphQL<Record<string, unknown>>(graph.gateway.url, request.query, request.variables, headers);
      return { status: response.status, body: JSON.stringify(response.body) };
    };
    const callers = REQUESTS.map((request) => request.caller());
    const lean = [];
    for (const [i, request] of REQUESTS.entries()) lean.push(await answer(request, callers[i]!, `lean-${i}`));
    setLeanExecution(false);
    const own = [];
    for (const [i, request] of REQUESTS.entries()) own.push(await answer(request, callers[i]!, `lean-${i}`));
    setLeanExecution(true);
    expect(lean).toEqual(own);
    // The requests reach data, denied fields and failed subgraphs, not only the happy path.
    const bodies = lean.map((a) => a.body).join('\n');
    expect(bodies).toContain('FORBIDDEN');
    expect(bodies).toContain('"+7 900 000-00-01"');
    expect(bodies).toContain('"s1"');
  });
});
