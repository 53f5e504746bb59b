// A show published in Spanish (Café con Grafana) in the fixture archive: its pages, feed and search
// index are Spanish, the rest of the site stays English. Expected values are written out by hand.
import { readFileSync } from 'node:fs';
import { parseRssFeed } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import { sitePath } from '../support/sites.ts';

const read = (path: string) => readFileSync(sitePath('fixtures', path), 'utf8');
const lang = (html: string) => html.match(/<html lang="([^"]+)"/)?.[1];
const visibleText = (html: string) => (html.match(/<body[\s\S]*<\/body>/)?.[0] ?? '')
  .replace(/<script[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const episodePath = 'episodes/cafe-con-grafana/2024-01-11-alertas-sin-dolor/index.html';
const upcomingPath = 'episodes/cafe-con-grafana/2099-01-16-trazas-con-tempo/index.html';

describe('the Spanish show of the fixture archive', () => {
  const html = read(episodePath);
  const text = visibleText(html);

  it('has episode pages in Spanish: <html lang="es">, every label, the date written the Spanish way', () => {
    expect(lang(html)).toBe('es');
    for (const label of ['Capítulos', 'Puntos a hablar', 'Enlaces', 'Invitado', 'Anfitrión', 'Reproducir', 'Ver en YouTube', '11 de enero de 2024', 'con Lucía Fernández',
      'Ir al contenido', 'Buscar episodios', 'Tema oscuro', 'Acerca de este archivo']) expect(text).toContain(label);
    expect(html).toContain('<h2 id="talking-points-heading" data-pagefind-ignore>Puntos a hablar</h2>');
    expect(html).toContain('<h2 id="chapters-heading" data-pagefind-ignore>Capítulos</h2>');
    expect(html).toContain('placeholder="Invitados, temas…"');
    for (const english of ['Talking points', 'Chapters', 'Reference links', 'Watch on YouTube', 'Play video', 'January', 'Skip to content', 'Host', ' with ']) {
      expect(text, english).not.toContain(english);
    }
    expect(html).toContain('<meta name="description" content="Café con Grafana #7: Alertas sin dolor con Lucía Fernández.">');
  });

  it('names a topic in Spanish where the vocabulary gives a Spanish name, its search filter still the topic\'s own name', () => {
    // "Alerting" in the shipped vocabulary is "Alertas" on Spanish pages; the English pages keep "Alerting".
    // Its page is English: the link says so.
    expect(html).toContain('<a href="/topics/alerting/" hreflang="en" data-pagefind-filter="topic:Alerting">Alertas<span class="visually-hidden" data-pagefind-ignore> (en inglés)</span></a>');
    expect(html).toContain('<p class="muted language-note" aria-hidden="true" data-pagefind-ignore>(en inglés)</p>');
    expect(read('episodes/5/index.html')).toMatch(/<a href="\/topics\/alerting\/" data-pagefind-filter="topic:Alerting">Alerting<\/a>/);
    const upcoming = read(upcomingPath);
    expect(upcoming).toMatch(/data-pagefind-filter="topic:Distributed tracing">Trazas distribuidas</);
    expect(upcoming).toMatch(/data-pagefind-filter="topic:Tempo">Tempo</);
  });

  it('publishes the talking points, the guest and the show\'s host, and none of the internal parts', () => {
    expect(text).toContain('Por qué las alertas despiertan a la gente a las tres de la mañana');
    expect(html).toContain('href="/guests/lucia-fernandez/"');
    expect(text).toContain('Leandro Melendez');
    for (const internal of ['Bienvenidos a la hora', 'Listar los puntos', 'En Grafana Labs, hacemos', 'zanahoria', 'berenjena', 'pepinillo', 'Checklist', '15 minutos antes', 'Invitado(s)']) {
      expect(html, internal).not.toContain(internal);
    }
  });

  it('says when an upcoming episode goes out, in Spanish', () => {
    const upcoming = read(upcomingPath);
    expect(lang(upcoming)).toBe('es');
    const upcomingText = visibleText(upcoming);
    for (const label of ['Próximamente', 'En vivo el', 'viernes, 16 de enero de 2099', 'Ver en vivo en YouTube', 'Añadir al calendario']) expect(upcomingText).toContain(label);
    expect(upcoming).toContain('data-started-text="En vivo ahora o recién emitido"');
    expect(upcomingText).not.toMatch(/Upcoming|Live on|Add to calendar/);
  });

  it('has a Spanish show page and guest page, and a feed that says <language>es</language>', () => {
    const show = read('shows/cafe-con-grafana/index.html');
    expect(lang(show)).toBe('es');
    for (const label of ['2 episodios', 'Feed RSS de este programa', 'Próximamente', 'Episodios', '11 de enero de 2024', 'con Lucía Fernández']) expect(visibleText(show)).toContain(label);
    const guest = read('guests/lucia-fernandez/index.html');
    expect(lang(guest)).toBe('es');
    expect(visibleText(guest)).toContain('Feed RSS de los episodios con Lucía Fernández');
    const feed = parseRssFeed(read('shows/cafe-con-grafana/rss.xml'));
    expect(feed.language).toBe('es');
    // Every feed of an archive of several shows titles its items "<show> #<n>: <title>".
    expect(feed.items?.map((item) => item.title)).toEqual(['Café con Grafana #9: Pruebas con contenedores', 'Café con Grafana #7: Alertas sin dolor']);
    expect(feed.items?.[1]?.content?.encoded).toContain('<h2>Puntos a hablar</h2>');
  });

  it('leaves the rest of the site in English, the Spanish titles it lists marked as Spanish', () => {
    for (const path of ['index.html', 'episodes/index.html', 'shows/office-hours/index.html', 'episodes/26/index.html', 'search/index.html', 'guests/jane-doe/index.html']) {
      expect(lang(read(path)), path).toBe('en');
    }
    const list = read('episodes/index.html');
    expect(list).toMatch(/<h3 class="card-title"><a href="\/episodes\/cafe-con-grafana\/2024-01-11-alertas-sin-dolor\/"><span class="card-kicker">Café con Grafana #7<span class="visually-hidden">:<\/span> <\/span><span lang="es">Alertas sin dolor<\/span><\/a><\/h3>/);
    expect(list).toMatch(/<h3 class="card-title"><a href="\/episodes\/26\/">/);
    const siteFeed = read('rss.xml');
    expect(parseRssFeed(siteFeed).language).toBe('en');
    expect(parseRssFeed(siteFeed).items?.map((item) => item.title)).toContain('Café con Grafana #7: Alertas sin dolor');
    // RSS 2.0 has no language per item: the site-wide feed invents none.
    expect(siteFeed.match(/<language>/g)).toHaveLength(1);
  });

  it('navigates in Spanish, marking every link to a page that exists only in English, and leads to the Spanish About page', () => {
    for (const path of [episodePath, 'shows/cafe-con-grafana/index.html', 'about/es/index.html']) {
      const page = read(path);
      const nav = page.match(/<nav class="site-nav"[\s\S]*?<\/nav>/)?.[0] ?? '';
      for (const [href, label] of [['/shows/', 'Programas'], ['/episodes/', 'Episodios'], ['/guests/', 'Invitados'], ['/topics/', 'Temas']]) {
        expect(nav, `${path}: ${label}`).toMatch(new RegExp(`<a href="${href}" hreflang="en"[^>]*>${label}<span class="language-note"> \\(en inglés\\)</span></a>`));
      }
      expect(nav, path).toMatch(/<a href="\/about\/es\/"[^>]*>Acerca de<\/a>/);
      expect(nav.replace(/<[^>]+>/g, ''), path).toContain('(en inglés)');
      expect(page).toMatch(/<a href="\/about\/es\/">Acerca de este archivo<\/a>/);
    }
    // The English pages' navigation marks nothing.
    expect(read('episodes/26/index.html')).not.toContain('hreflang="en"');
  });

  it('has the site\'s About page in Spanish, written from the config, with the shows in their own languages', () => {
    const about = read('about/es/index.html');
    expect(lang(about)).toBe('es');
    const aboutText = visibleText(about);
    expect(aboutText).toContain('El archivo de los directos que Grafana Labs hace con su comunidad');
    for (const label of ['Los programas', 'Privacidad', 'Suscribirse']) expect(aboutText).toContain(label);
    expect(about).toMatch(/<a href="\/shows\/cafe-con-grafana\/">Café con Grafana<\/a>/);
    expect(about).toMatch(/<a href="\/shows\/office-hours\/" hreflang="en">Grafana Office Hours<\/a><span class="muted"> \(en inglés\)<\/span>/);
    expect(aboutText).not.toMatch(/This is the archive of|Every episode has its own page/);
  });

  it('indexes the Spanish episodes in a Spanish search index, and the search page asks for it', () => {
    const entry = JSON.parse(read('pagefind/pagefind-entry.json')) as { languages: Record<string, { page_count: number }> };
    // Three Café con Grafana episode pages (two published, one upcoming) are in Spanish.
    expect(entry.languages.es?.page_count).toBe(3);
    // Twelve English episode pages; the transcript pages of four of them are in a bundle of their own.
    expect(entry.languages.en?.page_count).toBe(12);
    const transcripts = JSON.parse(read('pagefind-transcripts/pagefind-entry.json')) as typeof entry;
    expect(transcripts.languages).toEqual({ en: expect.objectContaining({ page_count: 4 }) });
    expect(read('search/index.html')).toContain('data-merge-languages="es"');
  });
});
