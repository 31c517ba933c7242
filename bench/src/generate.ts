import { createHash } from 'node:crypto';
import { migrateSubgraph } from '@appmarket/db';
import { Client } from 'pg';
import { CATEGORY_DETAILS, LOYALTY_TOPICS, NEW_TOPICS, TELEPHONY_TOPICS, VENDORS } from '@appmarket/demo-data/src/vocabulary';
import { SUBGRAPHS } from '../../scripts/subgraphs';
import { openBenchDatabase } from './database';

/**
 * Fills a scratch database at marketplace scale with set-based SQL (INSERT … SELECT
 * generate_series), each subgraph's rows in its own schema after its real migrations.
 *
 * Ids are deterministic (`benchId(kind, n)`), so the runner knows every caller without a query:
 * account n has user n (its ADMIN) and installs 10n … 10n+9 (k = 0 TELEPHONY, 1 LOYALTY, 2–5
 * SERVER, 6–9 IFRAME: one live TELEPHONY and one live LOYALTY per account), and 10 calls on its
 * TELEPHONY install. Apps come in groups of ten by type in the same order; account n installs the
 * ten apps of group n mod (apps / 10). Apps are named and described from the demo vocabulary, in
 * Russian and English (loadTopics), so the storefront's search has real words to find.
 */
export interface Scale {
  vendors: number;
  apps: number;
  accounts: number;
  /** Per account: always 10 (installs = 10 × accounts). */
  installsPerAccount: 10;
  callsPerAccount: number;
}

export function scaleOf(factor: number): Scale {
  const r = (n: number) => Math.max(10, Math.round(n * factor));
  return { vendors: r(1_000), apps: Math.max(10, Math.round((10_000 * factor) / 10) * 10), accounts: r(100_000), installsPerAccount: 10, callsPerAccount: 10 };
}

export const KIND = { vendor: 1, app: 2, account: 3, install: 4, user: 5, call: 6, token: 7, billing: 8 } as const;

