import type { DomainError } from '@appmarket/core';

/**
 * Refuses with the first problem found, carrying the others in `details.errors` (issue 19, item 2:
 * the payload's userErrors list them all, so a form shows every field's problem at once).
 * Does nothing when there is none.
 */
export function throwAll(problems: readonly DomainError[]): void {
  const [first, ...rest] = problems;
  if (!first) return;
  if (rest.length) {
    first.details.errors = problems.map((p) => ({ code: p.code, message: p.message, field: p.details.field }));
  }
  throw first;
}
