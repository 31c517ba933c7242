import { readFileSync } from 'node:fs';
import { createLogger } from '@appmarket/core';
import { sha256Hex, startGateway, type RunningGateway } from '@appmarket/gateway';
import { SUPERGRAPH_FILE } from '../../scripts/contracts';
import { adversarialDocuments, fragmentDoubling } from '../support/adversarial-documents';
import { testGatewayAuth } from '../support/identity';
import { postGraphQL } from '../support/stack';

/**
 * Issue 14, item 1, through HTTP: the gateway over the real supergraph with its default limits
 * refuses the documents before any subgraph is asked (none runs here), each with its own
 * code, the measured value and the limit, and stays responsive while they are sent. Speed is
 * measured by `npm run bench:limits`, not here.
 */
describe('operation limits at the gateway (default settings)', () => {
  let gateway: RunningGateway;
  beforeAll(async () => {
    gateway = await startGateway({
      supergraphSdl: readFileSync(SUPERGRAPH_FILE, 'utf8'),
      // Nothing listens there: a refused document never reaches a subgraph.
      subgraphUrlOverrides: { CATALOG: 'http://127.0.0.1:9/graphql', ACCOUNTS: 'http://127.0.0.1:9/graphql', BILLING: 'http://127.0.0.1:9/graphql', TELEPHONY_LOYALTY: 'http://127.0.0.1:9/graphql' },
      logger: createLogger('test', 'error'),
      port: 0,
      host: '127.0.0.1',
      ...testGatewayAuth(),
    });
  });
  afterAll(() => gateway?.stop());

  const post = (query: string, variables?: Record<string, unknown>) => postGraphQL(gateway.url, query, variables);

  it.each([20, 29])('fragment doubling up to F%i, sent anonymously, is refused at once with MAX_SELECTIONS_EXCEEDED (issue 14)', async (n) => {
    const response = await post(fragmentDoubling(n));
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{
      message: expect.stringMatching(/makes \d+ selections .*at most 1000/),
      extensions: { code: 'MAX_SELECTIONS_EXCEEDED', selections: 2 ** (n + 1) - 1 + 2 ** n, limit: 1000, requestId: expect.any(String) },
    }]);
  });

  it('a page size from a variable\'s default costs the same as that value sent as a variable: both refused (issue 14)', async () => {
    const selection = 'accounts(first: $f) { edges { node { id calls(first: $f) { edges { node { id status } } } } } }';
    const withDefault = await post(`query($f: Int = 100) { ${selection} }`);
    const withVariable = await post(`query($f: Int) { ${selection} }`, { f: 100 });
    for (const response of [withDefault, withVariable]) {
      expect(response.status).toBe(400);
      expect(response.body.errors?.[0]?.extensions).toMatchObject({ code: 'COST_LIMIT_EXCEEDED', cost: 1 + 100 * (1 + 1 + 1 + 1 + 100 * (1 + 1 + 2)), limit: 20_000 });
    }
  });

  it('an APQ request whose text was never judged over HTTP (sent by hash) is judged before planning, cost with its variables', async () => {
    const query = 'query($f: Int) { accounts(first: $f) { edges { node { id calls(first: $f) { edges { node { id } } } } } } }';
    const hash = sha256Hex(query);
    // Registered with a small page size (passes the limits; the subgraphs are down, so it fails later)…
    await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables: { f: 1 }, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }) });
    // …then sent by hash alone with a page size that is over the cost limit.
    const response = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ variables: { f: 1000 }, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }) });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: { extensions: unknown }[] }).errors[0]!.extensions).toMatchObject({ code: 'COST_LIMIT_EXCEEDED', limit: 20_000 });
  });

  it('every adversarial document is answered 4xx; a GET request is judged too', async () => {
    for (const document of adversarialDocuments()) {
      const response = await post(document.query, document.variables);
      expect({ name: document.name, status: response.status }).toEqual({ name: document.name, status: 400 });
    }
    const get = await fetch(`${gateway.url}?query=${encodeURIComponent(fragmentDoubling(20))}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(get.status).toBe(400);
    expect(((await get.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('MAX_SELECTIONS_EXCEEDED');
  });

  it('/health answers while a stream of adversarial documents is being sent', async () => {
    const documents = adversarialDocuments();
    let sent = 0;
    const stream = Promise.all(Array.from({ length: 4 }, async () => {
      while (sent < documents.length * 3) {
        const document = documents[sent++ % documents.length]!;
        await post(document.query, document.variables);
      }
    }));
    const healthUrl = gateway.url.replace(/\/graphql$/, '/health');
    const answers: number[] = [];
    while (sent < documents.length * 3) {
      const response = await fetch(healthUrl);
      answers.push(response.status);
      await response.arrayBuffer();
    }
    await stream;
    expect(answers.length).toBeGreaterThan(0);
    expect(new Set(answers)).toEqual(new Set([200]));
  });
});
