import { defineConfig } from 'vitest/config';

// One real Neo4j and one real server for the whole run (test/global-setup.ts); files run one at a
// time because they share that database.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'web/src/**/*.test.tsx'],
    globalSetup: ['test/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
    reporters: ['default'],
  },
});
