import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Where the test builds live; global-setup builds them, tests read them. */
export const TEST_SITES_DIR = resolve('.cache/test-sites');

/**
 * The sites the tests build once per run (global-setup): the sample episode, a fixture archive of
 * several episodes, a long generated one, and an archive of hostile but valid notes. Every one of them
 * goes through the output checks of tests/build/valid-output.test.ts (HTML validity, CSP, links).
 */
export const SITES = {
  sample: {
    outDir: resolve(TEST_SITES_DIR, 'sample'),
    env: { ARCHIVE_NOW: '2026-11-24T00:00:00Z' },
  },
  fixtures: {
    outDir: resolve(TEST_SITES_DIR, 'fixtures'),
    env: {
      ARCHIVE_NOW: '2026-11-24T00:00:00Z',
      EPISODES_DIR: 'tests/fixtures/archive/episodes',
      GUESTS_DIR: 'tests/fixtures/archive/guests',
      TRANSCRIPTS_DIR: 'tests/fixtures/archive/transcripts',
      // A copy: the build records new URLs in it, and the fixture must stay as written.
      EPISODE_URLS_FILE: resolve(TEST_SITES_DIR, 'fixtures-episode-urls.json'),
    },
    urlRegistryFixture: 'tests/fixtures/archive/episode-urls.json',
  },
  /** 35 small generated episodes: /episodes/ has two pages. */
  paginated: {
    outDir: resolve(TEST_SITES_DIR, 'paginated'),
    env: {
      ARCHIVE_NOW: '2026-11-24T00:00:00Z',
      EPISODES_DIR: resolve(TEST_SITES_DIR, 'paginated-notes'),
      GUESTS_DIR: 'tests/fixtures/archive/guests',
      EPISODE_URLS_FILE: resolve(TEST_SITES_DIR, 'paginated-episode-urls.json'),
    },
    generatedEpisodes: 35,
  },
  /** Hostile but valid notes (tests/support/hostile-notes.ts): markup, odd bytes, huge lines, internal links. */
  hostile: {
    outDir: resolve(TEST_SITES_DIR, 'hostile'),
    env: {
      ARCHIVE_NOW: '2026-11-24T00:00:00Z',
      EPISODES_DIR: resolve(TEST_SITES_DIR, 'hostile-notes'),
      GUESTS_DIR: 'tests/fixtures/archive/guests',
      EPISODE_URLS_FILE: resolve(TEST_SITES_DIR, 'hostile-episode-urls.json'),
    },
    hostileNotes: true,
  },
} as const;

export type SiteName = keyof typeof SITES;

/** Absolute path of a file in a built test site. */
export function sitePath(site: SiteName, path: string): string {
  return resolve(SITES[site].outDir, path.replace(/^\//, ''));
}

/** What the build of a test site printed (global-setup keeps it): its warnings, for tests to check. */
export function buildLog(site: SiteName): string {
  return readFileSync(`${SITES[site].outDir}.build.log`, 'utf8');
}
