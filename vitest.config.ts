import { defineConfig } from 'vitest/config';

// Two projects: fast unit tests of the language core, and end-to-end tests in real browsers.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Browsers are heavy on two cores: one test file at a time.
          fileParallelism: false,
        },
      },
    ],
  },
});
