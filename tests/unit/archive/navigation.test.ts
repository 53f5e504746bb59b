import { describe, expect, it } from 'vitest';
import { languageName, navigationFor } from '../../../src/lib/archive/navigation.ts';
import { archivePaths } from '../../../src/lib/archive/paths.ts';

const paths = archivePaths('/');

describe('the navigation in a page\'s language', () => {
  it('leads an English page to the English pages, marking nothing', () => {
    const { main, about } = navigationFor({ paths, pageLanguage: 'en', siteLanguage: 'en', severalShows: true, aboutLanguages: ['es'] });
    expect(main).toEqual([
      { href: '/shows/', label: 'Shows' }, { href: '/episodes/', label: 'Episodes' }, { href: '/guests/', label: 'Guests' },
      { href: '/topics/', label: 'Topics' }, { href: '/about/', label: 'About' },
    ]);
    expect(about).toEqual({ href: '/about/', label: 'About this archive' });
  });

  it('speaks Spanish on a Spanish page, marks each link to an English-only page, and leads to the Spanish About page when there is one', () => {
    const { main, about } = navigationFor({ paths, pageLanguage: 'es', siteLanguage: 'en', severalShows: true, aboutLanguages: ['es'] });
    const english = { hreflang: 'en', languageNote: 'en inglés' };
    expect(main).toEqual([
      { href: '/shows/', label: 'Programas', ...english }, { href: '/episodes/', label: 'Episodios', ...english },
      { href: '/guests/', label: 'Invitados', ...english }, { href: '/topics/', label: 'Temas', ...english },
      { href: '/about/es/', label: 'Acerca de' },
    ]);
    expect(about).toEqual({ href: '/about/es/', label: 'Acerca de este archivo' });
  });

  it('marks the About link too when the config gives no Spanish text, and leaves out Shows in an archive of one show', () => {
    const { main, about } = navigationFor({ paths, pageLanguage: 'es-MX', siteLanguage: 'en', severalShows: false, aboutLanguages: [] });
    expect(main.map((link) => link.href)).toEqual(['/episodes/', '/guests/', '/topics/', '/about/']);
    expect(main.every((link) => link.hreflang === 'en' && link.languageNote === 'en inglés')).toBe(true);
    expect(about).toEqual({ href: '/about/', label: 'Acerca de este archivo', hreflang: 'en', languageNote: 'en inglés' });
  });

  it('names a language in the page\'s own words', () => {
    expect(languageName('en', 'es-ES')).toBe('inglés');
    expect(languageName('es', 'en-GB')).toBe('Spanish');
  });
});
