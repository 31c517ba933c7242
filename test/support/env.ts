// @apollo/gateway reports usage to Apollo unless told not to; there is no network here anyway.
process.env.APOLLO_TELEMETRY_DISABLED = '1';
// The catalog's cache (docs/CACHING.md) is off in tests unless a test turns it on for its own stack
// (test/catalog/cache.test.ts): other tests write rows directly and count SQL statements per request.
process.env.CATALOG_CACHE ??= 'off';
