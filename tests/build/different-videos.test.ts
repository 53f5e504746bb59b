import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseRssFeed } from 'feedsmith';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSiteAfresh } from '../support/build-site.ts';
import { TEST_SITES_DIR } from '../support/sites.ts';

// Different videos are different episodes, whatever their dates and numbers (issue 23). Notes written here
// in the shapes the team's vault has: an Adobo & Avocados note numbered in its file name, and one of the
// same day named only by its title; and two of that show that claim one number.
const AA = 'projects/Adobo and Avocados';
const note = (date: string, video: string, heading: string, guest: string) =>
  `---\nurl: https://youtube.com/live/${video}\ndate: ${date}\n---\n# [[${heading}]]\n\nGuest:: ${guest}\n\n## Talking points\n\n- What the guest learned\n`;
const NOTES: Record<string, string> = {
  [`${AA}/A&A 41 - Speaking up at work.md`]: note('2023-12-04', 'AAAAAAAAB41', 'Speaking up at work', 'Amara Osei'),
  [`${AA}/Finding calm in on-call with Tomasz Nowak.md`]: note('2023-12-04', 'AAAAAAAAB42', 'Finding calm in on-call with Tomasz Nowak', ''),
  [`${AA}/A&A 45 - Writing for engineers.md`]: note('2024-02-05', 'AAAAAAAAB45', 'Writing for engineers', 'Lena Park'),
  [`${AA}/A&A 45 - Mentoring at scale.md`]: note('2024-02-12', 'AAAAAAAAB46', 'Mentoring at scale', 'Omar Haddad'),
  // Another show's episode of the same day: a site of several shows, whose feeds name each item's show.
  ['projects/Loki Community Calls/2023-12-04-loki-news.md']: note('2023-12-04', 'AAAAAAAAB47', '2023-12-04 Loki news', 'Ed Brown'),
};
const DAY = ['adobo-and-avocados/2023-12-04-speaking-up-at-work', 'adobo-and-avocados/2023-12-04-finding-calm-in-on-call-with-tomasz-nowak'];
const SHARED_NUMBER = ['adobo-and-avocados/2024-02-05-writing-for-engineers', 'adobo-and-avocados/2024-02-12-mentoring-at-scale'];

const work = mkdtempSync(join(tmpdir(), 'different-videos-'));
const outDir = resolve(TEST_SITES_DIR, 'different-videos');
const registryFile = join(work, 'episode-urls.json');
const read = (path: string) => readFileSync(join(outDir, path), 'utf8');
let result: { status: number; output: string };

beforeAll(() => {
  for (const [path, text] of Object.entries(NOTES)) {
    mkdirSync(dirname(join(work, 'notes', path)), { recursive: true });
    writeFileSync(join(work, 'notes', path), text);
  }
  result = buildSiteAfresh(outDir, { ARCHIVE_NOW: '2026-11-24T00:00:00Z', EPISODES_DIR: join(work, 'notes'), GUESTS_DIR: 'tests/fixtures/archive/guests', EPISODE_URLS_FILE: registryFile });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('two notes that name different videos (a build of notes written here)', () => {
  it('builds', () => {
    expect(result.status, result.output).toBe(0);
  });

  it('publishes two episodes of one show on one day, each at its own URL from its title, with its own guest', () => {
    const [numbered, titled] = DAY.map((key) => read(`episodes/${key}/index.html`));
    expect(numbered).toContain('Speaking up at work');
    expect(numbered).toContain('Amara Osei');
    expect(numbered).toMatch(/Adobo &amp; Avocados #41/);
    expect(titled).toContain('Finding calm in on-call with Tomasz Nowak');
    expect(titled).toContain('href="/guests/tomasz-nowak/"');
    const feed = parseRssFeed(read('shows/adobo-and-avocados/rss.xml'));
    expect(feed.items?.map((item) => new URL(item.link!).pathname)).toEqual(expect.arrayContaining(DAY.map((key) => `/episodes/${key}/`)));
  });

  it('tells the day\'s two episodes apart in the URL registry by video, so that each URL stays put', () => {
    const registry = JSON.parse(readFileSync(registryFile, 'utf8')) as { episodes: Record<string, { key: string }> };
    expect(registry.episodes['adobo-and-avocados/2023-12-04@AAAAAAAAB41']?.key).toBe(DAY[0]);
    expect(registry.episodes['adobo-and-avocados/2023-12-04@AAAAAAAAB42']?.key).toBe(DAY[1]);
  });

  it('publishes both episodes of a dated show that claim one number, showing the number for neither, and says so naming both', () => {
    for (const key of SHARED_NUMBER) {
      const page = read(`episodes/${key}/index.html`);
      expect(page).not.toMatch(/#45\b/);
      expect(page).not.toMatch(/"episodeNumber"/);
    }
    const items = parseRssFeed(read('rss.xml')).items ?? [];
    const titles = items.map((item) => item.title);
    expect(titles).toEqual(expect.arrayContaining(['Adobo & Avocados: Writing for engineers', 'Adobo & Avocados: Mentoring at scale', 'Adobo & Avocados #41: Speaking up at work']));
    expect(titles.join('\n')).not.toContain('#45');
    expect(result.output).toMatch(/A&A 45 - Writing for engineers\.md:5: this note and .*\/A&A 45 - Mentoring at scale\.md are both numbered 45 but name different videos \(AAAAAAAAB45, AAAAAAAAB46\): both are published, and the number is shown for neither/);
    expect(existsSync(join(outDir, 'episodes/45'))).toBe(false);
  });
});
