import { defineConfig } from 'vitest/config';

// Tests that time code (CPU-time bounds, the linearity harness's 1 KB vs 100 KB ratios): `npm run test:slow`, which
// CI runs after `npm test`. `npm test` never times anything.
export default defineConfig({
  test: {
    include: ['tests/**/*.slow.test.ts'],
    exclude: ['tests/browser/**', 'tests/interop/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 120_000,
    allowOnly: false,
  },
});
