// Jest: unit tests (no database) and integration tests against a real PostgreSQL
// (TEST_DATABASE_URL, a fresh database per run; else the embedded engine).
import nextJest from 'next/jest.js';

const createJestConfig = nextJest({ dir: './' });

export default createJestConfig({
  testEnvironment: 'node',
  roots: ['<rootDir>/tests/unit', '<rootDir>/tests/integration'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  globalSetup: '<rootDir>/tests/setup/global-setup.mjs',
  globalTeardown: '<rootDir>/tests/setup/global-teardown.mjs',
  setupFiles: ['<rootDir>/tests/setup/per-file-db.ts'],
  setupFilesAfterEnv: ['<rootDir>/tests/setup/after-env.ts'],
  moduleNameMapper: {
    '^server-only$': '<rootDir>/tests/setup/empty-module.js',
    '^@/(.*)$': '<rootDir>/$1',
  },
  testTimeout: 60_000,
  // A real server gives each test file its own database copy; the embedded engine has one
  // database, so its files run one at a time.
  maxWorkers: process.env.TEST_DATABASE_URL ? 2 : 1,
});
