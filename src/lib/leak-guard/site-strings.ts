import { uiStrings } from '../i18n/index.ts';

/**
 * The words the feeds, calendars and site-language pages write outside the dictionaries, around facts
 * (a show's or guest's name, a topic, a date). Keep in step with the code that writes them.
 */
export const WORDS_OUTSIDE_DICTIONARIES: readonly string[] = [
  // src/lib/feeds/calendar.ts (an event's description)
  'With', 'Watch live:', 'Episode page:',
  // src/pages/upcoming.ics.ts, feeds.opml.ts, guests/[slug]/rss.xml.ts (feed and calendar titles)
  'upcoming episodes', 'every feed', 'Shows', 'Guests', 'Topics', 'episodes with', 'Every episode of', 'with',
  // src/pages/episodes/[...key]/transcript.txt.ts
  "Generated from the video's captions.", "The video's captions, as YouTube wrote them:",
  // src/components/EpisodesPage.astro, src/layouts/RedirectPage.astro, src/pages/topics, src/pages/shows, src/pages/search.astro
  'All episodes', 'All episodes, page', 'of', 'to', 'newest first', 'This episode has moved to', 'Moved',
  'Episodes about', 'about', 'What', 'Episodes', 'episode', 'episodes', 'RSS feed for this topic', 'has covered, by topic', 'The shows of',
  'Search episodes', 'Search every episode of', 'by guest, topic, chapter or talking point',
];

/** Stands for a placeholder when a dictionary's sentence is written out: the pieces between them are the site's words. */
const PLACEHOLDER = '\u0000';
/** Counts a sentence is written out with: its singular and plural words both ("1 episode", "2 episodes"). */
const COUNTS = [1, 2];

/**
 * The texts the site's own code writes around the facts it publishes, from one explicit list: the
 * words of every language's dictionary (src/lib/i18n: "Hosted by", "con", "Episodes of"), a sentence
 * with placeholders split at them, and the few words the feeds and pages write outside the
 * dictionaries (WORDS_OUTSIDE_DICTIONARIES). They only ever serve as pieces of generated text
 * (composedOfPublicTexts): they never explain a run alone.
 */
export function siteStrings(): string[] {
  const strings = [...Object.values(uiStrings).flatMap((words) => dictionaryTexts(words)), ...WORDS_OUTSIDE_DICTIONARIES];
  return [...new Set(strings.map((text) => text.trim()).filter((text) => /[\p{L}\p{N}]/u.test(text)))];
}

/** Every text of a dictionary: its strings, and each sentence written out with placeholders, split at them. */
function dictionaryTexts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return sentencePieces(value as (...args: unknown[]) => unknown);
  if (value && typeof value === 'object') return Object.values(value).flatMap((entry) => dictionaryTexts(entry));
  return [];
}

/**
 * A sentence's fixed words: written out once with every placeholder a marker, and once per count
 * (numbers choose singular or plural), then split where the arguments went.
 */
function sentencePieces(sentence: (...args: unknown[]) => unknown): string[] {
  const arity = Math.max(sentence.length, 1);
  const written = [Array(arity).fill(PLACEHOLDER), ...COUNTS.map((count) => Array(arity).fill(count))].map((args) => String(sentence(...args)));
  const argument = new RegExp(`${PLACEHOLDER}|(?<![\\p{L}\\p{N}])(?:${COUNTS.join('|')})(?![\\p{L}\\p{N}])`, 'u');
  return written.flatMap((text) => text.split(argument));
}
