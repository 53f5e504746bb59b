import type { ArchivePaths } from './paths.ts';
import { stringsFor } from '../i18n/index.ts';

/** A link of the site's navigation, as a page in some language shows it. */
export interface NavLink {
  href: string;
  label: string;
  /** The language of the page it leads to, when that is not the page's own (its `hreflang`). */
  hreflang?: string;
  /** What a visitor reads beside the label then: "(en inglés)". */
  languageNote?: string;
}

export interface NavigationInput {
  paths: ArchivePaths;
  /** The language of the page the navigation is on, and the site's. */
  pageLanguage: string;
  siteLanguage: string;
  /** An archive of one show has no show navigation at all. */
  severalShows: boolean;
  /** Languages other than the site's that have an About page of their own (translations in the config). */
  aboutLanguages: readonly string[];
}

/**
 * The main navigation (and the footer's About link) in the page's language. The archive's index pages
 * exist in the site's language only: on a page in another language (a Spanish show's) each link to one
 * says so, with `hreflang` and a visible "(en inglés)", so nobody is taken to English unawares. The
 * About page leads to the page's own language when the config translates it.
 */
export function navigationFor(input: NavigationInput): { main: NavLink[]; about: NavLink } {
  const { paths, pageLanguage, siteLanguage } = input;
  const t = stringsFor(pageLanguage);
  const foreign = primary(pageLanguage) !== primary(siteLanguage);
  const languageNote = foreign ? t.inLanguage(languageName(siteLanguage, t.locale)) : undefined;
  const inSiteLanguage = (href: string, label: string): NavLink => (foreign ? { href, label, hreflang: siteLanguage, languageNote } : { href, label });
  const ownAbout = foreign && input.aboutLanguages.some((language) => primary(language) === primary(pageLanguage));
  const about = ownAbout ? { href: paths.aboutIn(primary(pageLanguage)), label: t.nav.about } : inSiteLanguage(paths.about, t.nav.about);
  return {
    main: [
      ...(input.severalShows ? [inSiteLanguage(paths.shows, t.nav.shows)] : []),
      inSiteLanguage(paths.episodes, t.nav.episodes),
      inSiteLanguage(paths.guests, t.nav.guests),
      inSiteLanguage(paths.topics, t.nav.topics),
      about,
    ],
    about: { ...about, label: t.footer.about },
  };
}

/** "inglés" for "en" on a Spanish page: a language's name in the page's own words. */
export function languageName(language: string, locale: string): string {
  return new Intl.DisplayNames([locale], { type: 'language' }).of(primary(language)) ?? language;
}

function primary(language: string): string {
  return language.toLowerCase().split('-')[0] ?? language;
}
