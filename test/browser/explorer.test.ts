import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { chromiumAvailable, CHROMIUM_PATH, launchChromium } from '../support/browser';
import { startFakeGraph, type FakeGraph } from '../support/gateway-factories';
import { gatewayHeadersFor } from '../support/identity';

// Each run's screenshots (git-ignored); the README shows copies committed under docs/screenshots/.
const SCREENSHOTS = process.env.SCREENSHOT_DIR ?? path.join(__dirname, '..', '..', '.artifacts', 'screenshots');

/**
 * Issue 18, item 1, in a real browser: Chromium opens the explorer at the gateway URL, a person
 * pastes a token into the headers editor, runs a query and sees the answer. Page errors (a script
 * that failed to load, `GraphiQL is not defined`) fail the test.
 */
(chromiumAvailable() ? describe : describe.skip)(`explorer in Chromium (${CHROMIUM_PATH})`, () => {
  let graph: FakeGraph;
  let browser: Browser;
  beforeAll(async () => {
    graph = await startFakeGraph({ explorer: true });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await graph?.stop();
  });

  it('loads, takes a bearer token in the headers editor, runs a query and shows the data', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => { if (message.type() === 'error') pageErrors.push(message.text()); });
    page.on('response', (r) => { if (r.status() >= 400) pageErrors.push(`${r.status()} ${r.request().method()} ${r.url()} ${r.request().postData()?.slice(0, 80)}`); });

    const response = await page.goto(graph.gateway.url, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    // GraphiQL replaced the "Loading…" placeholder with its editors.
    await page.locator('.graphiql-container').waitFor({ timeout: 20_000 });
    expect(await page.locator('#graphiql').innerText()).not.toContain('Loading…');

    const token = gatewayHeadersFor({ kind: 'moderator', moderatorId: 'browser-moderator' }).authorization!;
    await page.getByText('Headers', { exact: true }).click();
    await typeInto(page, '.graphiql-editor-tool .graphiql-editor:visible', JSON.stringify({ authorization: token }));
    await typeInto(page, '.graphiql-query-editor .graphiql-editor', 'query Me { whoami }');
    // GraphiQL reads the operation name from the editor after a short debounce; a person never
    // clicks within it, a script would (and would send the default query's name).
    await page.waitForTimeout(600);
    await page.locator('.graphiql-execute-button').click();

    const result = page.locator('.graphiql-response');
    await result.getByText('browser-moderator').waitFor({ timeout: 20_000 });
    const shown = await result.innerText();
    expect(shown).toContain('"whoami"');
    expect(shown).toContain('moderator');
    expect(pageErrors).toEqual([]);

    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'explorer.png') });
    await page.close();
  });
});

/** Replaces a CodeMirror editor's text the way a person does: click, select all, type. */
async function typeInto(page: import('playwright-core').Page, selector: string, text: string): Promise<void> {
  const editor = page.locator(selector).first();
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}
