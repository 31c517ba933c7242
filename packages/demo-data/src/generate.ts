import { DAY, MINUTE, stableUuid, type AppTypeName } from '@appmarket/core';
import { seededRandom, type Random } from './random';
import {
  CATEGORY_DETAILS, COMPANY_WORDS, FIRST_NAMES, LAST_NAMES, LOYALTY_TOPICS, NEW_TOPICS, TARIFFS, TELEPHONY_TOPICS, VENDORS, ZONES, type Topic,
} from './vocabulary';

export type AppType = AppTypeName;
export type AppStatus = 'DRAFT' | 'READY' | 'PUBLISHED' | 'HIDDEN';

export interface DemoVendor { id: string; alias: string; name: string }
export interface DemoApp {
  id: string; vendorId: string; alias: string; name: string; description: string; type: AppType; status: AppStatus;
  category: string; priceKopecks: number | null; trialDays: number | null; createdAt: Date;
  /** Catalog content: `name` and `description` are the Russian ones. */
  nameEn: string; shortDescriptionRu: string; shortDescriptionEn: string; descriptionEn: string; categories: string[];
  iconUrl: string; publishedAt: Date | null;
}
export interface DemoAccount { id: string; name: string; tariff: string; zone: (typeof ZONES)[number]; createdAt: Date }
export interface DemoUser { id: string; accountId: string; fullName: string; email: string; role: 'ADMIN' | 'EMPLOYEE'; extension: string }
export interface DemoInstall { id: string; accountId: string; appId: string; appType: AppType; installedAt: Date }
export interface DemoInstallBilling { installId: string; accountId: string; appId: string; state: 'FREE' | 'TRIAL' | 'PAID'; trialEndsAt: Date | null }
export interface DemoSubscription { id: string; accountId: string; paidAppOptions: number; periodMonths: number; startsAt: Date; endsAt: Date }
export interface DemoCall {
  id: string; accountId: string; installId: string; externalId: string; direction: 'INCOMING' | 'OUTGOING';
  fromNumber: string; toNumber: string; userId: string | null; status: 'COMPLETED' | 'MISSED'; startedAt: Date; durationSeconds: number;
}

export interface DemoData {
  vendors: DemoVendor[]; apps: DemoApp[]; accounts: DemoAccount[]; users: DemoUser[]; installs: DemoInstall[];
  installBillings: DemoInstallBilling[]; subscriptions: DemoSubscription[]; calls: DemoCall[];
}

export interface DemoOptions { apps?: number; accounts?: number; now?: Date }

const TYPE_TOPICS: Record<AppType, Topic[]> = {
  TELEPHONY: TELEPHONY_TOPICS, LOYALTY: LOYALTY_TOPICS, IFRAME: NEW_TOPICS, SERVER: NEW_TOPICS,
};
const EDITIONS = ['', ' Лайт', ' Про', ' Бизнес', ' 2.0', ' Старт', ' Онлайн', ' Максимум'];
const EDITIONS_EN = ['', ' Lite', ' Pro', ' Business', ' 2.0', ' Start', ' Online', ' Max'];

/**
 * The whole demo data set, computed without a database. Every subgraph's seed takes its own part;
 * ids are name-based, so the parts agree without any subgraph reading another's tables.
 */
