import { DomainError } from '@appmarket/core';

/** One thing wrong with a mutation's arguments, at the path of the argument (`permissions.2.entity`). */
export interface Problem {
  code: string;
  message: string;
  field: string;
  /** Kept on the thrown error when this problem comes first (e.g. `knownEntities`). */
  details?: Record<string, unknown>;
}

/**
 * Throws once for all the problems a check found (issue 19, item 2): the first is the error's
 * own code and field, every one is in `details.errors`, so a form marks each field at once
 * (packages/federation/src/user-errors.ts). Nothing when there are none.
 */
export function throwProblems(problems: readonly Problem[]): void {
  const [first] = problems;
  if (!first) return;
  throw new DomainError(first.code, first.message, {
    ...first.details,
    field: first.field,
    errors: problems.map(({ code, message, field }) => ({ code, message, field })),
  });
}
