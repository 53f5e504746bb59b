import { resolve } from 'node:path';

/** Where the test builds live; global-setup builds them, tests read them. */
export const TEST_SITES_DIR = resolve('.cache/test-sites');

/** The sites the tests build: the sample episode, and a fixture archive of several episodes. */
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
} as const;

export type SiteName = keyof typeof SITES;

/** Absolute path of a file in a built test site. */
export function sitePath(site: SiteName, path: string): string {
  return resolve(SITES[site].outDir, path.replace(/^\//, ''));
}
