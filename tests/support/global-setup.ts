import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { buildSite } from './build-site.ts';
import { writeHostileNotes } from './hostile-notes.ts';
import { writePaginatedNotes } from './paginated-notes.ts';
import { SITES } from './sites.ts';

/** Builds each test site once per run (SKIP_TEST_BUILD=1 reuses existing builds while iterating). */
export default function setup(): void {
  for (const [name, site] of Object.entries(SITES)) {
    if (process.env.SKIP_TEST_BUILD === '1' && existsSync(site.outDir)) continue;
    if ('urlRegistryFixture' in site) {
      mkdirSync(dirname(site.env.EPISODE_URLS_FILE), { recursive: true });
      copyFileSync(site.urlRegistryFixture, site.env.EPISODE_URLS_FILE);
    }
    if ('generatedEpisodes' in site) writePaginatedNotes(site.env.EPISODES_DIR, site.generatedEpisodes);
    if ('hostileNotes' in site) {
      writeHostileNotes(site.env.EPISODES_DIR);
      rmSync(site.env.EPISODE_URLS_FILE, { force: true });
    }
    const result = buildSite(site.outDir, site.env);
    writeFileSync(`${site.outDir}.build.log`, result.output);
    if (result.status !== 0) {
      throw new Error(`Building the ${name} test site failed:\n${result.output.slice(-4000)}`);
    }
  }
}
