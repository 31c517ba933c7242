import { DomainError } from './errors';

/**
 * Every problem of one request at once (issue 19, item 2): a form shows each field's problem,
 * not only the first. A refusal carries the others in `details.errors` (`{ code, message, field }`
 * each), which packages/federation/src/user-errors.ts turns into a payload's userErrors.
 */
export interface RefusalDetail {
  code: string;
  message: string;
  field: unknown;
}

/** The problems a refusal stands for: its own `details.errors` when it collected some, else itself. */
function detailsOf(problem: DomainError): RefusalDetail[] {
  return Array.isArray(problem.details.errors)
    ? (problem.details.errors as RefusalDetail[])
    : [{ code: problem.code, message: problem.message, field: problem.details.field ?? null }];
}

/**
 * Refuses with the first problem found, carrying every one (itself included) in
 * `details.errors` when there are several; does nothing when there is none.
 */
export function throwAll(problems: readonly DomainError[]): void {
  const [first] = problems;
  if (!first) return;
  if (problems.length > 1) first.details.errors = problems.flatMap(detailsOf);
  throw first;
}

/**
 * Collects the refusals of independent checks: each check runs even when an earlier one refused,
 * and `throwIfAny` throws them together (throwAll). Anything that is not a DomainError is a
 * fault and is thrown at once.
 */
export class Refusals {
  private readonly found: DomainError[] = [];

  /** Runs one check; its refusal is kept, not thrown. */
  check(run: () => void): void {
    try {
      run();
    } catch (error) {
      this.keep(error);
    }
  }

  /** Runs one check that reads something (are the categories known?); its refusal is kept, not thrown. */
  async checkAsync(run: () => Promise<void>): Promise<void> {
    try {
      await run();
    } catch (error) {
      this.keep(error);
    }
  }

  /** Throws the refusals found so far together; nothing when all checks passed. */
  throwIfAny(): void {
    throwAll(this.found);
  }

  private keep(error: unknown): void {
    if (!(error instanceof DomainError)) throw error;
    this.found.push(error);
  }
}
