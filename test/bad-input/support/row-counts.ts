import type { DataSource } from 'typeorm';
import { SUBGRAPHS } from '../../../scripts/subgraphs';
import type { TestStack } from '../../support/stack';

/** Rows per table of every subgraph's own schema (`catalog.apps: 12`), counted exactly. */
export async function rowCounts(stack: TestStack): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const subgraph of SUBGRAPHS) Object.assign(counts, await countsOf(stack.dataSources[subgraph.name]!, subgraph.dbSchema));
  return counts;
}

async function countsOf(dataSource: DataSource, schema: string): Promise<Record<string, number>> {
  const tables: { table_name: string }[] = await dataSource.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = $1 AND table_type = 'BASE TABLE' ORDER BY table_name`, [schema],
  );
  if (tables.length === 0) throw new Error(`schema ${schema} has no tables: is it the subgraph's schema?`);
  const select = tables.map(({ table_name }, i) => `(SELECT count(*) FROM "${schema}"."${table_name}") AS t${i}`).join(', ');
  const [row] = await dataSource.query(`SELECT ${select}`);
  return Object.fromEntries(tables.map(({ table_name }, i) => [`${schema}.${table_name}`, Number(row[`t${i}`])]));
}

/** Runs `work` over `items` `width` at a time (the cases of a file, without a thousand sockets at once). */
export async function inBatches<T, R>(items: readonly T[], width: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += width) results.push(...(await Promise.all(items.slice(i, i + width).map(work))));
  return results;
}
