import { defineConfig } from 'vitest/config';

// Three projects, run in this order (sequence.groupOrder):
// - unit: pure logic and jsdom component/model tests; no Neo4j, no server; files in parallel.
// - integration: one real Neo4j and one real server (test/global-setup.ts); files one at a time, since they share it.
// - e2e: the built web app (npm run build:web) in Debian's Chromium against the same server; one file at a time.
// The global setup is reference-counted, so integration and e2e share one Neo4j when run together.
export default defineConfig({
  test: {
    reporters: ['default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'web/src/**/*.test.tsx'],
          testTimeout: 10_000,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.{ts,tsx}'],
          globalSetup: ['test/global-setup.ts'],
          fileParallelism: false,
          maxWorkers: 1,
          testTimeout: 60_000,
          hookTimeout: 240_000,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/global-setup.ts'],
          fileParallelism: false,
          maxWorkers: 1,
          testTimeout: 60_000,
          hookTimeout: 240_000,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
