import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, SUPERGRAPH_FILE } from '../contracts';
import { API_SCHEMA_FILE, apiSchemaSdl, RELEASED_SCHEMA_FILE } from './api-schema';
import { CHANGELOG_FILE, releaseChangelog, unreleasedSection } from './changelog';
import { BREAKING_ALLOWLIST_FILE, checkBreakingChanges, describeChange, readAllowlist, schemaChanges, undocumentedChanges } from './changes';

/**
 * `npm run schema:release -- <version>` cuts a release of the API schema: the current
 * web/schema.graphql becomes the released snapshot that breaking changes are measured against,
 * CHANGELOG.md's Unreleased entries move under the version's heading, and the allowlist of
 * intended breaks empties (they are released now). It refuses while the checks `npm test` runs on
 * the change would fail. Run `npm run compose` first; commit the three files together.
 */
async function main(): Promise<void> {
  const version = process.argv[2];
  if (!version || !/^\d+\.\d+\.\d+$/.test(version)) throw new Error('usage: npm run schema:release -- <major.minor.patch>');
  const current = readFileSync(API_SCHEMA_FILE, 'utf8');
  if (current !== apiSchemaSdl(readFileSync(SUPERGRAPH_FILE, 'utf8'))) throw new Error('web/schema.graphql is stale: run `npm run compose` first');
  const changelog = readFileSync(CHANGELOG_FILE, 'utf8');
  const changes = await schemaChanges(readFileSync(RELEASED_SCHEMA_FILE, 'utf8'), current);
  const { unlisted, stale } = checkBreakingChanges(changes, readAllowlist());
  const undocumented = undocumentedChanges(changes, unreleasedSection(changelog));
  const problems = [
    ...unlisted.map((c) => `breaking change not in schema/breaking-allowlist.json: ${describeChange(c)}`),
    ...stale.map((e) => `allowlist entry matches no change: ${e.path}: ${e.message}`),
    ...undocumented.map((c) => `not in CHANGELOG.md's Unreleased: ${describeChange(c)}`),
  ];
  if (problems.length > 0) throw new Error(`cannot release ${version}:\n  ${problems.join('\n  ')}`);

  const date = new Date().toISOString().slice(0, 10);
  writeFileSync(CHANGELOG_FILE, releaseChangelog(changelog, version, date));
  mkdirSync(path.dirname(RELEASED_SCHEMA_FILE), { recursive: true });
  copyFileSync(API_SCHEMA_FILE, RELEASED_SCHEMA_FILE);
  writeFileSync(BREAKING_ALLOWLIST_FILE, '[]\n');
  console.log(`released ${version} (${changes.length} changes): updated CHANGELOG.md, ${path.relative(ROOT, RELEASED_SCHEMA_FILE)}, ${path.relative(ROOT, BREAKING_ALLOWLIST_FILE)}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
