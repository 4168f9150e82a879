import { defineConfig } from 'vitest/config';

// Browser tests: real Debian Chromium via playwright-core against the built dist/ served on localhost.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    allowOnly: false,
  },
});
