import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outputFolderOf, setAside } from '../../src/lib/build/output-folder.ts';
import { loadNotesFolder } from '../../src/lib/collection/notes-folder.ts';
import { noteParserOptions } from '../../src/lib/collection/parser-options.ts';
import { posterFactsOf, posterFileName } from '../../src/lib/seo/poster-facts.ts';
import { siteConfig } from '../../src/site.config.ts';
import { buildSite } from '../support/build-site.ts';
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
    expect(result.output).toMatch(/The build failed, so .*failed\/ was moved to .*failed\.failed\/ .*do not deploy it/);
  });

  it('leaves no output folder that could be deployed or previewed', () => {
    expect(existsSync(outDir)).toBe(false);
    // What Astro had written is kept aside for inspection: the failure came after the pages.
    expect(existsSync(join(`${outDir}.failed`, 'episodes/1/index.html'))).toBe(true);
    expect(existsSync(join(`${outDir}.failed`, 'pagefind'))).toBe(false);
  });
});

describe('the output folder of a build command', () => {
  it('is its --outDir in either form, else the configured one, else dist/', () => {
    expect(outputFolderOf(['--outDir', 'site'], undefined)).toBe(resolve('site'));
    expect(outputFolderOf(['--force', '--outDir=/tmp/x'], 'out')).toBe('/tmp/x');
    expect(outputFolderOf(['--force'], 'out')).toBe(resolve('out'));
    expect(outputFolderOf([], undefined)).toBe(resolve('dist'));
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
