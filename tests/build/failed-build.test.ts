import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildingFolderOf, outputFolderOf, putInPlace, removeDetached, setAside, withOutDir } from '../../src/lib/build/output-folder.ts';
import { loadNotesFolder } from '../../src/lib/collection/notes-folder.ts';
import { noteParserOptions } from '../../src/lib/collection/parser-options.ts';
import { posterFactsOf, posterFileName } from '../../src/lib/seo/poster-facts.ts';
import { siteConfig } from '../../src/site.config.ts';
import { buildSite, buildSiteKilled } from '../support/build-site.ts';
import { TEST_SITES_DIR } from '../support/sites.ts';

const ARCHIVE_NOW = '2026-11-24T00:00:00Z';
const work = mkdtempSync(join(tmpdir(), 'failed-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a build that fails after Astro has written the pages', () => {
  const outDir = resolve(TEST_SITES_DIR, 'failed');
  let result: { status: number; output: string };
  beforeAll(() => {
    const notes = join(work, 'episodes');
    cpSync('tests/fixtures/archive/episodes/GOH-01.md', join(notes, 'GOH-01.md'));
    // A damaged build cache: where the episode's poster should be cached there is a folder. Pages
    // are all written by the time posters are placed into the site, so this fails the build late.
    const cache = join(work, 'cache');
    const [note] = loadNotesFolder(notes, noteParserOptions(siteConfig, new Date(ARCHIVE_NOW))).notes;
    mkdirSync(join(cache, 'posters', posterFileName(posterFactsOf(note!.parsed.episode, siteConfig.shows))), { recursive: true });
    // A site from an earlier, good build is in the way, as it would be on a real machine.
    rmSync(`${outDir}.failed`, { recursive: true, force: true });
    cpSync(resolve(TEST_SITES_DIR, 'sample'), outDir, { recursive: true });
    result = buildSite(outDir, {
      ARCHIVE_NOW, EPISODES_DIR: notes, GUESTS_DIR: 'tests/fixtures/archive/guests',
      ARCHIVE_CACHE_DIR: cache, EPISODE_URLS_FILE: join(work, 'urls.json'),
    });
  });

  it('exits with an error and says where the output went', () => {
    expect(result.status, result.output.slice(-2000)).not.toBe(0);
    expect(result.output).toMatch(/The build failed, so its output was moved to .*failed\.failed\/ \(it may hold part of this build\): do not deploy it; .*failed\/ is left as it was, from the last build that succeeded\./);
  });

  it('leaves the output folder as the last build that succeeded made it, and the failed one aside', () => {
    // The earlier, good site: untouched, not one page of the failed build mixed in.
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe(readFileSync(resolve(TEST_SITES_DIR, 'sample/index.html'), 'utf8'));
    expect(existsSync(join(outDir, 'episodes/1/index.html'))).toBe(existsSync(resolve(TEST_SITES_DIR, 'sample/episodes/1/index.html')));
    expect(existsSync(`${outDir}.building`)).toBe(false);
    // What the build had written is kept aside for inspection: the failure came after the pages, the search
    // index and the leak guard: posters are placed last.
    expect(existsSync(join(`${outDir}.failed`, 'episodes/1/index.html'))).toBe(true);
    expect(existsSync(join(`${outDir}.failed`, 'pagefind'))).toBe(true);
  });
});

describe('a build that is killed mid-way', () => {
  const outDir = resolve(TEST_SITES_DIR, 'killed');
  let result: { status: number; output: string };
  beforeAll(async () => {
    rmSync(`${outDir}.building`, { recursive: true, force: true });
    cpSync(resolve(TEST_SITES_DIR, 'sample'), outDir, { recursive: true });
    const notes = join(work, 'killed-notes');
    cpSync('tests/fixtures/archive/episodes', notes, { recursive: true });
    // Killed once Astro has begun writing pages: the build is stopped from outside, as Ctrl-C or a CI timeout would.
    result = await buildSiteKilled(outDir, { ARCHIVE_NOW, EPISODES_DIR: notes, GUESTS_DIR: 'tests/fixtures/archive/guests', EPISODE_URLS_FILE: join(work, 'killed-urls.json') }, /generating static routes/);
  });

  it('leaves the last good site where it was, whole, and the partial one beside it', () => {
    expect(result.status, result.output.slice(-2000)).not.toBe(0);
    expect(existsSync(`${outDir}.building`)).toBe(true);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe(readFileSync(resolve(TEST_SITES_DIR, 'sample/index.html'), 'utf8'));
    expect(readdirSync(outDir).sort()).toEqual(readdirSync(resolve(TEST_SITES_DIR, 'sample')).sort());
  });
});

describe('the output folder of a build command', () => {
  it('is its --outDir in either form, else the configured one, else dist/', () => {
    expect(outputFolderOf(['--outDir', 'site'], undefined)).toBe(resolve('site'));
    expect(outputFolderOf(['--force', '--outDir=/tmp/x'], 'out')).toBe('/tmp/x');
    expect(outputFolderOf(['--force'], 'out')).toBe(resolve('out'));
    expect(outputFolderOf([], undefined)).toBe(resolve('dist'));
  });

  it('is built beside itself, and put in place whole', () => {
    expect(buildingFolderOf('/srv/site/dist')).toBe('/srv/site/dist.building');
    expect(withOutDir(['--force', '--outDir=/tmp/x', '--verbose'], '/tmp/x.building')).toEqual(['--force', '--verbose', '--outDir', '/tmp/x.building']);
    expect(withOutDir(['--outDir', 'site'], 'site.building')).toEqual(['--outDir', 'site.building']);
    const folder = join(work, 'placed');
    mkdirSync(join(folder, 'old-page'), { recursive: true });
    mkdirSync(join(`${folder}.building`, 'new-page'), { recursive: true });
    putInPlace(`${folder}.building`, folder);
    expect(readdirSync(folder)).toEqual(['new-page']);
    expect(existsSync(`${folder}.building`)).toBe(false);
    expect(existsSync(`${folder}.previous`)).toBe(false);
    // A folder being built is set aside under the output folder's name.
    mkdirSync(join(`${folder}.building`, 'partial'), { recursive: true });
    expect(setAside(`${folder}.building`, 'rejected')).toBe(`${folder}.rejected`);
  });

  it('has the previous site removed by a process of its own, so that the build returns without waiting', async () => {
    const folder = join(work, 'placed-detached');
    mkdirSync(join(folder, 'old-page'), { recursive: true });
    mkdirSync(join(`${folder}.building`, 'new-page'), { recursive: true });
    // Left by a removal that did not finish: removed before the old site takes its name.
    mkdirSync(join(`${folder}.previous`, 'older-page'), { recursive: true });
    putInPlace(`${folder}.building`, folder, removeDetached);
    expect(readdirSync(folder)).toEqual(['new-page']);
    for (let waited = 0; existsSync(`${folder}.previous`) && waited < 20_000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(existsSync(`${folder}.previous`)).toBe(false);
  });

  it('is moved aside next to itself, replacing an older one, or left alone when there is none', () => {
    const folder = join(work, 'site');
    mkdirSync(join(folder, 'episodes'), { recursive: true });
    mkdirSync(join(work, 'site.failed', 'stale'), { recursive: true });
    expect(setAside(folder, 'failed')).toBe(join(work, 'site.failed'));
    expect(existsSync(folder)).toBe(false);
    expect(existsSync(join(work, 'site.failed', 'episodes'))).toBe(true);
    expect(existsSync(join(work, 'site.failed', 'stale'))).toBe(false);
    expect(setAside(folder, 'failed')).toBeUndefined();
  });
});
