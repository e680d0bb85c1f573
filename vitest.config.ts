import { defineConfig } from 'vitest/config';
import { LOCAL_SITE_URL } from './src/lib/site-url.ts';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/markdown/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          environment: 'node',
          // The site address the built dist/ and the fixture builds use (npm test sets the same default).
          env: { SITE_URL: process.env.SITE_URL || LOCAL_SITE_URL },
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One browser per file; files run one at a time on a 2-core machine.
          fileParallelism: false,
        },
      },
    ],
  },
});
