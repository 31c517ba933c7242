import { readFileSync } from 'node:fs';
import { API_SCHEMA_FILE, RELEASED_SCHEMA_FILE } from '../../scripts/schema/api-schema';
import { CHANGELOG_FILE, EMPTY_UNRELEASED, releaseChangelog, unreleasedEntries, unreleasedSection } from '../../scripts/schema/changelog';
import {
  checkBreakingChanges,
  describeChange,
  draftChangelog,
  readAllowlist,
  schemaChanges,
  undocumentedChanges,
  type AllowedBreak,
} from '../../scripts/schema/changes';

/**
 * Issue 19 item 9: no breaking change reaches clients unannounced. GraphQL Inspector diffs the last
 * released API schema (schema/released/api-schema.graphql) with the current one (web/schema.graphql);
 * breaking changes must be intended (schema/breaking-allowlist.json), and every change must be
 * named in CHANGELOG.md's Unreleased section. `npm run schema:changes` prints what is missing.
 */
describe('schema evolution against the released API schema', () => {
  const released = readFileSync(RELEASED_SCHEMA_FILE, 'utf8');
  const current = readFileSync(API_SCHEMA_FILE, 'utf8');

  it('every breaking change is an intended one in schema/breaking-allowlist.json, and every entry still applies', async () => {
    const { unlisted, stale, incomplete } = checkBreakingChanges(await schemaChanges(released, current), readAllowlist());
    const problems = [
      ...unlisted.map((c) => `breaking change not allowlisted: ${describeChange(c)}`),
      ...stale.map((e) => `allowlist entry matches no change any more (remove it): ${e.path}: ${e.message}`),
      ...incomplete.map((e) => `allowlist entry without a reason or issue: ${e.path}: ${e.message}`),
    ];
    if (problems.length > 0) {
      throw new Error(
        `${problems.join('\n')}\n` +
          'A breaking change breaks clients built on the released schema: add the new thing beside the old one and ' +
          'deprecate the old (docs/API.md, "Deprecation"). If the break is intended, add {path, message, reason, issue} ' +
          'to schema/breaking-allowlist.json (`npm run schema:changes` prints the entries) and name it in CHANGELOG.md.',
      );
    }
  });

  it("every change since the release is named in CHANGELOG.md's Unreleased section", async () => {
    const undocumented = undocumentedChanges(await schemaChanges(released, current), unreleasedSection(readFileSync(CHANGELOG_FILE, 'utf8')));
    if (undocumented.length > 0) {
      throw new Error(
        `${undocumented.length} schema change(s) not named in CHANGELOG.md under "## [Unreleased]":\n` +
          `${undocumented.map((c) => `  ${describeChange(c)}`).join('\n')}\n` +
          'Add a line naming each coordinate (`Type.field`, `Type.field(arg:)`, `Enum.VALUE`) under Added, Changed, Deprecated or Removed.',
      );
    }
  });

  describe('on a release and a change made for the purpose', () => {
    const before = `
      enum Zone { ru kz }
      type App { id: ID! name: String! price: Int }
      type Query { apps(first: Int): [App!]! zone: Zone }
    `;
    const after = `
      enum Zone { RU kz }
      type App { id: ID! name: String! "Now described." price: Int installCount: Int! }
      type Money { amountKopecks: String! currency: String! }
      type Query { apps(first: Int, after: String): [App!]! zone: Zone money: Money }
    `;

    it('finds the renamed enum value as breaking, and an allowlist entry with reason and issue accepts it', async () => {
      const changes = await schemaChanges(before, after);
      const breaks = changes.filter((c) => c.criticality.level === 'BREAKING').map((c) => c.path);
      expect(breaks).toEqual(['Zone.ru']);
      const entry: AllowedBreak = { path: 'Zone.ru', message: "Enum value 'ru' was removed from enum 'Zone'", reason: 'SCREAMING_CASE', issue: '19' };
      expect(checkBreakingChanges(changes, [])).toMatchObject({ unlisted: [{ path: 'Zone.ru' }], stale: [] });
      expect(checkBreakingChanges(changes, [entry])).toEqual({ unlisted: [], stale: [], incomplete: [] });
      expect(checkBreakingChanges(changes, [{ ...entry, issue: '' }]).incomplete).toHaveLength(1);
    });

    it('reports an allowlist entry that no longer matches a change', async () => {
      const stale: AllowedBreak = { path: 'App.name', message: "Field 'name' was removed from object type 'App'", reason: 'r', issue: '19' };
      expect(checkBreakingChanges(await schemaChanges(before, after), [stale]).stale).toEqual([stale]);
    });

    it('asks for every change by coordinate in Unreleased, but not for description edits or the fields of a new type', async () => {
      const changes = await schemaChanges(before, after);
      expect(undocumentedChanges(changes, '').map((c) => c.path).sort()).toEqual([
        'App.installCount', 'Money', 'Money.amountKopecks', 'Money.currency', 'Query.apps.after', 'Query.money', 'Zone.RU', 'Zone.ru',
      ]);
      const unreleased = [
        '### Added',
        '- `App.installCount`, `Query.money` returning the new `Money`; `Query.apps(after:)` pages on.',
        '### Changed',
        '- `Zone.ru` is now `Zone.RU`.',
      ].join('\n');
      expect(undocumentedChanges(changes, unreleased)).toEqual([]);
      expect(undocumentedChanges(changes, unreleased.replace('`Zone.ru` is now ', '')).map((c) => c.path)).toEqual(['Zone.ru']);
    });

    it('drafts Unreleased lines that satisfy the check: one per coordinate, a new type once, breaks marked', async () => {
      const changes = await schemaChanges(before, after);
      const draft = draftChangelog(undocumentedChanges(changes, ''));
      expect(draft).toBe(
        [
          '### Added',
          '',
          "- `App.installCount`: Field 'installCount' was added to object type 'App'",
          "- `Money`: Type 'Money' was added",
          "- `Query.apps(after:)`: Argument 'after: String' added to field 'Query.apps'",
          "- `Query.money`: Field 'money' was added to object type 'Query'",
          "- `Zone.RU`: Enum value 'RU' was added to enum 'Zone'",
          '',
          '### Removed',
          '',
          "- `Zone.ru`: Enum value 'ru' was removed from enum 'Zone' (breaking)",
          '',
        ].join('\n'),
      );
      expect(undocumentedChanges(changes, draft)).toEqual([]);
    });
  });

  describe('cutting a release', () => {
    const changelog = `# Changelog\n\nIntro.\n\n## [Unreleased]\n\n### Added\n\n- \`Query.viewer\`.\n\n### Changed\n\n### Deprecated\n\n### Removed\n\n## [1.0.0] - 2026-11-26\n\n### Added\n\n- First.\n`;

    it('moves the Unreleased entries under the version, drops empty headings and leaves an empty Unreleased', () => {
      const cut = releaseChangelog(changelog, '1.1.0', '2026-12-01');
      expect(cut).toBe(`# Changelog\n\nIntro.\n\n## [Unreleased]\n\n${EMPTY_UNRELEASED}## [1.1.0] - 2026-12-01\n\n### Added\n\n- \`Query.viewer\`.\n\n## [1.0.0] - 2026-11-26\n\n### Added\n\n- First.\n`);
      expect(unreleasedEntries(cut)).toBe('');
    });

    it('refuses a version already released and an empty Unreleased', () => {
      expect(() => releaseChangelog(changelog, '1.0.0', '2026-12-01')).toThrow('already has a section for 1.0.0');
      expect(() => releaseChangelog(releaseChangelog(changelog, '1.1.0', '2026-12-01'), '1.2.0', '2026-12-02')).toThrow('nothing to release');
    });
  });
});
