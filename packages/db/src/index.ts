export * from './data-source';
export * from './database-url';
export * from './embedded-postgres';
export * from './sql-statement-counter';
export * from './idempotency';
export * from './entity-reader';
