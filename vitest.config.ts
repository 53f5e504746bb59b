import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

// Every temporary folder of a run (the tests', and the builds' and workers' they start, which inherit
// TMPDIR) goes into one folder, removed when the run ends: a run left ~300 folders in /tmp before.
const runTemp = mkdtempSync(join(tmpdir(), 'episode-archive-tests-'));
process.env.TMPDIR = runTemp;
process.on('exit', () => rmSync(runTemp, { recursive: true, force: true }));

// Timeouts are for what the slowest machine needs, never a speed check (speed is `npm run bench`'s): a
// shared two-core machine running another build beside the tests runs them three to ten times slower than
// an idle one (the slowest unit test, a thousand notes parsed, took 29 s there). A timeout only stops a
// test that hangs; no test passes or fails by how fast it was.
const MINUTE = 60_000;

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          setupFiles: ['tests/support/property-seed.ts'],
          testTimeout: 5 * MINUTE,
          hookTimeout: 5 * MINUTE,
        },
      },
      {
        // Tests over built sites: the global setup builds the sample and the fixture archive once.
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 10 * MINUTE,
          hookTimeout: 20 * MINUTE,
          fileParallelism: false,
          // A browser waits for what a page does (a search answers in about 0.35 s on an idle machine, over
          // 1 s on a loaded one with three search bundles to read): polls give up only after a minute.
          expect: { poll: { timeout: MINUTE } },
        },
      },
    ],
  },
});
