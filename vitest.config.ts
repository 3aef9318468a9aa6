import { defineConfig } from 'vitest/config';

// One test run covers every workspace. Tests that talk to PostgreSQL, Redis, Chromium or a
// spawned CLI get generous timeouts; a test never skips because a service is missing.
export default defineConfig({
  test: {
    include: [
      'packages/*/test/**/*.test.ts',
      'workers/test/**/*.test.ts',
      'sources/test/**/*.test.ts',
      'db/test/**/*.test.ts',
      'test/**/*.test.ts',
    ],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    reporters: ['default'],
  },
});
