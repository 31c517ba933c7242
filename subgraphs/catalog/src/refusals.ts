import { DomainError } from '@appmarket/core';

/**
 * The refusals of one request's independent checks, collected so a form shows every problem at
 * once (issue 19, item 2): each check runs even when an earlier one refused, and `throwIfAny`
 * throws the first with all of them in `details.errors` (packages/federation/src/user-errors.ts
 * turns them into user errors). Anything that is not a DomainError is a fault and thrown at once.
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

  /** Runs one check that reads something (categories known?); its refusal is kept, not thrown. */
  async checkAsync(run: () => Promise<void>): Promise<void> {
    try {
      await run();
    } catch (error) {
      this.keep(error);
    }
  }

  /** Throws the first refusal, carrying every one (itself included) in `details.errors`; nothing when all passed. */
  throwIfAny(): void {
    const [first] = this.found;
    if (!first) return;
    if (this.found.length === 1) throw first;
    // A check that collected its own problems (checkPricingValues) brings them all, not only its first.
    const errors = this.found.flatMap((e) => Array.isArray(e.details.errors)
      ? (e.details.errors as unknown[])
      : [{ code: e.code, message: e.message, field: e.details.field ?? null }]);
    throw new DomainError(first.code, first.message, { ...first.details, errors });
  }

  private keep(error: unknown): void {
    if (!(error instanceof DomainError)) throw error;
    this.found.push(error);
  }
}
