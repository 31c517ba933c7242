import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runInNewContext } from 'node:vm';
import { readFileSync } from 'node:fs';
import { buildASTSchema, parse, validate } from 'graphql';
import { EXPLORER_DEFAULT_QUERY, resolveExplorerAssets } from '@appmarket/gateway/src/explorer';
import { startFakeGraph, type FakeGraph } from '../support/gateway-factories';

/**
 * Issue 18, item 1: the explorer page loads. Each script and stylesheet the page names answers
 * 200 with a JavaScript or CSS type (react.js and react-dom.js answered an HTML 500 because react's
 * `exports` refused `react/umd/...`); the source maps the bundles name answer too; the scripts,
 * evaluated in the page's order, define the globals its inline script uses (without react.js,
 * graphiql.js throws and GraphiQL is not defined). A browser run comes later.
 */
describe('explorer page and assets', () => {
  let graph: FakeGraph;
  let base: string;
  beforeAll(async () => {
    graph = await startFakeGraph({ explorer: true });
    base = graph.gateway.url.replace(/\/graphql$/, '');
  });
  afterAll(() => graph?.stop());

  const fetchAsset = async (url: string) => {
    const response = await fetch(new URL(url, base));
    return { status: response.status, type: response.headers.get('content-type') ?? '', text: await response.text() };
  };

  it('every script and stylesheet the page references answers 200 with a JavaScript or CSS content type', async () => {
    const page = await fetch(graph.gateway.url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    const scripts = [...html.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1]!);
    const styles = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!);
    expect(scripts).toEqual(['/explorer/assets/react.js', '/explorer/assets/react-dom.js', '/explorer/assets/graphiql.js']);
    expect(styles).toEqual(['/explorer/assets/graphiql.css']);

    for (const src of scripts) {
      const asset = await fetchAsset(src);
      expect({ src, status: asset.status, type: asset.type }).toEqual({ src, status: 200, type: expect.stringMatching(/^(text|application)\/javascript/) });
      expect(asset.text.length).toBeGreaterThan(1_000);
    }
    for (const href of styles) {
      const asset = await fetchAsset(href);
      expect({ href, status: asset.status, type: asset.type }).toEqual({ href, status: 200, type: expect.stringMatching(/^text\/css/) });
    }
  });

  it('the source maps the bundles name (sourceMappingURL, relative to the asset) answer JSON', async () => {
    for (const asset of ['/explorer/assets/graphiql.js', '/explorer/assets/graphiql.css']) {
      const { text } = await fetchAsset(asset);
      const map = /sourceMappingURL=(\S+?)(?:\s*\*\/)?\s*$/.exec(text)?.[1];
      expect(map).toBeDefined();
      const answer = await fetchAsset(new URL(map!, new URL(asset, base)).toString());
      expect({ map, status: answer.status, type: answer.type }).toEqual({ map, status: 200, type: expect.stringMatching(/^application\/json/) });
      expect((JSON.parse(answer.text) as { version: number }).version).toBe(3);
    }
  });

  it('the page\'s scripts, run in its order, define what its inline script uses: React, ReactDOM.createRoot, GraphiQL.createFetcher', async () => {
    const html = await (await fetch(graph.gateway.url, { headers: { accept: 'text/html' } })).text();
    // As in a browser, `self` and `window` are the global object the UMD builds attach to.
    const sandbox: Record<string, unknown> = { console, TextDecoder, TextEncoder };
    sandbox.self = sandbox.window = sandbox;
    for (const [, src] of html.matchAll(/<script src="([^"]+)"/g)) runInNewContext((await fetchAsset(src!)).text, sandbox, { filename: src });
    const globals = sandbox as { React?: { version: string; createElement: unknown }; ReactDOM?: { createRoot: unknown }; GraphiQL?: { createFetcher: unknown } };
    expect(globals.React?.version).toMatch(/^18\./);
    expect(typeof globals.React?.createElement).toBe('function');
    expect(typeof globals.ReactDOM?.createRoot).toBe('function');
    expect(typeof globals.GraphiQL).toBe('function');
    expect(typeof globals.GraphiQL?.createFetcher).toBe('function');
  });
});

describe('explorer first visit', () => {
  it('the query a first visit shows is valid against the composed API', () => {
    const schema = buildASTSchema(parse(readFileSync(path.join(__dirname, '..', '..', 'supergraph.graphql'), 'utf8')), { assumeValidSDL: true });
    expect(validate(schema, parse(EXPLORER_DEFAULT_QUERY)).map((e) => e.message)).toEqual([]);
  });
});

describe('explorer assets are found at start-up', () => {
  it('a missing asset fails resolution, naming every missing file, instead of a 500 per request', () => {
    // A react 19-like install: the packages are there, the UMD builds are not.
    const root = mkdtempSync(path.join(tmpdir(), 'explorer-'));
    for (const pkg of ['react', 'react-dom', 'graphiql']) mkdirSync(path.join(root, pkg));
    writeFileSync(path.join(root, 'graphiql', 'graphiql.min.js'), '');
    writeFileSync(path.join(root, 'graphiql', 'graphiql.min.css'), '');
    expect(() => resolveExplorerAssets((pkg) => path.join(root, pkg))).toThrow(
      /missing react\/umd\/react\.production\.min\.js, react-dom\/umd\/react-dom\.production\.min\.js, graphiql\/graphiql\.min\.js\.map/,
    );
  });

  it('a package that is not installed fails resolution too', () => {
    expect(() => resolveExplorerAssets(() => { throw new Error('Cannot find module'); })).toThrow(/missing react\/umd\/react\.production\.min\.js/);
  });

  it('the installed packages have every asset', () => {
    expect([...resolveExplorerAssets().keys()].sort()).toEqual(['graphiql.css', 'graphiql.js', 'graphiql.min.css.map', 'graphiql.min.js.map', 'react-dom.js', 'react.js']);
  });
});
