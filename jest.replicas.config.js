/**
 * `npm run test:replicas`: the product scaled out, every service a real OS process (issue 20,
 * item 6; test/replicas). Slow (about a minute to start eight processes), so not part of
 * `npm test`; CI runs it after (`.ci/run`). Same global setup: embedded PostgreSQL unless
 * DATABASE_URL is set; the machine's Redis at REDIS_URL (else 127.0.0.1:6379), skipped without one.
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['@swc/jest'] },
  testMatch: ['<rootDir>/test/replicas/**/*.test.ts'],
  // dist/ (npm run build, as CI runs before) mirrors the workspaces, package.json files included: tests run the sources.
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/web/dist/'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  setupFiles: ['<rootDir>/test/support/env.ts'],
  testTimeout: 120_000,
  maxWorkers: 1,
};