export function generateDemoData(options: DemoOptions = {}): DemoData {
  const rnd = seededRandom(20261123);
  const now = options.now ?? new Date('2026-11-01T09:00:00Z');
  const vendors = VENDORS.map(([alias, name]) => ({ id: stableUuid(`vendor:${alias}`), alias, name }));
  const apps = generateApps(rnd, vendors, options.apps ?? 240, now);
  const accounts = generateAccounts(rnd, options.accounts ?? 30, now);
  const users = accounts.flatMap((account, i) => generateUsers(rnd, account, i));
  const installs = generateInstalls(rnd, accounts, apps, now);
  const appById = new Map(apps.map((a) => [a.id, a]));
  const installBillings = installs.map((install) => billingOf(install, appById.get(install.appId)!, now));
  // Every account with paid installs holds enough paid-app options for them (PR-3), some to spare.
  const optionsNeeded = new Map<string, number>();
  for (const b of installBillings) {
    if (b.state === 'PAID') optionsNeeded.set(b.accountId, (optionsNeeded.get(b.accountId) ?? 0) + appById.get(b.appId)!.priceKopecks! / 50_000);
  }
  const subscriptions = accounts
    .filter((a) => a.tariff !== 'FREE' || optionsNeeded.has(a.id))
    .map((a, i) => ({
      id: stableUuid(`subscription:${a.id}`), accountId: a.id, paidAppOptions: (optionsNeeded.get(a.id) ?? 0) + (i % 3),
      periodMonths: [1, 3, 6, 12][i % 4]!,
      startsAt: new Date(now.getTime() - 10 * DAY), endsAt: new Date(now.getTime() + 20 * DAY + (i % 4) * 30 * DAY),
    }));
  const calls = generateCalls(rnd, installs, users, now);
  return { vendors, apps, accounts, users, installs, installBillings, subscriptions, calls };
}

function generateApps(rnd: Random, vendors: DemoVendor[], count: number, now: Date): DemoApp[] {
  const types: AppType[] = ['SERVER', 'IFRAME', 'TELEPHONY', 'LOYALTY'];
  const statuses: AppStatus[] = ['PUBLISHED', 'PUBLISHED', 'PUBLISHED', 'PUBLISHED', 'DRAFT', 'READY', 'HIDDEN'];
  const apps: DemoApp[] = [];
  for (let i = 0; i < count; i++) {
    const type = types[i % types.length]!;
    const topic = TYPE_TOPICS[type][Math.floor(i / types.length) % TYPE_TOPICS[type].length]!;
    const editionIndex = Math.floor(i / 17) % EDITIONS.length;
    const edition = EDITIONS[editionIndex]!;
    const editionEn = EDITIONS_EN[editionIndex]!;
    const details = CATEGORY_DETAILS[topic.category] ?? { ru: '', en: '' };
    const createdAt = new Date(now.getTime() - (count - i) * 6 * 3600_000);
    const vendor = vendors[(i * 7) % vendors.length]!;
    let status = statuses[i % statuses.length]!;
    const paid = i % 3 !== 0;
    if (status === 'HIDDEN' && paid) status = 'PUBLISHED'; // LC-4: only free apps are hidden
    const priceKopecks = paid ? rnd.int(1, 6) * 500_00 : null;
    const trialDays = paid && rnd.chance(0.6) ? rnd.int(1, 14) : null;
    apps.push({
      id: stableUuid(`app:${i}`), vendorId: vendor.id, alias: `app-${i}`,
      name: `${topic.ru}${edition}`, description: `${topic.descriptionRu} ${details.ru}`.trim(),
      type, status, category: topic.category, priceKopecks, trialDays, createdAt,
      nameEn: `${topic.en}${editionEn}`, shortDescriptionRu: topic.descriptionRu, shortDescriptionEn: topic.descriptionEn,
      descriptionEn: `${topic.descriptionEn} ${details.en}`.trim(),
      categories: [topic.category, ...(type === 'SERVER' ? ['integrations'] : [])],
      iconUrl: `https://cdn.appmarket.example/icons/${topic.category}/${i % 12}.png`,
      publishedAt: status === 'PUBLISHED' || status === 'HIDDEN' ? new Date(createdAt.getTime() + 3 * 3600_000) : null,
    });
  }
  return apps;
}

function generateAccounts(rnd: Random, count: number, now: Date): DemoAccount[] {
  return Array.from({ length: count }, (_, i) => ({
    id: stableUuid(`account:${i}`),
    name: `${COMPANY_WORDS[i % COMPANY_WORDS.length]}${i >= COMPANY_WORDS.length ? ` ${Math.floor(i / COMPANY_WORDS.length) + 1}` : ''}`,
    tariff: TARIFFS[i % TARIFFS.length]!,
    zone: ZONES[i % ZONES.length]!,
    createdAt: new Date(now.getTime() - rnd.int(30, 700) * DAY),
  }));
}

