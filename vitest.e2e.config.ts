import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests (`npm run test:e2e`): the bot with its local chat page, driven in headless Chromium
 * (`/usr/bin/chromium`) through playwright-core. One file at a time: each starts a bot and a browser.
 */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    testTimeout: 90_000,
    hookTimeout: 60_000,
    pool: 'forks',
    fileParallelism: false,
    maxWorkers: 1,
  },
});
