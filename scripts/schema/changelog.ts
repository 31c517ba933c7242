import path from 'node:path';
import { ROOT } from '../contracts';

/** CHANGELOG.md: the API schema's changes for clients, Keep a Changelog style, newest first. */
export const CHANGELOG_FILE = path.join(ROOT, 'CHANGELOG.md');

const UNRELEASED = /^## \[Unreleased\][^\n]*\n([\s\S]*?)(?=^## |(?![\s\S]))/m;

/** An empty Unreleased section, ready for the next change. */
export const EMPTY_UNRELEASED = '### Added\n\n### Changed\n\n### Deprecated\n\n### Removed\n\n';

/** The text under `## [Unreleased]`, up to the next version heading. */
export function unreleasedSection(changelog: string): string {
  const match = UNRELEASED.exec(changelog);
  if (!match) throw new Error('CHANGELOG.md has no "## [Unreleased]" section');
  return match[1]!;
}

/** Unreleased without its empty subsection headings: blank when nothing was written under them. */
export function unreleasedEntries(changelog: string): string {
  return unreleasedSection(changelog)
    .split('\n')
    .filter((line) => line.trim() && !/^###\s/.test(line))
    .join('\n');
}

/**
 * Moves Unreleased's entries under `## [version] - date` (empty subsections dropped) and leaves a
 * fresh, empty Unreleased above it.
 */
export function releaseChangelog(changelog: string, version: string, date: string): string {
  if (changelog.includes(`## [${version}]`)) throw new Error(`CHANGELOG.md already has a section for ${version}`);
  const released = unreleasedSection(changelog)
    .split(/(?=^### )/m)
    .filter((block) => block.split('\n').slice(1).some((line) => line.trim()))
    .map((block) => `${block.trimEnd()}\n\n`)
    .join('');
  if (!released.trim()) throw new Error('CHANGELOG.md: Unreleased lists nothing to release');
  return changelog.replace(UNRELEASED, `## [Unreleased]\n\n${EMPTY_UNRELEASED}## [${version}] - ${date}\n\n${released}`);
}
