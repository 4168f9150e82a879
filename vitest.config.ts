import { defineConfig } from 'vitest/config';

// Unit and component tests, Node only, none of them timed (timed tests are `*.slow.test.ts`: `npm run test:slow`); the browser tests (tests/browser) and the LibreOffice tests (tests/interop)
// run from their own configs (npm run test:browser, npm run test:interop).
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/browser/**', 'tests/interop/**', 'tests/**/*.slow.test.ts', 'node_modules/**'],
    environment: 'node',
    testTimeout: 30_000,
    allowOnly: false,
  },
});