function generateUsers(rnd: Random, account: DemoAccount, index: number): DemoUser[] {
  const size = rnd.int(3, 7);
  return Array.from({ length: size }, (_, j) => ({
    id: stableUuid(`user:${account.id}:${j}`), accountId: account.id,
    fullName: `${FIRST_NAMES[(index + j) % FIRST_NAMES.length]} ${LAST_NAMES[(index * 3 + j) % LAST_NAMES.length]}`,
    email: `user${j}@account${index}.example.ru`, role: j < 1 + (index % 2) ? 'ADMIN' : 'EMPLOYEE', extension: String(100 + j),
  }));
}

function generateInstalls(rnd: Random, accounts: DemoAccount[], apps: DemoApp[], now: Date): DemoInstall[] {
  const installable = apps.filter((a) => a.status === 'PUBLISHED' || a.status === 'HIDDEN');
  const installs: DemoInstall[] = [];
  for (const account of accounts) {
    const taken = new Set<string>();
    let telephony = false;
    let loyalty = false;
    const want = rnd.int(2, 8);
    for (let k = 0; k < want * 3 && taken.size < want; k++) {
      const app = rnd.pick(installable);
      if (taken.has(app.id)) continue;
      // TY-2: one TELEPHONY and one LOYALTY install per account.
      if (app.type === 'TELEPHONY') { if (telephony) continue; telephony = true; }
      if (app.type === 'LOYALTY') { if (loyalty) continue; loyalty = true; }
      taken.add(app.id);
      installs.push({
        id: stableUuid(`install:${account.id}:${app.id}`), accountId: account.id, appId: app.id, appType: app.type,
        installedAt: new Date(now.getTime() - rnd.int(0, 60) * DAY - rnd.int(0, 1440) * MINUTE),
      });
    }
  }
  return installs;
}

function billingOf(install: DemoInstall, app: DemoApp, now: Date): DemoInstallBilling {
  const base = { installId: install.id, accountId: install.accountId, appId: install.appId };
  if (app.priceKopecks === null) return { ...base, state: 'FREE', trialEndsAt: null };
  if (app.trialDays !== null) {
    const trialEndsAt = new Date(install.installedAt.getTime() + app.trialDays * DAY);
    if (trialEndsAt > now) return { ...base, state: 'TRIAL', trialEndsAt };
  }
  return { ...base, state: 'PAID', trialEndsAt: null };
}

function generateCalls(rnd: Random, installs: DemoInstall[], users: DemoUser[], now: Date): DemoCall[] {
  const calls: DemoCall[] = [];
  for (const install of installs.filter((i) => i.appType === 'TELEPHONY')) {
    const staff = users.filter((u) => u.accountId === install.accountId);
    const count = rnd.int(5, 25);
    for (let c = 0; c < count; c++) {
      const missed = rnd.chance(0.2);
      const incoming = rnd.chance(0.6);
      const client = `+7 9${rnd.int(10, 99)} ${rnd.int(100, 999)}-${rnd.int(10, 99)}-${rnd.int(10, 99)}`;
      const user = rnd.pick(staff);
      calls.push({
        id: stableUuid(`call:${install.id}:${c}`), accountId: install.accountId, installId: install.id, externalId: `ext-${c}`,
        direction: incoming ? 'INCOMING' : 'OUTGOING', fromNumber: incoming ? client : user.extension, toNumber: incoming ? user.extension : client,
        userId: missed ? null : user.id, status: missed ? 'MISSED' : 'COMPLETED',
        startedAt: new Date(now.getTime() - rnd.int(0, 30 * 24 * 60) * MINUTE), durationSeconds: missed ? 0 : rnd.int(15, 900),
      });
    }
  }
  return calls;
}
