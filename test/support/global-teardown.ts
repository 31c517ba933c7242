export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __stopTestPostgres?: () => Promise<void> }).__stopTestPostgres?.();
}
