// Issue 23: who was on and what it was about, in the built fixture archive. The fixture notes under
// tests/fixtures/archive/episodes/projects/ hold one shape each of the team's guest lines, titles and topics.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parseRssFeed } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import { sitePath } from '../support/sites.ts';

const read = (path: string) => readFileSync(sitePath('fixtures', path), 'utf8');
const exists = (path: string) => existsSync(sitePath('fixtures', path));
const jsonLd = (html: string): Record<string, unknown>[] =>
  [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((match) => JSON.parse(match[1]!) as Record<string, unknown>);
const guestFilterValues = (html: string) => [...html.matchAll(/data-pagefind-filter="guest"[^>]*>([^<]*)</g)].map((match) => match[1]!);
const fold = (name: string) => name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
const allHtml = () => readdirSync(sitePath('fixtures', ''), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));

describe('guests written with their organisation (GOH 6: `Mateo Peña ([Contenedores](…)), Pablo Ruiz (Grafana)`)', () => {
  const page = read('episodes/6/index.html');

  it('names the people alone, in the header, the search filter and the guest URLs', () => {
    expect(guestFilterValues(page)).toEqual(['Mateo Peña', 'Pablo Ruiz']);
    expect(page).toContain('href="/guests/mateo-pena/"');
    expect(page).toContain('href="/guests/pablo-ruiz/"');
    expect(exists('guests/mateo-pena/index.html')).toBe(true);
    for (const file of readdirSync(sitePath('fixtures', 'guests'))) expect(file).not.toMatch(/contenedores|grafana|https/);
  });

  it('shows each organisation beside the name, linked when the note links it', () => {
    expect(page).toMatch(/<p class="muted guest-affiliation"><a href="https:\/\/contenedores\.example\.org\/" rel="noopener">Contenedores<\/a><\/p>/);
    expect(page).toMatch(/<p class="muted guest-affiliation">Grafana<\/p>/);
    const guestPage = read('guests/mateo-pena/index.html');
    expect(guestPage).toContain('<h1>Mateo Peña</h1>');
    expect(guestPage).toContain('>Contenedores</a>');
  });

  it('gives each guest their organisation as `affiliation` in the structured data', () => {
    const video = jsonLd(page).find((item) => item['@type'] === 'VideoObject')!;
    expect(video.actor).toContainEqual({ '@type': 'Person', name: 'Mateo Peña', url: 'https://office-hours.example.org/guests/mateo-pena/',
      affiliation: { '@type': 'Organization', name: 'Contenedores', url: 'https://contenedores.example.org/' } });
    const person = jsonLd(read('guests/pablo-ruiz/index.html')).find((item) => item['@type'] === 'Person')!;
    expect(person.affiliation).toEqual({ '@type': 'Organization', name: 'Grafana' });
  });

  it('names the people alone in feed titles and people', () => {
    const feed = parseRssFeed(read('guests/mateo-pena/rss.xml'));
    expect(feed.title).toContain('Mateo Peña');
    expect(feed.title).not.toContain('Contenedores');
    expect(read('feeds.opml')).not.toContain('Contenedores');
  });
});

describe('other shapes of guest lines', () => {
  it('reads `Name from Org`, a nickname inside a name and people joined by "+" (GOH 7)', () => {
    expect(guestFilterValues(read('episodes/7/index.html'))).toEqual(['Lena Fischer', 'Robert (Bob) Lindqvist']);
    expect(exists('guests/lena-fischer/index.html')).toBe(true);
    expect(exists('guests/robert-bob-lindqvist/index.html')).toBe(true);
    expect(read('episodes/7/index.html')).toMatch(/<p class="muted guest-affiliation">Sensorik<\/p>/);
  });

  it('reads a freehand `Loki Helm Maintainers - …` line as guests and `Hosts - Nicole & Jay` as the show\'s hosts, never as guests', () => {
    const page = read('episodes/loki-community-call/2024-10-29-introduction-to-the-helm-chart/index.html');
    expect(guestFilterValues(page)).toEqual(['Anneke de Vries', 'Tomás Quiroga', 'Wren Castellano']);
    expect(page).toContain('Nicole van der Hoeven and Jay Clifford');
    expect(exists('guests/jay-clifford/index.html')).toBe(false);
    expect(exists('guests/nicole/index.html')).toBe(false);
  });

  it('takes the guest from an Adobo & Avocados title "… with <guest>", and never from an Office Hours title "… with Faro"', () => {
    const aa = read('episodes/adobo-and-avocados/2023-10-04-burnout-and-recovery-with-karina-todorova/index.html');
    expect(guestFilterValues(aa)).toEqual(['Karina Todorova']);
    expect(guestFilterValues(read('episodes/8/index.html'))).toEqual([]);
    expect(exists('guests/faro/index.html')).toBe(false);
  });
});

