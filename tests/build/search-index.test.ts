import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { sitePath } from '../support/sites.ts';

interface Fragment { url: string; content: string; filters: Record<string, string[]>; meta: Record<string, string>; anchors: { id: string; text: string }[] }

/** The pages in the fixture site's Pagefind index, as Pagefind stores them (gzipped JSON fragments). */
function indexedPages(): Map<string, Fragment> {
  const folder = sitePath('fixtures', 'pagefind/fragment');
  const pages = new Map<string, Fragment>();
  for (const file of readdirSync(folder)) {
    const text = gunzipSync(readFileSync(`${folder}/${file}`)).toString('utf8');
    const fragment = JSON.parse(text.slice(text.indexOf('{'))) as Fragment;
    pages.set(fragment.url, fragment);
  }
  return pages;
}

describe('the search index', () => {
  const pages = indexedPages();

  it('holds episode pages only', () => {
    expect([...pages.keys()].every((url) => url.startsWith('/episodes/'))).toBe(true);
    expect(pages.has('/episodes/1/')).toBe(true);
  });

  it('indexes chapter titles as words of their own, apart from their times', () => {
    const episode = pages.get('/episodes/1/')!;
    expect(episode.content).toContain('21:45 LogQL basics');
    expect(episode.content).not.toMatch(/\d(Welcome|What|LogQL|Questions)/);
    expect(episode.anchors.find((anchor) => anchor.id === 't-2882')?.text).toBe('48:02 Questions from the chat');
  });

  it('indexes the number, title, guests, topics, chapters, talking points and link titles, not bios, hosts or section headings', () => {
    const { content } = pages.get('/episodes/1/')!;
    for (const indexed of ['#1', 'Getting started with Grafana Loki', 'Jane Doe and Sam Rivera', 'What is Loki?', 'Labels versus log lines', 'Loki documentation', 'Loki.']) {
      expect(content).toContain(indexed);
    }
    for (const ignored of ['Runs the logging platform', 'Staff Engineer', 'Nicole van der Hoeven', 'Guests.', 'Host.', 'Topics.', 'Chapters.', 'Talking points.', 'Reference links.', 'Website']) {
      expect(content).not.toContain(ignored);
    }
  });

  it('indexes an upcoming episode once, without adding a year to the year filter', () => {
    const upcoming = pages.get('/episodes/5/')!;
    expect(upcoming.content.match(/Alerting without the noise/g)).toHaveLength(1);
    expect(upcoming.filters.year).toBeUndefined();
    expect(upcoming.meta.status).toBe('Upcoming');
    const years = new Set([...pages.values()].flatMap((page) => page.filters.year ?? []));
    expect([...years].sort()).toEqual(['2023', '2024', '2025']);
  });
});
