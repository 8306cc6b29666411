// Browser tests: playwright-core driving Debian chromium against the production build.
// Run through `npm run test:e2e`, which starts the server and sets BASE_URL.
import nextJest from 'next/jest.js';

export default nextJest({ dir: './' })({
  testEnvironment: 'node',
  roots: ['<rootDir>/tests/e2e'],
  testMatch: ['**/*.test.ts'],
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/$1' },
  testTimeout: 90_000,
  maxWorkers: 1,
});
