export * from './error-codes';
export * from './idempotency-key';
export * from './idempotency-keys';
export * from './idempotency-keys.migration';
