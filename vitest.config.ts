import { defineConfig } from 'vitest/config';

// Unit and component tests; the browser tests (tests/browser) run from vitest.browser.config.ts.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/browser/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 30_000,
    allowOnly: false,
  },
});