describe('one person, one name', () => {
  it('gives "Mateo Peña" (Office Hours) and "Mateo Pena" (Café con Grafana) one page, under the accented spelling', () => {
    const guestPage = read('guests/mateo-pena/index.html');
    expect(guestPage).toContain('href="/episodes/6/"');
    expect(guestPage).toContain('href="/episodes/cafe-con-grafana/2024-01-25-pruebas-con-contenedores/"');
    expect(guestFilterValues(read('episodes/cafe-con-grafana/2024-01-25-pruebas-con-contenedores/index.html'))).toEqual(['Mateo Peña', 'Inés Romero']);
    expect(allHtml().some((file) => read(file).includes('Mateo Pena<'))).toBe(false);
  });

  it('has each person once among the search filter\'s guest values, whatever the accents and case', () => {
    const values = new Set(allHtml().flatMap((file) => guestFilterValues(read(file))));
    const byPerson = new Map<string, string[]>();
    for (const value of values) byPerson.set(fold(value), [...(byPerson.get(fold(value)) ?? []), value]);
    expect([...byPerson.values()].filter((spellings) => spellings.length > 1)).toEqual([]);
    expect(values).toContain('Mateo Peña');
  });

  it('lists guests and topics as people read them, accents and case folded', () => {
    const names = (html: string) => [...html.matchAll(/<a href="\/(?:guests|topics)\/[^/"]+\/"[^>]*>([^<]+)<\/a>/g)].map((match) => match[1]!.trim());
    const topics = names(read('topics/index.html'));
    // GOH 1's tag "logs" is no vocabulary topic: kept as written, sorted among the L's.
    for (const [before, after] of [['Faro', 'IoT'], ['IoT', 'Kubernetes'], ['Kubernetes', 'logs'], ['logs', 'Loki']]) {
      expect(topics.indexOf(before!)).toBeGreaterThan(-1);
      expect(topics.indexOf(before!), `${before} before ${after}`).toBeLessThan(topics.indexOf(after!));
    }
    const guests = names(read('guests/index.html'));
    expect(guests.indexOf('Inés Romero')).toBeLessThan(guests.indexOf('Jane Doe'));
  });
});

describe('titles and topics', () => {
  it('takes the video\'s title from its transcript when the note\'s only title is its file name, decoded and without the show\'s suffix', () => {
    const page = read('episodes/loki-community-call/2024-05-21-log-cache/index.html');
    expect(page).toContain('<h1 data-pagefind-meta="title">Scaling the log cache: do&#39;s and don&#39;ts</h1>');
    expect(page).not.toContain('>log-cache<');
    expect(read('rss.xml')).toContain('<title>Loki Community Call: Scaling the log cache: do&apos;s and don&apos;ts</title>');
  });

  it('takes a heading\'s title over the file name\'s', () => {
    expect(read('episodes/loki-community-call/2024-10-29-introduction-to-the-helm-chart/index.html')).toContain('Introduction to the Helm chart</h1>');
  });

  it('puts every Loki call under Loki, and finds Faro, Testcontainers, IoT and a transcript summary\'s topics', () => {
    const topicPage = (slug: string) => read(`topics/${slug}/index.html`);
    for (const key of ['loki-community-call/2024-10-29-introduction-to-the-helm-chart', 'loki-community-call/2024-05-21-log-cache']) expect(topicPage('loki')).toContain(`href="/episodes/${key}/"`);
    expect(topicPage('faro')).toContain('href="/episodes/8/"');
    expect(topicPage('frontend-observability')).toContain('href="/episodes/8/"');
    expect(topicPage('testcontainers')).toContain('href="/episodes/6/"');
    expect(topicPage('iot')).toContain('href="/episodes/7/"');
    expect(topicPage('mental-health')).toContain('href="/episodes/adobo-and-avocados/2023-10-04-burnout-and-recovery-with-karina-todorova/"');
    // "Kubernetes" and "bloom filters" are said only in the transcript's summary.
    expect(topicPage('bloom-filters')).toContain('href="/episodes/loki-community-call/2024-05-21-log-cache/"');
  });
});
