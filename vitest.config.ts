import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'bot/**/*.test.ts', 'cards/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // The embedded Cosmos server runs in each test file's process; two cores, so keep the pool small.
    pool: 'forks',
    maxWorkers: 2,
  },
});
