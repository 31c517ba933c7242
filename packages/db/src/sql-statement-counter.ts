import { RequestSlot } from '@appmarket/core';
import type { Logger as TypeOrmLogger } from 'typeorm';

/**
 * Counts the SQL statements issued inside a scope (one GraphQL request). Tests and benchmarks use
 * it to prove that the number of statements does not grow with the size of a page (no N+1).
 */
interface Scope {
  count: number;
  statements: string[];
}

/** A slot of the one request store (packages/core, request-context.ts) the request id shares. */
const scopeSlot = new RequestSlot<Scope>('sqlStatements');

export function countSqlStatements<T>(fn: () => Promise<T>): Promise<{ result: T; count: number; statements: string[] }> {
  const scope: Scope = { count: 0, statements: [] };
  return scopeSlot.run(scope, async () => {
    const result = await fn();
    return { result, count: scope.count, statements: scope.statements };
  });
}

/** Runs `fn` (one request's handling) in a fresh counting scope. */
export function runInSqlStatementScope<T>(fn: () => T): T {
  return scopeSlot.run({ count: 0, statements: [] }, fn);
}

export function currentSqlStatementCount(): number | undefined {
  return scopeSlot.get()?.count;
}

/** A TypeORM logger that records statements in the current scope and logs slow ones. */
export class CountingTypeOrmLogger implements TypeOrmLogger {
  constructor(private readonly logError: (msg: string, fields: Record<string, unknown>) => void = () => undefined) {}

  logQuery(query: string): void {
    const scope = scopeSlot.get();
    if (!scope) return;
    scope.count += 1;
    if (scope.statements.length < 200) scope.statements.push(query);
  }
  logQueryError(): void {
    // Failed statements surface as errors to their caller, who knows whether they were expected
    // (a constraint doing its job) or not (logged by the GraphQL edge with the request id).
  }
  logQuerySlow(time: number, query: string): void {
    this.logError('slow sql', { ms: time, query });
  }
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
