import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import type { DataSource, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Hot reads of one flat entity (no relations, embeddeds, inheritance or load listeners) without
 * TypeORM's query builder, for the reads every request makes (issue 17, item 3: building the
 * SELECT and grouping its rows were ~8–10 % of a subgraph's CPU per request).
 *
 * The select list is written once from the entity's metadata, the statement goes through the
 * DataSource (so it is logged, counted per request and timed like any other), and each row is
 * hydrated as `getMany()` hydrates it: an instance of the entity's class, every selected column
 * through the driver's `prepareHydratedValue` (dates, enums, arrays, transformers), in row order.
 * Columns marked `select: false` are left out, as `getMany()` leaves them out.
 */
export class EntityReader<T extends ObjectLiteral> {
  private readonly metadata: EntityMetadata;
  private readonly columns: readonly ColumnMetadata[];
  private readonly select: string;
  /** The entity's table, escaped and schema-qualified as TypeORM names it (for subqueries in `where`). */
  readonly table: string;

  constructor(private readonly dataSource: DataSource, entity: EntityTarget<T>) {
    const metadata = dataSource.getMetadata(entity);
    const unsupported = [
      metadata.relations.length ? 'relations' : '',
      metadata.embeddeds.length ? 'embedded columns' : '',
      metadata.discriminatorColumn || metadata.childEntityMetadatas.length ? 'table inheritance' : '',
      metadata.afterLoadListeners.length ? '@AfterLoad listeners' : '',
      dataSource.subscribers.length ? 'entity subscribers' : '',
    ].filter(Boolean);
    if (unsupported.length) throw new Error(`EntityReader(${metadata.name}): ${unsupported.join(', ')} need TypeORM's own reads`);
    this.metadata = metadata;
    this.columns = metadata.columns.filter((column) => !column.isVirtual && column.isSelect);
    const escape = (name: string) => dataSource.driver.escape(name);
    this.table = metadata.tablePath.split('.').map(escape).join('.');
    this.select = `SELECT ${this.columns.map((column) => `t.${escape(column.databaseName)}`).join(', ')} FROM ${this.table} t`;
  }

  /**
   * The rows `WHERE <where>` (the table's alias is `t`; parameters are `$1`, `$2`, …), hydrated.
   * `where` is SQL written in the code, never text from a caller.
   */
  async where(where: string, parameters: readonly unknown[]): Promise<T[]> {
    const rows = (await this.dataSource.query(`${this.select} WHERE ${where}`, [...parameters])) as Record<string, unknown>[];
    return rows.map((row) => this.hydrate(row));
  }

  private hydrate(row: Record<string, unknown>): T {
    const entity = this.metadata.create(undefined, { fromDeserializer: true }) as T;
    const driver = this.dataSource.driver;
    for (const column of this.columns) {
      const value = row[column.databaseName];
      if (value !== undefined) column.setEntityValue(entity, driver.prepareHydratedValue(value, column));
    }
    return entity;
  }
}
