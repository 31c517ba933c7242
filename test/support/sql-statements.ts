import { SQL_STATEMENTS_HEADER } from '@appmarket/federation';

/**
 * The SQL statements a subgraph (or the gateway, summed) reports for one request. A missing or
 * malformed header fails the test: comparing two NaNs would pass and prove nothing.
 */
export function sqlStatementsOf(response: { headers: { get(name: string): string | null } }): number {
  const header = response.headers.get(SQL_STATEMENTS_HEADER);
  if (header === null || !/^\d+$/.test(header)) {
    throw new Error(`the response has no usable ${SQL_STATEMENTS_HEADER} header (got ${JSON.stringify(header)}): is statement counting on for this server?`);
  }
  return Number(header);
}
