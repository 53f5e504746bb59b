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
