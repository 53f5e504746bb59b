import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';
import { runScript } from '../support/run-script.ts';

const work = mkdtempSync(join(tmpdir(), 'incremental-'));
const notes = join(work, 'notes');
const env = (cache: string) => ({
  ARCHIVE_NOW: '2026-11-24T00:00:00Z',
  EPISODES_DIR: notes,
  GUESTS_DIR: 'tests/fixtures/archive/guests',
  TRANSCRIPTS_DIR: 'tests/fixtures/archive/transcripts',
  EPISODE_URLS_FILE: join(work, `${cache}-urls.json`),
  ARCHIVE_CACHE_DIR: join(work, `${cache}-cache`),
});

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

const read = (path: string) => readFileSync(join(work, 'incremental', path), 'utf8');

/**
 * What Astro logs of a path: "├─ /guests/alex-kim/index.html (cached)" at once when reused; when rendered,
 * its render time comes later, after other paths have started ("├─ /a├─ /b (+5ms)"). Colours (CI has them) aside.
 */
const astroLineOf = (log: string, path: string) => stripVTControlCharacters(log).split(/[├└]─ /).find((entry) => entry.startsWith(`/${path}`))?.split('\n')[0] ?? '';

describe('a rebuild after notes changed (Astro incremental build)', () => {
  let rebuildLog = '';
  let unchangedLog = '';
  let talkingPointLog = '';

  beforeAll(() => {
    cpSync('tests/fixtures/archive/episodes', notes, { recursive: true });
    cpSync('tests/fixtures/archive/episode-urls.json', join(work, 'cache-urls.json'));
    cpSync('tests/fixtures/archive/episode-urls.json', join(work, 'fresh-urls.json'));
    const first = buildSite(join(work, 'incremental'), env('cache'));
    expect(first.status, first.output).toBe(0);

    // A retitled episode (its neighbours, its guest's and topic's pages and feeds show the title)
    // and a deleted one (its page, its neighbour's link and a guest only on it must go).
    const third = join(notes, 'GOH-03.md');
    writeFileSync(third, readFileSync(third, 'utf8').replace('GOH 03 - Profiling in production with Grafana Pyroscope', 'GOH 03 - Profiling in production, revisited with Grafana Pyroscope'));
    rmSync(join(notes, 'GOH-01.md'));
    // A published episode whose note is deleted stops the build until its URL is retired on purpose.
    const retired = runScript('retire.ts', ['/episodes/1/'], env('cache'));
    expect(retired.status, retired.stdout + retired.stderr).toBe(0);
    const rebuild = buildSite(join(work, 'incremental'), env('cache'));
    expect(rebuild.status, rebuild.output).toBe(0);
    rebuildLog = rebuild.output;
    // Nothing changed since: the search index is taken from the build cache, and the site stays the same.
    const again = buildSite(join(work, 'incremental'), env('cache'));
    expect(again.status, again.output).toBe(0);
    unchangedLog = again.output;
    // A talking point reworded in an episode with a transcript: its page changes, its transcript's does not.
    const second = join(notes, 'GOH-02.md');
    writeFileSync(second, readFileSync(second, 'utf8').replace('- Why tracing?', '- Why tracing at all?'));
    const edited = buildSite(join(work, 'incremental'), env('cache'));
    expect(edited.status, edited.output).toBe(0);
    talkingPointLog = edited.output;

    const fresh = buildSite(join(work, 'fresh'), env('fresh'), ['--force']);
    expect(fresh.status, fresh.output).toBe(0);
  });

  afterAll(() => { if (!process.env.KEEP_WORK) rmSync(work, { recursive: true, force: true }); });

  it('reuses the pages that did not change', () => {
    expect(rebuildLog).toMatch(/episodes\/2\/chapters\.json.*\((restored|cached)\)/);
    expect(rebuildLog).toMatch(/guests\/alex-kim\/index\.html.*\((restored|cached)\)/);
  });

  it('says before Vite bundles whether it handed back the memory of content loading: npm run build gives it gc()', () => {
    // Astro is started with gc() exposed (src/lib/build/astro-process.ts), and the release comes first of the build's steps.
    const log = stripVTControlCharacters(rebuildLog);
    // The fixture's heap is small: released or left as it is, the build says which, and so had gc().
    const released = log.search(/Memory of content loading (handed back|left as it is): a heap of \d+ MB/);
    expect(released).toBeGreaterThan(log.indexOf('Synced content'));
    expect(released).toBeLessThan(log.indexOf('Building static entrypoints'));
  });

  it('indexes the episode pages again when one changed, and reuses the index when none did', () => {
    expect(rebuildLog).toContain('Search index written');
    expect(unchangedLog).toContain('Search index unchanged: no episode page changed since the last build');
    // Deleting GOH 01 took its transcript page away; nothing changed in the next build.
    expect(rebuildLog).toContain('Transcripts\' search index written');
    expect(unchangedLog).toContain('Transcripts\' search index unchanged: no transcript page changed since the last build');
  });

  it('indexes the episode pages again after a talking point edit, and takes the transcripts\' index from the build cache', () => {
    expect(talkingPointLog).toContain('Search index written');
    expect(talkingPointLog).toContain('Transcripts\' search index unchanged: no transcript page changed since the last build');
    expect(read('episodes/2/index.html')).toContain('Why tracing at all?');
  });

  it('renders again the feeds a reworded talking point is in, and reuses the pages that list the episode as a card', () => {
    const lineOf = (path: string) => astroLineOf(talkingPointLog, path);
    for (const list of ['guests/alex-kim/index.html', 'guests/priya-natarajan/index.html', 'topics/distributed-tracing/index.html']) {
      expect(lineOf(list), list).toMatch(/\((restored|cached)\)/);
    }
    for (const feed of ['guests/alex-kim/rss.xml', 'topics/distributed-tracing/rss.xml']) {
      expect(lineOf(feed), feed).toMatch(/\/rss\.xml/);
      expect(lineOf(feed), feed).not.toMatch(/\((restored|cached)\)/);
    }
  });

  it('writes the feeds of every episode and of each show again only when one of their episodes changed', () => {
    const feeds = ['rss.xml', ...new Set(stripVTControlCharacters(talkingPointLog).match(/shows\/[^/\s]+\/rss\.xml/g) ?? [])];
    expect(feeds.length, 'the fixtures have several shows, so show feeds too').toBeGreaterThan(1);
    for (const feed of feeds) expect(astroLineOf(unchangedLog, feed), feed).toMatch(/\((restored|cached)\)/);
    // GOH 02's talking point is in the site's feed and in Office Hours' feed.
    for (const feed of ['rss.xml', 'shows/office-hours/rss.xml']) {
      expect(astroLineOf(talkingPointLog, feed), feed).toMatch(/\/rss\.xml/);
      expect(astroLineOf(talkingPointLog, feed), feed).not.toMatch(/\((restored|cached)\)/);
    }
  });

  it('writes again only the edited episode\'s feed item, and takes the others from the last build', () => {
    // GOH 02 is in English, so one item: every feed that holds it has the same.
    expect(stripVTControlCharacters(talkingPointLog)).toMatch(/Feed items: 1 written, [1-9]\d* taken from the last build/);
    // With every feed reused, the kept items are left as they were, for the build after.
    expect(unchangedLog).not.toContain('Feed items:');
  });

  it('gives exactly the site a build from scratch gives, file for file', () => {
    const incremental = files(join(work, 'incremental'));
    expect(incremental).toEqual(files(join(work, 'fresh')));
    for (const file of incremental) {
      if (!/\.(html|xml|json|ics|txt)$/.test(file)) continue;
      expect(read(file), file).toBe(readFileSync(join(work, 'fresh', file), 'utf8'));
    }
  });

  it('shows the new title on the episode, its neighbour, its guest and its topic', () => {
    for (const page of ['episodes/3/index.html', 'episodes/26/index.html', 'guests/ryan-perry/index.html', 'topics/pyroscope/index.html', 'rss.xml']) {
      expect(read(page), page).toContain('Profiling in production, revisited');
    }
  });

  it('removes the deleted episode, the links to it, and the guest who was only on it', () => {
    expect(existsSync(join(work, 'incremental', 'episodes/1/index.html'))).toBe(false);
    expect(read('episodes/2/index.html')).not.toContain('href="/episodes/1/"');
    expect(existsSync(join(work, 'incremental', 'guests/sam-rivera/index.html'))).toBe(false);
  });
});

