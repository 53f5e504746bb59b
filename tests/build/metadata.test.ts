import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { SITES, sitePath, type SiteName } from '../support/sites.ts';

const read = (site: SiteName, path: string) => readFileSync(sitePath(site, path), 'utf8');
const meta = (html: string, key: string) => new RegExp(`<meta (?:property|name)="${key.replace(/[:]/g, '\\:')}" content="([^"]*)"`).exec(html)?.[1];
const jsonLdOf = (html: string) => [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map((match) => JSON.parse(match[1]!));
const pages = (site: SiteName) => readdirSync(SITES[site].outDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('index.html') && !file.includes('pagefind'));

describe('social cards and search engine data', () => {
  it('gives every page an Open Graph and Twitter image with its alt text: the episode\'s poster, else the site\'s card', () => {
    for (const file of pages('fixtures')) {
      const html = read('fixtures', file);
      if (html.includes('http-equiv="refresh"')) continue; // a moved episode's redirect page
      expect(meta(html, 'og:image'), file).toMatch(/^https:\/\/office-hours\.example\.org\/(posters\/[0-9a-f]{24}\.jpg|site-card\.jpg)$/);
      expect(meta(html, 'twitter:image'), file).toBe(meta(html, 'og:image'));
      expect(meta(html, 'twitter:card'), file).toBe('summary_large_image');
      expect(meta(html, 'og:image:alt')?.length, file).toBeGreaterThan(10);
      expect(meta(html, 'twitter:image:alt'), file).toBe(meta(html, 'og:image:alt'));
    }
    expect(meta(read('fixtures', 'guests/index.html'), 'og:image')).toBe('https://office-hours.example.org/site-card.jpg');
    expect(meta(read('fixtures', 'episodes/1/index.html'), 'og:image:alt')).toBe('Poster of Grafana Office Hours #1: Getting started with Grafana Loki');
  });

  it('draws the site\'s card locally, 1200x630', async () => {
    const card = await sharp(sitePath('fixtures', 'site-card.jpg')).metadata();
    expect([card.format, card.width, card.height]).toEqual(['jpeg', 1200, 630]);
  });

  it('titles and describes each page of the episode list differently', () => {
    const first = read('paginated', 'episodes/index.html');
    const second = read('paginated', 'episodes/page/2/index.html');
    expect(/<title>([^<]*)<\/title>/.exec(first)?.[1]).toBe('All episodes, page 1 of 2 · Grafana Community Livestreams');
    expect(/<title>([^<]*)<\/title>/.exec(second)?.[1]).toBe('All episodes, page 2 of 2 · Grafana Community Livestreams');
    expect(meta(first, 'description')).toMatch(/^Episodes 1–30 of 35 of Grafana Community Livestreams, newest first/);
    expect(meta(second, 'description')).toMatch(/^Episodes 31–35 of 35 of Grafana Community Livestreams, newest first/);
  });

  it('has no canonical URL on the 404 page, which is served at any missing address', () => {
    const html = read('fixtures', '404.html');
    expect(html).not.toContain('rel="canonical"');
    expect(html).not.toContain('og:url');
  });

  it('describes a published episode as a VideoObject: key moments link to the page at ?t=, guests and hosts are people', () => {
    const [video] = jsonLdOf(read('fixtures', 'episodes/1/index.html'));
    expect(video['@type']).toBe('VideoObject');
    expect(video.hasPart.map((clip: { url: string }) => clip.url)).toEqual([0, 250, 1305, 2882].map((t) => `https://office-hours.example.org/episodes/1/?t=${t}`));
    expect(video.hasPart[2]).toMatchObject({ '@type': 'Clip', name: 'LogQL basics', startOffset: 1305, endOffset: 2882 });
    expect(video.actor).toEqual([
      { '@type': 'Person', name: 'Jane Doe', url: 'https://office-hours.example.org/guests/jane-doe/' },
      { '@type': 'Person', name: 'Sam Rivera', url: 'https://office-hours.example.org/guests/sam-rivera/' },
      { '@type': 'Person', name: 'Nicole van der Hoeven' },
    ]);
  });

  it('describes an upcoming episode as a scheduled live broadcast, not as a video with an upload date', () => {
    const [event] = jsonLdOf(read('fixtures', 'episodes/5/index.html'));
    expect(event).toMatchObject({
      '@type': 'BroadcastEvent', isLiveBroadcast: true, startDate: '2099-01-09T13:00:00.000Z', endDate: '2099-01-09T14:00:00.000Z',
      location: { '@type': 'VirtualLocation', url: 'https://www.youtube.com/watch?v=AAAAAAAAAA5' },
    });
    expect(event).not.toHaveProperty('uploadDate');
    expect(event).not.toHaveProperty('hasPart');
    expect(event.performer.map((person: { name: string }) => person.name)).toEqual(['Jane Doe', 'Nicole van der Hoeven']);
  });

  it('ships no HTML comments in its pages', () => {
    for (const file of ['episodes/1/index.html', 'index.html', 'search/index.html']) expect(read('fixtures', file), file).not.toContain('<!--');
  });
});

describe('the sitemap', () => {
  const sitemap = () => readdirSync(SITES.fixtures.outDir).filter((file) => /^sitemap-\d+\.xml$/.test(file)).map((file) => read('fixtures', file)).join('');
  const locations = () => [...sitemap().matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);

  it('lists the episode pages and none of the redirect or 404 pages, which are not to be indexed', () => {
    const listed = locations();
    expect(listed).toContain('/episodes/loki-community-call/2025-08-12-structured-metadata-basics/');
    expect(listed).toContain('/episodes/1/');
    expect(listed).not.toContain('/episodes/loki-community-call/2025-08-05-structured-metadata-basics/');
    expect(listed.filter((path) => path.includes('404'))).toEqual([]);
    for (const path of listed) expect(read('fixtures', join(path, 'index.html')), path).not.toContain('name="robots" content="noindex"');
  });
});
