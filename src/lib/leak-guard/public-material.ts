import { episodeHeadline, episodeLabel, formatDate, formatDateTime, formatDayOf, formatNames } from '../archive/format.ts';
import { uiStrings } from '../i18n/index.ts';
import type { Episode } from '../notes/episode.ts';
import { formatTimestamp } from '../notes/timestamps.ts';
import { youtubeWatchUrl } from '../notes/youtube.ts';
import { markupText } from './text.ts';
import { TEXT_BREAK } from './words.ts';

/**
 * Every form in which the archive writes a video's address (pages, feeds, JSON-LD, the player), and
 * the usual forms a note writes it in: all the same public fact, the video of a published episode.
 */
export function videoUrls(videoId: string): string[] {
  return [
    youtubeWatchUrl(videoId), `https://youtube.com/watch?v=${videoId}`, `https://youtu.be/${videoId}`,
    `https://www.youtube.com/live/${videoId}`, `https://youtube.com/live/${videoId}`,
    `https://www.youtube.com/embed/${videoId}`, `https://www.youtube-nocookie.com/embed/${videoId}`,
  ];
}

/**
 * The locales the pages write dates and lists in: every language's dictionary's (a page's words, and
 * its locale, are always one of them: src/lib/i18n), and "en-US" (December 7, 2023).
 */
export const PAGE_LOCALES: readonly string[] = [...new Set([...Object.values(uiStrings).map((words) => words.locale), 'en-US'])];

/**
 * A date as the archive writes it anywhere, with the pages' own formatters (src/lib/archive/format.ts)
 * in every locale the pages use: "2023-12-07" (URLs, <time>), "7 December 2023", "7 de diciembre de
 * 2023", and for the start instant the RSS date, the iCalendar stamp and the page's "Thursday 7
 * December 2023 at 14:00 UTC" ("jueves, 7 de diciembre de 2023, 14:00 UTC").
 */
export function dateForms(date: string | null, startsAt: string | null): string[] {
  const forms: string[] = [];
  if (date) forms.push(date, ...PAGE_LOCALES.map((locale) => formatDate(date, locale)), date.slice(0, 4));
  if (startsAt) {
    const instant = new Date(startsAt);
    if (!Number.isNaN(instant.getTime())) {
      forms.push(startsAt, instant.toISOString(), instant.toUTCString(), instant.toISOString().replace(/[-:]|\.\d{3}/g, ''),
        ...PAGE_LOCALES.flatMap((locale) => [formatDateTime(startsAt, 'UTC', locale), formatDayOf(startsAt, 'UTC', locale)]));
    }
  }
  return forms;
}

/**
 * The facts of an episode, each a text of its own: what the archive publishes about it on pages,
 * feeds and the search index, whatever its notes' internal sections say about the same things
 * (its title, its video's address, its guests). Numbers in every form ("6", "#6", "006"); dates and
 * lists of names in every locale the pages write ("Ana y Luis").
 */
export function episodeFacts(episode: Episode): string[] {
  const facts = [episode.title, episode.description, episode.key, episodeHeadline(episode), ...episode.guests, ...episode.hosts,
    ...PAGE_LOCALES.flatMap((locale) => [episodeLabel(episode, locale), formatNames(episode.guests, locale), formatNames(episode.hosts, locale)])];
  if (episode.number !== null) {
    const number = String(episode.number);
    facts.push(number, `#${number}`, number.padStart(2, '0'), number.padStart(3, '0'), `#${number.padStart(3, '0')}`);
  }
  for (const topic of episode.topics) facts.push(topic.name, topic.slug);
  for (const affiliation of Object.values(episode.guestAffiliations ?? {})) facts.push(affiliation.name, affiliation.url ?? '');
  facts.push(...dateForms(episode.date, episode.startsAt));
  if (episode.videoId) facts.push(...videoUrls(episode.videoId));
  for (const chapter of episode.chapters) {
    facts.push(chapter.title, formatTimestamp(chapter.start));
    if (episode.videoId) facts.push(youtubeWatchUrl(episode.videoId, chapter.start));
  }
  for (const link of episode.links) facts.push(link.title, link.url);
  return facts.filter((fact) => fact.length > 0);
}

/**
 * A note's public material as one string of separate texts (TEXT_BREAK between them): the text of
 * its public HTML (talking points, chapters, links; each element and attribute a text) and, for an
 * episode the archive publishes, its facts. This is what NoteEvidence.publicText holds.
 */
export function notePublicText(html: string, episode: Episode | undefined): string {
  return [markupText(html), ...(episode ? episodeFacts(episode) : [])].join(TEXT_BREAK);
}

/** What the guard needs to know of the site's configuration: the texts it publishes. */
export interface PublicConfig {
  showName: string;
  tagline?: string;
  about?: string;
  /** The site's texts in other languages: { es: { tagline, about } }. */
  translations?: Readonly<Record<string, { tagline?: string; about?: string }>>;
  site?: string;
  seriesPrefix?: string;
  youtubeChannel?: string;
  defaultHosts?: readonly string[];
  shows: readonly { name: string; slug: string; shortName?: string; heading?: string; description?: string; youtubePlaylist?: string; defaultHosts?: readonly string[] }[];
  topics?: readonly { name: string; aliases?: readonly string[]; names?: Readonly<Record<string, string>> }[];
}

/**
 * The texts the site's configuration publishes (names, descriptions, hosts, topics, addresses),
 * each a text of its own. A show's heading pattern gives its prefix too ("CCG" of "CCG <n> - <title>").
 * Not the configuration's section names or template instructions: those describe what is withheld.
 */
export function configTexts(config: PublicConfig): string[] {
  const texts = [config.showName, config.tagline, config.about, config.site, config.seriesPrefix, config.youtubeChannel, ...(config.defaultHosts ?? [])];
  for (const translation of Object.values(config.translations ?? {})) texts.push(translation.tagline, translation.about);
  for (const show of config.shows) {
    texts.push(show.name, show.slug, show.shortName, show.description, show.youtubePlaylist, ...(show.defaultHosts ?? []));
    const prefix = show.heading?.split('<')[0]?.trim();
    if (prefix) texts.push(prefix);
  }
  for (const topic of config.topics ?? []) texts.push(topic.name, ...(topic.aliases ?? []), ...Object.values(topic.names ?? {}));
  return texts.filter((text): text is string => typeof text === 'string' && text.length > 0);
}

/** The public facts of a guest profile: the guest's name and the addresses of their links (not its prose, nor the links' labels). */
export function profileFacts(profile: { name: string; links?: readonly { label: string; url: string }[] }): string[] {
  return [profile.name, ...(profile.links ?? []).map((link) => link.url)];
}
