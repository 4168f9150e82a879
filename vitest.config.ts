import { defineConfig } from 'vitest/config';

// Unit and component tests, Node only; the browser tests (tests/browser) and the LibreOffice tests (tests/interop)
// run from their own configs (npm run test:browser, npm run test:interop).
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/browser/**', 'tests/interop/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 30_000,
    allowOnly: false,
  },
});
