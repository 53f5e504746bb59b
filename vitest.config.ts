import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 20_000 },
      },
      {
        // Tests over built sites: the global setup builds the sample and the fixture archive once.
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
          fileParallelism: false,
          // A search in the browser answers in about 0.35 s here; on a loaded CI machine, with three search
          // bundles to read (episodes, another language, transcripts), one took over the default 1 s.
          expect: { poll: { timeout: 5_000 } },
        },
      },
    ],
  },
});
