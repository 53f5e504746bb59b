import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parseRssFeed } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import { builtEpisodes } from '../support/collection.ts';
import { sitePath } from '../support/sites.ts';

const read = (path: string) => readFileSync(sitePath('fixtures', path), 'utf8');
const mainText = (html: string) => (html.match(/<main[\s\S]*<\/main>/)?.[0] ?? '').replace(/<script[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, ' ');
const episodes = builtEpisodes('fixtures');
const dated = episodes.find((episode) => episode.show === 'loki-community-call')!;

describe('an archive of several shows (the fixture archive)', () => {
  it('gives a dated episode a stable URL from its show and date, kept when its title was edited', () => {
    // The fixture's URL registry pinned this episode under its first title, before it was renamed in the note.
    expect(dated.title).toBe('Structured metadata deep dive');
    expect(dated.key).toBe('loki-community-call/2025-08-12-structured-metadata-basics');
    const html = read(`episodes/${dated.key}/index.html`);
    expect(html).toContain('<h1 data-pagefind-meta="title">Structured metadata deep dive</h1>');
  });

  it('keeps a redirect page at the URL an episode had before its date changed, under the site\'s Content-Security-Policy', () => {
    const html = read('episodes/loki-community-call/2025-08-05-structured-metadata-basics/index.html');
    expect(html).toContain(`http-equiv="refresh" content="0;url=/episodes/${dated.key}/"`);
    expect(html).toContain(`<link rel="canonical" href="https://office-hours.example.org/episodes/${dated.key}/">`);
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toMatch(/<meta http-equiv="content-security-policy" content="default-src 'self';[^"]*script-src 'self'/);
    expect(html).toContain(`<a href="/episodes/${dated.key}/">Structured metadata deep dive</a>`);
  });

  it('publishes the newer template: its talking-point subsections, its chapter and link, none of its checklists', () => {
    const html = read(`episodes/${dated.key}/index.html`);
    const text = mainText(html);
    for (const subsection of ['Metadata fundamentals', 'Metadata in practice', 'Looking ahead']) expect(html).toMatch(new RegExp(`<h3[^>]*>${subsection}</h3>`));
    expect(text).toContain('Welcome and introductions');
    expect(html).toContain('href="https://grafana.com/docs/loki/latest/get-started/labels/structured-metadata/"');
    expect(html).toContain('Zoë Martínez Ortega');
    expect(html).not.toContain('&quot;Zoë');
    for (const internal of ['Monday board', 'Streamyard', 'drive.google.com', 'docs.google.com', 'pronounce', 'contributions sheet']) {
      expect(html).not.toContain(internal);
    }
  });

  it('marks every episode card and page with its show, and offers a show filter in search', () => {
    const home = read('index.html');
    // A card's title opens with its show (and number), and its tile names the show: #3 could be any show's.
    expect(home).toMatch(/<span class="card-kicker">Loki Community Call<span class="visually-hidden">:<\/span> <\/span>/);
    expect(home).toMatch(/<span class="card-kicker">Grafana Office Hours #3<span class="visually-hidden">:<\/span> <\/span>/);
    expect(read('episodes/index.html')).toMatch(/<p class="card-tile" aria-hidden="true"><span class="tile-show">GOH<\/span><span class="tile-number">#3<\/span><\/p>/);
    const page = read(`episodes/${dated.key}/index.html`);
    expect(page).toMatch(/<a class="badge show" href="\/shows\/loki-community-call\/" data-pagefind-ignore data-pagefind-filter="show">Loki Community Call<\/a>/);
    expect(read('episodes/index.html')).toContain('Structured metadata deep dive');
  });

  it('has a page and a feed per show, holding exactly that show\'s published episodes, and a Shows link in the header', () => {
    for (const show of ['office-hours', 'loki-community-call']) {
      const expected = episodes.filter((episode) => episode.show === show && episode.status === 'published');
      const feed = parseRssFeed(read(`shows/${show}/rss.xml`));
      expect(feed.items?.map((item) => new URL(item.link!).pathname).sort()).toEqual(expected.map((episode) => `/episodes/${episode.key}/`).sort());
      const page = read(`shows/${show}/index.html`);
      expect(page).toContain(`href="/shows/${show}/rss.xml"`);
      for (const episode of expected) expect(page).toContain(`href="/episodes/${episode.key}/"`);
    }
    expect(read('shows/index.html')).toContain('href="/shows/loki-community-call/"');
    expect(read('index.html')).toMatch(/<a href="\/shows\/"[^>]*>Shows<\/a>/);
  });

  it('publishes nothing from a note that matches no show', () => {
    const everyHtml = readdirSync(sitePath('fixtures', ''), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html') || file.endsWith('.xml'));
    for (const file of everyHtml) expect(read(file)).not.toContain('Budget for next quarter');
  });
});

describe('the site\'s own pages, true for however many shows the config has', () => {
  const readSite = (site: 'fixtures' | 'paginated', path: string) => mainText(readFileSync(sitePath(site, path), 'utf8')).replace(/\s+/g, ' ');

  it('says what the archive of several shows is on its About page, from the config, with each show, its episodes and its feed', () => {
    const about = readSite('fixtures', 'about/index.html');
    expect(about).toContain('The archive of the livestreams Grafana Labs makes with its community');
    expect(about).not.toContain('This is the archive of Grafana Office Hours');
    expect(about).toContain('The shows');
    expect(about).toMatch(/Grafana Office Hours A weekly livestream about Grafana[^.]*\. 4 episodes · RSS feed for this show/);
    expect(about).toMatch(/Loki Community Call A monthly call[^.]*\. 1 episode · RSS feed for this show/);
    expect(about).toMatch(/Café con Grafana \(in Spanish\) Una charla en español/);
    expect(readSite('fixtures', 'guests/index.html')).toContain('7 people have been a guest on Grafana Community Livestreams, across its 3 shows.');
    expect(readSite('fixtures', 'guests/index.html')).not.toContain('on the show');
  });

  it('reads naturally for an archive of one show: no list of shows, no "across its shows"', () => {
    const about = readSite('paginated', 'about/index.html');
    expect(about).toContain('The archive of the livestreams Grafana Labs makes with its community');
    expect(about).not.toContain('The shows');
    expect(readSite('paginated', 'guests/index.html')).toContain('5 people have been a guest on Grafana Community Livestreams.');
    const notFound = readSite('paginated', '404.html');
    expect(notFound).toMatch(/Episodes of Grafana Office Hours live at \/episodes\/&lt;number&gt;\/ ?, for example \/episodes\/35\/ ?\./);
    expect(notFound).not.toContain('other shows');
  });
});

describe('an archive of one show (the paginated site: 35 episodes of Office Hours)', () => {
  it('shows no show navigation, badge, page or filter at all', () => {
    const home = readFileSync(sitePath('paginated', 'index.html'), 'utf8');
    const episode = readFileSync(sitePath('paginated', 'episodes/1/index.html'), 'utf8');
    for (const html of [home, episode]) {
      expect(html).not.toContain('badge show');
      expect(html).not.toContain('card-kicker');
      expect(html).not.toContain('tile-show');
      expect(html).not.toContain('href="/shows/');
      expect(html).not.toContain('data-pagefind-filter="show"');
    }
    expect(existsSync(sitePath('paginated', 'shows'))).toBe(false);
  });
});
