// Browser tests: playwright-core driving Debian chromium against the production build.
// Run through `npm run test:e2e`, which starts the server and sets BASE_URL.
import nextJest from 'next/jest.js';

export default nextJest({ dir: './' })({
  testEnvironment: 'node',
  roots: ['<rootDir>/tests/e2e'],
  testMatch: ['**/*.test.ts'],
  moduleNameMapper: { '^server-only$': '<rootDir>/tests/setup/empty-module.js', '^@/(.*)$': '<rootDir>/$1' },
  setupFilesAfterEnv: ['<rootDir>/tests/setup/after-env.ts'],
  testTimeout: 90_000,
  maxWorkers: 1,
});
