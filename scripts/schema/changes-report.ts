import { readFileSync } from 'node:fs';
import { API_SCHEMA_FILE, RELEASED_SCHEMA_FILE } from './api-schema';
import { CHANGELOG_FILE, unreleasedSection } from './changelog';
import { checkBreakingChanges, describeChange, draftChangelog, readAllowlist, schemaChanges, undocumentedChanges } from './changes';

/**
 * `npm run schema:changes`: every change between the released API schema and web/schema.graphql,
 * and what the schema-evolution test still wants: allowlist entries for unlisted breaking changes
 * (printed ready to paste, reason and issue to fill in) and the coordinates CHANGELOG.md lacks,
 * with a draft of the lines to write.
 */
async function main(): Promise<void> {
  const changes = await schemaChanges(readFileSync(RELEASED_SCHEMA_FILE, 'utf8'), readFileSync(API_SCHEMA_FILE, 'utf8'));
  const { unlisted, stale } = checkBreakingChanges(changes, readAllowlist());
  const undocumented = undocumentedChanges(changes, unreleasedSection(readFileSync(CHANGELOG_FILE, 'utf8')));
  console.log(`${changes.length} changes since the released schema:`);
  for (const change of changes) console.log(`  ${describeChange(change)}`);
  if (unlisted.length > 0) {
    console.log('\nbreaking changes to add to schema/breaking-allowlist.json (if intended):');
    console.log(JSON.stringify(unlisted.map((c) => ({ path: c.path, message: c.message, reason: 'TODO', issue: 'TODO' })), null, 2));
  }
  for (const entry of stale) console.log(`\nallowlist entry that matches no change (remove it): ${entry.path}: ${entry.message}`);
  if (undocumented.length > 0) {
    console.log("\nnot yet in CHANGELOG.md's Unreleased (name each coordinate):");
    for (const change of undocumented) console.log(`  ${describeChange(change)}`);
    console.log('\na draft for Unreleased (edit it into sentences for clients):\n');
    console.log(draftChangelog(undocumented));
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
