import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';
import { ROOT } from '../contracts';

/**
 * Schema evolution: GraphQL Inspector's diff between the last released API schema and the current
 * one, checked against the allowlist of intended breaking changes and against CHANGELOG.md.
 */
export const BREAKING_ALLOWLIST_FILE = path.join(ROOT, 'schema', 'breaking-allowlist.json');

/** An intended breaking change: Inspector's path and message, why it is worth breaking clients, the issue. */
export interface AllowedBreak {
  path: string;
  message: string;
  reason: string;
  issue: string;
}

export type SchemaChange = Change;

export function schemaChanges(releasedSdl: string, currentSdl: string): Promise<SchemaChange[]> {
  return diff(buildSchema(releasedSdl), buildSchema(currentSdl));
}

export function isBreaking(change: SchemaChange): boolean {
  return change.criticality.level === CriticalityLevel.Breaking;
}

export function readAllowlist(file = BREAKING_ALLOWLIST_FILE): AllowedBreak[] {
  const entries: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(entries)) throw new Error(`${path.relative(ROOT, file)}: expected an array of { path, message, reason, issue }`);
  return entries as AllowedBreak[];
}

/** Breaking changes the allowlist does not name, entries that match no change, and entries missing a reason or issue. */
export function checkBreakingChanges(
  changes: SchemaChange[],
  allowlist: AllowedBreak[],
): { unlisted: SchemaChange[]; stale: AllowedBreak[]; incomplete: AllowedBreak[] } {
  const matches = (entry: AllowedBreak, change: SchemaChange) => entry.path === change.path && entry.message === change.message;
  const breaking = changes.filter(isBreaking);
  return {
    unlisted: breaking.filter((change) => !allowlist.some((entry) => matches(entry, change))),
    stale: allowlist.filter((entry) => !breaking.some((change) => matches(entry, change))),
    incomplete: allowlist.filter((entry) => !entry.reason?.trim() || !/\S/.test(entry.issue ?? '')),
  };
}

/** Description edits are documentation, not API changes: they need no CHANGELOG line. */
export function needsChangelogEntry(change: SchemaChange): boolean {
  return !String(change.type).includes('DESCRIPTION');
}

/**
 * The schema coordinate a change is about (`Type`, `Type.field`, `Enum.VALUE`), with the argument
 * form `Type.field(arg:)` as the other accepted spelling of Inspector's `Type.field.arg`.
 */
export function changeCoordinates(change: SchemaChange): string[] {
  const plain = coordinateOf(change);
  const parts = plain.split('.');
  // Three parts are always an argument: enum values and input fields have two.
  return parts.length === 3 ? [plain, `${parts[0]}.${parts[1]}(${parts[2]}:)`] : [plain];
}

/** Inspector's path without a directive part (`Query.b.@deprecated` → `Query.b`); `schema` for changes to the schema definition. */
function coordinateOf(change: SchemaChange): string {
  return (change.path ?? '').split('.@')[0] || 'schema';
}

/** `Type` and `Type.field` for a change at `Type.field.arg`: the coordinates that contain it. */
function properAncestors(change: SchemaChange): string[] {
  const parts = coordinateOf(change).split('.');
  return parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join('.'));
}

function mentions(text: string, coordinate: string): boolean {
  const escaped = coordinate.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\w.])${escaped}(?![\\w]|\\.\\w)`).test(text);
}

/**
 * Changes Unreleased does not mention by coordinate. A change inside a type or field added in the
 * same diff is covered by the mention of what was added (a new type's fields need no line each).
 */
export function undocumentedChanges(changes: SchemaChange[], unreleased: string): SchemaChange[] {
  const added = new Set(
    changes.filter((c) => c.type === 'TYPE_ADDED' || c.type === 'FIELD_ADDED').map((c) => c.path ?? ''),
  );
  const coveredByAddition = (change: SchemaChange) =>
    properAncestors(change).some((ancestor) => added.has(ancestor) && mentions(unreleased, ancestor));
  return changes
    .filter(needsChangelogEntry)
    .filter((change) => !changeCoordinates(change).some((c) => mentions(unreleased, c)) && !coveredByAddition(change));
}

/** One line per change, as a developer pastes it into the allowlist or the CHANGELOG. */
export function describeChange(change: SchemaChange): string {
  return `${change.criticality.level.padEnd(12)} ${change.path ?? '(schema)'}: ${change.message}`;
}

const SECTION_ORDER = ['Added', 'Changed', 'Deprecated', 'Removed'] as const;

function sectionOf(change: SchemaChange): (typeof SECTION_ORDER)[number] {
  const type = String(change.type);
  if (type.includes('DEPRECATION') || (change.path ?? '').endsWith('.@deprecated')) return type.includes('REMOVED') ? 'Changed' : 'Deprecated';
  if (type.endsWith('_ADDED')) return 'Added';
  if (type.endsWith('_REMOVED')) return 'Removed';
  return 'Changed';
}

/**
 * A draft of Unreleased's lines for the given (undocumented) changes, one per coordinate under
 * Keep a Changelog's headings: a starting point to edit into sentences for clients, never to paste
 * blindly. Members of an added type or field are left to the line that names it.
 */
export function draftChangelog(changes: SchemaChange[]): string {
  const added = new Set(changes.filter((c) => c.type === 'TYPE_ADDED' || c.type === 'FIELD_ADDED').map((c) => c.path ?? ''));
  const lines = new Map<string, Map<string, string>>(SECTION_ORDER.map((s) => [s, new Map()]));
  for (const change of changes.filter(needsChangelogEntry)) {
    const coordinate = changeCoordinates(change).at(-1)!;
    if (properAncestors(change).some((a) => added.has(a))) continue;
    const section = lines.get(sectionOf(change))!;
    if (!section.has(coordinate)) section.set(coordinate, `- \`${coordinate}\`: ${change.message}${isBreaking(change) ? ' (breaking)' : ''}`);
  }
  return SECTION_ORDER.filter((s) => lines.get(s)!.size > 0)
    .map((s) => `### ${s}\n\n${[...lines.get(s)!.values()].sort().join('\n')}\n`)
    .join('\n');
}
