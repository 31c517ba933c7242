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
  return JSON.parse(readFileSync(file, 'utf8')) as AllowedBreak[];
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
  const plain = (change.path ?? '').split('.@')[0]!;
  const parts = plain.split('.');
  const forms = [plain];
  if (String(change.type).startsWith('FIELD_ARGUMENT') && parts.length === 3) forms.push(`${parts[0]}.${parts[1]}(${parts[2]}:)`);
  return forms.filter(Boolean);
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
  const coveredByAddition = (change: SchemaChange) => {
    const parts = (change.path ?? '').split('.@')[0]!.split('.');
    for (let n = parts.length - 1; n >= 1; n -= 1) {
      const ancestor = parts.slice(0, n).join('.');
      if (added.has(ancestor) && mentions(unreleased, ancestor)) return true;
    }
    return false;
  };
  return changes
    .filter(needsChangelogEntry)
    .filter((change) => !changeCoordinates(change).some((c) => mentions(unreleased, c)) && !coveredByAddition(change));
}

/** One line per change, as a developer pastes it into the allowlist or the CHANGELOG. */
export function describeChange(change: SchemaChange): string {
  return `${change.criticality.level.padEnd(12)} ${change.path ?? '(schema)'}: ${change.message}`;
}
