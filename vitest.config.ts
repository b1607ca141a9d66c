import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

const CRASH_TESTS = ['tests/integration/crash.test.ts', 'tests/integration/host-crash.test.ts'];

export default defineConfig({
  resolve: { alias: { '@shared': resolve(import.meta.dirname, 'shared') } },
  test: {
    environment: 'node',
    // Timeouts catch hangs, not slowness: on a loaded 2-core machine CPU-bound tests (a 300-node
    // tree PDF, property tests) took 30 s that take 10 s idle. Speed is `npm run bench`'s job.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: { name: 'unit+integration', include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'], exclude: CRASH_TESTS },
      },
      {
        // Black-box attacks on a host child process (tests/attack/support/host-process.ts): one file at
        // a time, after the unit and integration tests, so neither one attack's load nor the rest of the
        // suite blurs another's memory figures or the durability test's 100 ms window.
        extends: true,
        test: { name: 'attack', include: ['tests/attack/**/*.test.ts'], fileParallelism: false, sequence: { groupOrder: 1 } },
      },
      {
        // The crash tests promise "every update received 100 ms before a kill -9 survives". They run
        // after everything else, one file at a time, so the suite's own load on a 2-core machine
        // does not freeze the child host and blur what is being measured.
        extends: true,
        test: { name: 'crash', include: CRASH_TESTS, fileParallelism: false, sequence: { groupOrder: 2 } },
      },
    ],
  },
});
