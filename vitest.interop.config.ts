import { defineConfig } from 'vitest/config';

// Interop tests: real LibreOffice (soffice headless) opens, recalculates and converts what we write.
// Run by `npm run test:interop` (scripts/interop-tests.mjs checks that soffice is installed first).
export default defineConfig({
  test: {
    include: ['tests/interop/**/*.test.ts'],
    environment: 'node',
    testTimeout: 300_000,
    hookTimeout: 300_000,
    fileParallelism: false,
    allowOnly: false,
  },
});