describe('a daily rebuild with the build cache kept', () => {
  const dir = mkdtempSync(join(tmpdir(), 'daily-'));
  const dailyNotes = join(dir, 'notes');
  const dailyEnv = (now: string) => ({
    ARCHIVE_NOW: now,
    EPISODES_DIR: dailyNotes,
    GUESTS_DIR: 'tests/fixtures/archive/guests',
    EPISODE_URLS_FILE: join(dir, 'urls.json'),
    ARCHIVE_CACHE_DIR: join(dir, 'cache'),
  });
  let before = '';
  let after = '';

  beforeAll(() => {
    cpSync('tests/fixtures/archive/episodes/GOH-02.md', join(dailyNotes, 'GOH-02.md'));
    const note = join(dailyNotes, 'GOH-02.md');
    writeFileSync(note, readFileSync(note, 'utf8').replace(/^date: .*$/m, 'date: 2026-11-27'));
    const first = buildSite(join(dir, 'site'), dailyEnv('2026-11-24T00:00:00Z'));
    expect(first.status, first.output).toBe(0);
    before = readFileSync(join(dir, 'site', 'rss.xml'), 'utf8');
    // The next day's build, after the episode went out; same notes, same cache.
    const second = buildSite(join(dir, 'site'), dailyEnv('2026-11-28T00:00:00Z'));
    expect(second.status, second.output).toBe(0);
    after = readFileSync(join(dir, 'site', 'rss.xml'), 'utf8');
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('publishes an upcoming episode once it has gone out', () => {
    expect(before).not.toContain('<item>');
    expect(after).toContain('/episodes/2/</guid>');
    expect(readFileSync(join(dir, 'site', 'episodes/2/index.html'), 'utf8')).not.toMatch(/>Upcoming</);
  });
});