/** The deterministic uuid the generator gives row `n` of a kind (same as the SQL bench_id). */
export function benchId(kind: number, n: number): string {
  return `${kind.toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

/**
 * Plain install tokens (stored only hashed, as accounts stores them) of the first SERVER install
 * (k = 2) of account 0 (10 installs) and of account 1 (50 installs: the second page size).
 */
export const BENCH_APP_TOKENS = [
  { account: 0, install: 2, token: 'bench-app-token-account-0-000000000000000000000000' },
  { account: 1, install: 12, token: 'bench-app-token-account-1-000000000000000000000000' },
] as const;
/** Account 1 gets this many more installs (SERVER and IFRAME apps of groups 2–6). */
export const EXTRA_INSTALLS_OF_ACCOUNT_1 = 40;

export interface GenerateResult {
  seconds: number;
  rows: Record<string, number>;
  steps: { step: string; seconds: number }[];
}

export async function generate(url: string, scale: Scale, log: (line: string) => void = () => undefined): Promise<GenerateResult> {
  const started = performance.now();
  const steps: { step: string; seconds: number }[] = [];
  const timed = async (step: string, work: () => Promise<unknown>) => {
    const t = performance.now();
    await work();
    const seconds = (performance.now() - t) / 1000;
    steps.push({ step, seconds });
    log(`${step}: ${seconds.toFixed(1)} s`);
  };

  await timed('migrations (4 subgraphs)', async () => {
    for (const subgraph of SUBGRAPHS) {
      const dataSource = subgraph.createDataSource(url, 2);
      await dataSource.initialize();
      try {
        await migrateSubgraph(dataSource, subgraph.dbSchema);
      } finally {
        await dataSource.destroy();
      }
    }
  });
  const schema = Object.fromEntries(SUBGRAPHS.map((s) => [s.name, s.dbSchema]));
  const catalog = schema.catalog!;
  const accounts = schema.accounts!;
  const billing = schema.billing!;
  const telephony = schema['telephony-loyalty']!;

  const client = new Client({ connectionString: url });
  await client.connect();
  const sql = (text: string) => client.query(text);
  const { vendors: V, apps: A, accounts: N, callsPerAccount: C } = scale;
  const groups = A / 10;
  if (groups < 7) throw new Error('the bench needs at least 70 apps');
  // Extra install j of account 1: app of group 2 + j / 8 at position 2 + j % 8 (SERVER or IFRAME, not group 1's).
  const EXTRA_APP = '((2 + j / 8) * 10 + 2 + j % 8)';
  try {
    await sql(`SET synchronous_commit = off`);
    await sql(`CREATE OR REPLACE FUNCTION public.bench_id(kind int, n bigint) RETURNS uuid LANGUAGE sql IMMUTABLE AS
      $$ SELECT (lpad(to_hex(kind), 8, '0') || '-0000-4000-8000-' || lpad(to_hex(n), 12, '0'))::uuid $$`);
    // Type of app n and of install k: 0 TELEPHONY, 1 LOYALTY, 2–5 SERVER, 6–9 IFRAME.
    const typeOf = (expr: string) =>
      `(CASE WHEN ${expr} % 10 = 0 THEN 'TELEPHONY' WHEN ${expr} % 10 = 1 THEN 'LOYALTY' WHEN ${expr} % 10 < 6 THEN 'SERVER' ELSE 'IFRAME' END)`;

    await timed(`catalog: ${V} vendors, ${A} apps`, async () => {
      await client.query(`INSERT INTO ${catalog}.vendors (id, alias, name, created_at)
        SELECT bench_id(${KIND.vendor}, n), 'vendor-' || n,
          ($1::text[])[1 + n % cardinality($1::text[])] || CASE WHEN n >= cardinality($1::text[]) THEN ' ' || (n / cardinality($1::text[]) + 1) ELSE '' END,
          now() - n * interval '1 minute'
        FROM generate_series(0, ${V - 1}) n`, [VENDORS.map(([, name]) => name)]);
      await loadTopics(client);
      // Names and descriptions in both languages from the demo vocabulary (so search has real words
      // to find): app n of type TELEPHONY, LOYALTY or SERVER/IFRAME takes the next topic of its
      // family and, once the family's topics are used up, the next edition ("Про", "Лайт", …).
      // A third of the apps free (PR-1); paid ones a multiple of 500 RUB (PR-2); half of those with a trial (TR-1).
      await sql(`INSERT INTO ${catalog}.apps (id, vendor_id, alias, name, name_en, description, description_en, short_description_ru,
          short_description_en, category, categories, type, status, price_kopecks, trial_days, created_at, updated_at, published_at)
        SELECT bench_id(${KIND.app}, g.n), bench_id(${KIND.vendor}, g.n % ${V}), 'app-' || g.n,
          t.ru || e.ru, t.en || e.en, t.short_ru || ' ' || t.long_ru, t.short_en || ' ' || t.long_en, t.short_ru, t.short_en,
          t.category, ARRAY[t.category] || CASE WHEN g.n % 10 BETWEEN 2 AND 5 THEN ARRAY['integrations']::varchar[] ELSE ARRAY[]::varchar[] END,
          ${typeOf('g.n')}::${catalog}.app_type, 'PUBLISHED',
          CASE WHEN g.n % 3 = 0 THEN NULL ELSE (g.n % 5 + 1) * 50000 END,
          CASE WHEN g.n % 3 <> 0 AND g.n % 2 = 0 THEN 7 END,
          now() - g.n * interval '1 minute', now(), now() - g.n * interval '1 minute'
        FROM (SELECT n, CASE WHEN n % 10 = 0 THEN 0 WHEN n % 10 = 1 THEN 1 ELSE 2 END AS family,
                     CASE WHEN n % 10 < 2 THEN n / 10 ELSE (n / 10) * 8 + n % 10 - 2 END AS k
                FROM generate_series(0, ${A - 1}) n) g
        JOIN bench_family f ON f.family = g.family
        JOIN bench_topics t ON t.family = g.family AND t.idx = g.k % f.topics
        JOIN bench_editions e ON e.idx = (g.k / f.topics) % ${EDITIONS.length}`);
    });

    await timed(`accounts: ${N} accounts, ${N} users, ${N * 10} installs, 2 app tokens`, async () => {
      await sql(`INSERT INTO ${accounts}.accounts (id, name, tariff, zone, created_at)
        SELECT bench_id(${KIND.account}, n), 'Account ' || n, 'PROFESSIONAL', 'ru', now() - n * interval '1 second'
        FROM generate_series(0, ${N - 1}) n`);
      await sql(`INSERT INTO ${accounts}.users (id, account_id, full_name, email, role, extension, created_at)
        SELECT bench_id(${KIND.user}, n), bench_id(${KIND.account}, n), 'Admin ' || n, 'admin' || n || '@bench.test', 'ADMIN', '100', now()
        FROM generate_series(0, ${N - 1}) n`);
      await sql(`INSERT INTO ${accounts}.installs (id, account_id, app_id, app_type, status, installed_at, permissions, is_free, activation_state, updated_at)
        SELECT bench_id(${KIND.install}, i), bench_id(${KIND.account}, i / 10), bench_id(${KIND.app}, ((i / 10) % ${groups}) * 10 + i % 10),
          ${typeOf('i')}::${accounts}.installed_app_type, 'ACTIVE', now() - i * interval '1 second',
          CASE WHEN i % 10 BETWEEN 2 AND 5 THEN '{"descriptorVersion":1,"scope":"ADMIN","permissions":[],"flags":[]}'::jsonb END,
          (((i / 10) % ${groups}) * 10 + i % 10) % 3 = 0,
          CASE WHEN i % 10 BETWEEN 2 AND 5 THEN 'Activated' END, now()
        FROM generate_series(0, ${N * 10 - 1}) i`);
      for (const [n, t] of BENCH_APP_TOKENS.entries()) {
        await client.query(`INSERT INTO ${accounts}.app_tokens (id, install_id, token_sha256, created_at) VALUES ($1, $2, $3, now())`, [
          benchId(KIND.token, n), benchId(KIND.install, t.install), createHash('sha256').update(t.token).digest('hex'),
        ]);
      }
      // Account 1: 40 more installs, ids after the bulk ones (install n = 10 N + j, app of group 2 + j / 8, position 2 + j % 8).
      await sql(`INSERT INTO ${accounts}.installs (id, account_id, app_id, app_type, status, installed_at, permissions, is_free, activation_state, updated_at)
        SELECT bench_id(${KIND.install}, ${N * 10} + j), bench_id(${KIND.account}, 1), bench_id(${KIND.app}, ${EXTRA_APP}),
          ${typeOf(EXTRA_APP)}::${accounts}.installed_app_type, 'ACTIVE', now() - interval '1 day' - j * interval '1 second',
          CASE WHEN ${EXTRA_APP} % 10 BETWEEN 2 AND 5 THEN '{"descriptorVersion":1,"scope":"ADMIN","permissions":[],"flags":[]}'::jsonb END,
          (${EXTRA_APP}) % 3 = 0, CASE WHEN ${EXTRA_APP} % 10 BETWEEN 2 AND 5 THEN 'Activated' END, now()
        FROM generate_series(0, ${EXTRA_INSTALLS_OF_ACCOUNT_1 - 1}) j`);
    });

    await timed(`catalog: ${N * 10} installed_apps`, () =>
      sql(`INSERT INTO ${catalog}.installed_apps (account_id, app_id, installed, version, updated_at)
        SELECT bench_id(${KIND.account}, i / 10), bench_id(${KIND.app}, ((i / 10) % ${groups}) * 10 + i % 10), true, '0001', now()
        FROM generate_series(0, ${N * 10 - 1}) i
        UNION ALL SELECT bench_id(${KIND.account}, 1), bench_id(${KIND.app}, ${EXTRA_APP}), true, '0001', now()
        FROM generate_series(0, ${EXTRA_INSTALLS_OF_ACCOUNT_1 - 1}) j`),
    );

    await timed(`billing: ${N} billing accounts, ${N * 10} install billings`, async () => {
      await sql(`INSERT INTO ${billing}.billing_accounts (account_id) SELECT bench_id(${KIND.account}, n) FROM generate_series(0, ${N - 1}) n`);
      // Free apps FREE; paid ones alternately PAID and TRIAL (TR-1).
      await sql(`INSERT INTO ${billing}.install_billings (install_id, account_id, app_id, vendor_id, state, trial_ends_at, price_kopecks, paid_since, created_at, updated_at)
        SELECT bench_id(${KIND.install}, i), bench_id(${KIND.account}, acc), bench_id(${KIND.app}, a), bench_id(${KIND.vendor}, a % ${V}),
          (CASE WHEN a % 3 = 0 THEN 'FREE' WHEN i % 2 = 0 THEN 'PAID' ELSE 'TRIAL' END)::${billing}.billing_state,
          CASE WHEN a % 3 <> 0 AND i % 2 = 1 THEN now() + interval '7 days' END,
          CASE WHEN a % 3 = 0 THEN 0 ELSE (a % 5 + 1) * 50000 END,
          CASE WHEN a % 3 <> 0 AND i % 2 = 0 THEN now() - interval '30 days' END,
          now(), now()
        FROM (SELECT i, i / 10 AS acc, ((i / 10) % ${groups}) * 10 + i % 10 AS a FROM generate_series(0, ${N * 10 - 1}) i
              -- account 1's extra installs belong to account 1 (billing rows carry their account: scoping checks it)
              UNION ALL SELECT ${N * 10} + j, 1, ${EXTRA_APP} FROM generate_series(0, ${EXTRA_INSTALLS_OF_ACCOUNT_1 - 1}) j) s`);
    });

    await timed(`telephony-loyalty: ${N} phone installs, ${N * C} calls`, async () => {
      await sql(`INSERT INTO ${telephony}.phone_installs (account_id, install_id, bound_at)
        SELECT bench_id(${KIND.account}, n), bench_id(${KIND.install}, n * 10), now() FROM generate_series(0, ${N - 1}) n`);
      await sql(`INSERT INTO ${telephony}.calls (id, account_id, install_id, external_id, direction, from_number, to_number, user_id, status, started_at, duration_seconds)
        SELECT bench_id(${KIND.call}, c), bench_id(${KIND.account}, c / ${C}), bench_id(${KIND.install}, (c / ${C}) * 10), 'ext-' || c,
          (CASE WHEN c % 2 = 0 THEN 'INCOMING' ELSE 'OUTGOING' END)::${telephony}.call_direction,
          '+7900' || lpad((c % 10000000)::text, 7, '0'), '100', bench_id(${KIND.user}, c / ${C}),
          (CASE WHEN c % 7 = 0 THEN 'MISSED' ELSE 'COMPLETED' END)::${telephony}.call_status,
          now() - c * interval '1 second', c % 600
        FROM generate_series(0, ${N * C - 1}) c`);
    });

    await timed('ANALYZE', () => sql('ANALYZE'));
  } finally {
    await client.end();
  }
  const seconds = (performance.now() - started) / 1000;
  return {
    seconds,
    steps,
    rows: { vendors: V, apps: A, accounts: N, users: N, installs: N * 10 + EXTRA_INSTALLS_OF_ACCOUNT_1, installBillings: N * 10 + EXTRA_INSTALLS_OF_ACCOUNT_1, installedApps: N * 10 + EXTRA_INSTALLS_OF_ACCOUNT_1, calls: N * C },
  };
}

/** Editions that tell apps of one topic apart, as the demo catalog names them. */
const EDITIONS: [string, string][] = [['', ''], [' Лайт', ' Lite'], [' Про', ' Pro'], [' Бизнес', ' Business'], [' 2.0', ' 2.0'], [' Старт', ' Start'], [' Онлайн', ' Online'], [' Максимум', ' Max']];
const FAMILIES = [TELEPHONY_TOPICS, LOYALTY_TOPICS, NEW_TOPICS];

/** The vocabulary as temporary tables the set-based INSERT joins (family 0 TELEPHONY, 1 LOYALTY, 2 SERVER and IFRAME). */
async function loadTopics(client: Client): Promise<void> {
  const topics = FAMILIES.flatMap((family, f) => family.map((t, idx) => ({ f, idx, t, long: CATEGORY_DETAILS[t.category] ?? { ru: '', en: '' } })));
  await client.query(`CREATE TEMP TABLE bench_topics (family int, idx int, ru text, en text, category varchar(64), short_ru text, short_en text, long_ru text, long_en text)`);
  await client.query(`INSERT INTO bench_topics SELECT * FROM unnest($1::int[], $2::int[], $3::text[], $4::text[], $5::varchar[], $6::text[], $7::text[], $8::text[], $9::text[])`, [
    topics.map((x) => x.f), topics.map((x) => x.idx), topics.map((x) => x.t.ru), topics.map((x) => x.t.en), topics.map((x) => x.t.category),
    topics.map((x) => x.t.descriptionRu), topics.map((x) => x.t.descriptionEn), topics.map((x) => x.long.ru), topics.map((x) => x.long.en),
  ]);
  await client.query(`CREATE TEMP TABLE bench_family AS SELECT * FROM unnest($1::int[], $2::int[]) AS f(family, topics)`, [[0, 1, 2], FAMILIES.map((f) => f.length)]);
  await client.query(`CREATE TEMP TABLE bench_editions AS SELECT * FROM unnest($1::int[], $2::text[], $3::text[]) AS e(idx, ru, en)`, [
    EDITIONS.map((_, i) => i), EDITIONS.map(([ru]) => ru), EDITIONS.map(([, en]) => en),
  ]);
}

if (require.main === module) {
  void (async () => {
    const factor = Number(process.env.BENCH_SCALE ?? '1');
    const db = await openBenchDatabase(console.log);
    try {
      const result = await generate(db.url, scaleOf(factor), (line) => console.log(`[generate] ${line}`));
      console.log(JSON.stringify({ scale: factor, ...result }, null, 2));
    } finally {
      await db.stop();
    }
  })().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
