import { describe, expect, it } from 'vitest';
import { stringsFor, uiStrings } from '../../../src/lib/i18n/index.ts';
import { formatDate, formatNames } from '../../../src/lib/archive/format.ts';

/** Every key path of a strings object, with the kind of value it holds. */
function shape(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, item]) => (item !== null && typeof item === 'object'
    ? shape(item as object, `${prefix}${key}.`)
    : [`${prefix}${key}:${typeof item}`])).sort();
}

describe('the UI strings', () => {
  const english = shape(uiStrings.en);

  it('give every language every key, each of the same kind (text or function)', () => {
    expect(english.length).toBeGreaterThan(40);
    for (const [language, strings] of Object.entries(uiStrings)) expect(shape(strings), language).toEqual(english);
  });

  it('leave no text empty, and translate the Spanish labels', () => {
    for (const strings of Object.values(uiStrings)) {
      for (const [key, value] of Object.entries(strings)) if (typeof value === 'string') expect(value, key).not.toBe('');
    }
    const es = stringsFor('es');
    expect([es.chapters, es.talkingPoints, es.links, es.guests(1), es.guests(2), es.hosts(2), es.playVideo, es.watchOnYouTube])
      .toEqual(['Capítulos', 'Puntos a hablar', 'Enlaces', 'Invitado', 'Invitados', 'Anfitriones', 'Reproducir', 'Ver en YouTube']);
  });

  it('fall back to English for a language without strings, and read a region tag by its language', () => {
    expect(stringsFor('fr')).toBe(uiStrings.en);
    expect(stringsFor('es-MX')).toBe(uiStrings.es);
  });

  it('write dates and lists of names the language\'s way', () => {
    expect(formatDate('2024-01-11', stringsFor('es').locale)).toBe('11 de enero de 2024');
    expect(formatDate('2024-01-11', stringsFor('en').locale)).toBe('11 January 2024');
    expect(formatNames(['Ana', 'Luis', 'Eva'], stringsFor('es').locale)).toBe('Ana, Luis y Eva');
    expect(formatNames(['Ana', 'Luis', 'Eva'])).toBe('Ana, Luis and Eva');
    expect(formatNames(['Ana', 'Luis'])).toBe('Ana and Luis');
  });
});

describe('a show\'s language in the site config', () => {
  it('must be one the archive has words for, with the file to add in the message', async () => {
    const { defineSiteConfig } = await import('../../../src/lib/config/define-site-config.ts');
    const config = (language: string) => ({
      showName: 'S', tagline: 'T', site: 'https://example.org', seriesPrefix: 'S', defaultHosts: ['H'], youtubeChannel: 'https://www.youtube.com/@x',
      shows: [{ name: 'A', slug: 'a', heading: 'A <n> - <title>' }, { name: 'B', slug: 'b', heading: 'B <n> - <title>', language }],
    });
    expect(defineSiteConfig(config('es-MX')).shows[1]!.language).toBe('es-MX');
    expect(() => defineSiteConfig(config('fr'))).toThrow(/the show "b" is in "fr", for which the archive has no words\.\nFix: add src\/lib\/i18n\/fr\.ts/);
  });
});
