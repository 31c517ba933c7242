import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { AppStatus, AppType } from '@appmarket/catalog/src/apps/app.enums';
import { UserRole } from '@appmarket/accounts/src/accounts/account.enums';
import type { Browser, Page } from 'playwright-core';
import { chromiumAvailable, CHROMIUM_PATH, launchChromium } from '../support/browser';
import { CUSTOM_ACCESS, descriptor, VENDOR_API } from '../support/catalog-factories';
import { makeAccount, makeApp, makeUser, makeVendor } from '../support/factories';
import { jwtFor } from '../support/identity';
import { startTestStack, type TestStack } from '../support/stack';
import { buildWebApp } from '../support/web-build';

const SCREENSHOTS = process.env.SCREENSHOT_DIR ?? path.join(__dirname, '..', '..', '.artifacts', 'screenshots');

/**
 * Issue 18: the reference web app (web/) in Chromium against the real stack, as people use it:
 * a vendor uploads a bad descriptor, reads the error next to the element, uploads a good one and
 * submits; a moderator publishes; the account admin finds the app, consents to its permissions
 * (AR-2) and installs it on a trial (TR-2), limits it to one employee (BX-6) and removes it.
 * Every operation goes out as a persisted hash (gateway/persisted-queries/web.json).
 */
(chromiumAvailable() ? describe : describe.skip)(`web app journeys in Chromium (${CHROMIUM_PATH})`, () => {
  let stack: TestStack;
  let browser: Browser;
  let page: Page;
  let webDir: string;
  let identitiesFile: string;
  const sentBodies: string[] = [];
  const ids = { appName: `Журнал звонков ${Date.now()}`, appUid: '' };

  beforeAll(async () => {
    webDir = buildWebApp();
    identitiesFile = path.join(webDir, 'dev-identities.json');
    // The gateway knows the app's operations from the shipped manifests, as deployed.
    const persistedQueriesDir = path.join(__dirname, '..', '..', 'gateway', 'persisted-queries');
    stack = await startTestStack({ gateway: { persistedQueriesDir, webApp: { dir: webDir, devIdentitiesFile: identitiesFile } } });
    const vendor = await makeVendor(stack.dataSources.catalog!, { alias: `sigma${Date.now()}`, name: 'Сигма Софт' });
    const app = await makeApp(stack.dataSources.catalog!, vendor, {
      alias: 'calls', name: ids.appName, type: AppType.SERVER, status: AppStatus.DRAFT, priceKopecks: 100_000, trialDays: 7,
    });
    ids.appUid = `${app.alias}.${vendor.alias}`;
    const account = await makeAccount(stack.dataSources.accounts!, { name: 'Вектор' });
    const admin = await makeUser(stack.dataSources.accounts!, account, { role: UserRole.ADMIN, fullName: 'Анна Админова' });
    await makeUser(stack.dataSources.accounts!, account, { role: UserRole.EMPLOYEE, fullName: 'Пётр Сотрудников' });
    writeFileSync(identitiesFile, JSON.stringify([
      { role: 'admin', description: 'Анна Админова, Вектор', token: jwtFor({ kind: 'user', userId: admin.id, accountId: account.id, role: 'ADMIN' }) },
      { role: 'vendor', description: 'Сигма Софт', token: jwtFor({ kind: 'vendor', vendorId: vendor.id }) },
      { role: 'moderator', description: 'moderator', token: jwtFor({ kind: 'moderator', moderatorId: 'web-moderator' }) },
    ]));
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    page.on('console', (m) => { if (m.type() === 'error') console.error('[browser]', m.text()); });
    page.on('response', (r) => { if (r.status() >= 400) console.error('[browser]', r.status(), r.url()); });
    page.on('request', (r) => { if (r.url().endsWith('/graphql') && r.method() === 'POST') sentBodies.push(r.postData() ?? ''); });
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    if (webDir) rmSync(webDir, { recursive: true, force: true });
  });

  const signInAs = async (role: string) => {
    await page.goto(stack.gateway.url.replace(/\/graphql$/, '/app/'));
    await page.getByRole('button', { name: `Войти как ${role}` }).click();
  };
  const shot = (name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `web-${name}.png`), fullPage: true });

  it('a vendor uploads a bad descriptor, sees the element it concerns, uploads a good one and submits it', async () => {
    await signInAs('vendor');
    const row = page.locator(`tr[data-app="${ids.appUid}"]`);
    await row.getByRole('button', { name: 'Загрузить дескриптор' }).click();
    const xml = page.locator('textarea[name="xml"]');
    await xml.fill(descriptor(VENDOR_API + CUSTOM_ACCESS.replace('<employee><view/></employee>', '<spaceshipLaunch><view/></spaceshipLaunch>')));
    await page.locator('form').getByRole('button', { name: 'Загрузить дескриптор' }).click();
    await page.getByTestId('descriptor-element').waitFor();
    expect(await page.getByTestId('descriptor-element').innerText()).toContain('spaceshipLaunch');
    expect(await page.getByRole('alert').innerText()).toContain('DESCRIPTOR_UNKNOWN_ENTITY');

    await xml.fill(descriptor(VENDOR_API + CUSTOM_ACCESS));
    await page.locator('form').getByRole('button', { name: 'Загрузить дескриптор' }).click();
    await page.getByTestId('descriptor-ok').waitFor();
    await page.getByRole('button', { name: 'Отправить на модерацию' }).click();
    await row.getByText('READY').waitFor();
    await shot('vendor-cabinet');
  });

  it('a moderator publishes it from the review queue', async () => {
    await signInAs('moderator');
    const row = page.locator(`tr[data-app="${ids.appUid}"]`);
    await row.getByRole('button', { name: 'Опубликовать' }).click();
    await row.waitFor({ state: 'detached' });
    await shot('moderation');
  });

  it('the account admin finds it, consents to its permissions and installs it on a 7-day trial', async () => {
    await signInAs('admin');
    await page.getByRole('searchbox').fill(ids.appName);
    const card = page.locator(`li[data-app-uid="${ids.appUid}"]`);
    await card.getByRole('button', { name: 'Подробнее' }).click();
    await page.getByRole('button', { name: 'Установить' }).click();
    const consent = page.getByRole('dialog');
    expect(await consent.innerText()).toContain('phonecall');
    await consent.getByRole('button', { name: 'Разрешить и установить' }).click();
    const state = page.getByTestId('install-state');
    await state.waitFor();
    expect(await state.innerText()).toMatch(/TRIAL/);
    await shot('app-card-installed');
  });

  it('the admin limits it to one employee, then removes it', async () => {
    await page.getByRole('button', { name: 'Мои приложения' }).click();
    const row = page.locator(`tr[data-install="${ids.appUid}"]`);
    await row.getByRole('button', { name: 'Все сотрудники' }).click();
    await row.getByLabel('Пётр Сотрудников').check();
    await row.getByRole('button', { name: 'Сохранить' }).click();
    await row.getByRole('button', { name: 'Только выбранные (1)' }).waitFor();
    await shot('installs-limited');
    // AR-3: the admin consents to the app's current permissions; the install stays live, nothing refused.
    await row.getByRole('button', { name: 'Обновить до текущей версии' }).click();
    await row.getByText('ACTIVE').waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    await row.getByRole('button', { name: 'Удалить' }).click();
    await row.waitFor({ state: 'detached' });
    await shot('installs-removed');
  });

  it('the admin buys paid-app options for 3 months (PR-3), and the page shows them', async () => {
    await page.getByRole('button', { name: 'Мои приложения' }).click();
    await page.getByLabel('Опции платных приложений:').fill('2');
    await page.getByRole('combobox', { name: 'мес.' }).selectOption('3');
    await page.getByRole('button', { name: 'Купить опции' }).click();
    await page.getByText('Опции платных приложений: 0/2').waitFor();
    await shot('installs-options');
  });

  it('BX-4, BX-8: the admin buys the marketplace subscription, then creates a local app and a webhook whose token is shown once', async () => {
    await page.getByRole('button', { name: /Купить подписку/ }).click();
    await page.getByText('Подписка на маркетплейс: активна').waitFor();
    await page.getByRole('button', { name: 'Разработчикам' }).click();
    await page.locator('input[name="local-app"]').fill('Склад-бот');
    await page.locator('form').filter({ has: page.locator('input[name="local-app"]') }).getByRole('button', { name: 'Создать' }).click();
    await page.getByText('Склад-бот').waitFor();
    await page.locator('input[name="webhook"]').fill('Звонки в CRM');
    await page.locator('form').filter({ has: page.locator('input[name="webhook"]') }).getByRole('button', { name: 'Создать' }).click();
    expect(await page.getByTestId('webhook-token').innerText()).toMatch(/whk\./);
    await page.locator('li[data-webhook="Звонки в CRM"]').waitFor();
    await shot('developer');
  });

  it('DL-2: a direct link asks a signed-out person to sign in, then lands on the card', async () => {
    await page.goto(stack.gateway.url.replace(/\/graphql$/, `/app/apps/${ids.appUid}`));
    await page.getByRole('button', { name: 'Войти как admin' }).click();
    await page.getByRole('heading', { name: ids.appName }).waitFor();
    await shot('direct-link');
  });

  it('sent every operation as a persisted hash, never a query body', () => {
    expect(sentBodies.length).toBeGreaterThan(5);
    for (const body of sentBodies) {
      const parsed = JSON.parse(body) as { query?: string; extensions?: { persistedQuery?: { sha256Hash?: string } } };
      expect(parsed.query).toBeUndefined();
      expect(parsed.extensions?.persistedQuery?.sha256Hash).toMatch(/^[0-9a-f]{64}$/);
    }
  });
});

