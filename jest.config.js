/**
 * One jest run for the whole workspace. Unit tests sit beside the code in each package`s __tests__ folders;
 * cross-package tests (contracts, end-to-end) in `test/`. The global setup starts one embedded
 * PostgreSQL per run unless DATABASE_URL is set; each test file makes its own scratch database.
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['@swc/jest'] },
  testMatch: [
    '<rootDir>/{gateway,packages/*,subgraphs/*}/src/**/__tests__/**/*.test.ts',
    '<rootDir>/test/**/*.test.ts',
  ],
  // The replica test runs eight OS processes: its own command (npm run test:replicas, jest.replicas.config.js).
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/replicas/'],
  // dist/ (npm run build) mirrors the workspaces, package.json files included: tests run the sources.
  modulePathIgnorePatterns: ['<rootDir>/dist/'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  setupFiles: ['<rootDir>/test/support/env.ts'],
  testTimeout: 60_000,
  // 2 cores here: two workers keep Postgres and the servers from starving each other.
  maxWorkers: process.env.JEST_MAX_WORKERS ?? 2,
};
