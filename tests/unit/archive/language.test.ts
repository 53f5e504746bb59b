import { describe, expect, it } from 'vitest';
import { episodeLanguage, languageOfEpisodes, showLanguage } from '../../../src/lib/archive/language.ts';
import { shows, site } from '../../../src/lib/archive/site.ts';

// The site's config (src/site.config.ts): English, with Café con Grafana in Spanish.
const spanish = shows.find((show) => show.language === 'es')!;
const english = shows.find((show) => !show.language)!;

describe('the language of a show\'s pages', () => {
  it('is the show\'s for its episodes and its show page, the site\'s for a show that names none', () => {
    expect(site.language).toBe('en');
    expect(episodeLanguage({ show: spanish.slug })).toBe('es');
    expect(showLanguage(spanish)).toBe('es');
    expect(episodeLanguage({ show: english.slug })).toBe('en');
    expect(showLanguage(english)).toBe('en');
  });

  it('is the Spanish show\'s on the page of a guest heard only in its episodes, the site\'s for a guest heard in both', () => {
    expect(languageOfEpisodes([{ show: spanish.slug }, { show: spanish.slug }])).toBe('es');
    expect(languageOfEpisodes([{ show: spanish.slug }, { show: english.slug }])).toBe('en');
    expect(languageOfEpisodes([{ show: english.slug }])).toBe('en');
  });
});
