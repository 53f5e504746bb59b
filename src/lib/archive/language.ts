import { stringsFor, type UiStrings } from '../i18n/index.ts';
import { showOf, site } from './site.ts';

/** The language an episode is published in: its show's, else the site's. */
export function episodeLanguage(episode: { show: string }): string {
  return showOf(episode).language ?? site.language;
}

/** The language of a show's pages and feed. */
export function showLanguage(show: { language?: string | undefined }): string {
  return show.language ?? site.language;
}

/**
 * The language of a page listing these episodes (a guest's page): theirs when they all share one,
 * else the site's. A guest heard only in Spanish episodes has a Spanish page; one heard in both has
 * the site's, whose list marks each Spanish episode's title with its language.
 */
export function languageOfEpisodes(episodes: readonly { show: string }[]): string {
  const languages = new Set(episodes.map(episodeLanguage));
  return languages.size === 1 ? [...languages][0]! : site.language;
}

/** The words of the site's own language, for the pages that are not a show's. */
export const siteStrings: UiStrings = stringsFor(site.language);

export { stringsFor };
