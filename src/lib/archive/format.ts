/** "19 January 2024" for a YYYY-MM-DD date, independent of the build machine's time zone. */
export function formatDate(date: string, locale = 'en-GB'): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return dateFormatter(locale).format(new Date(Date.UTC(year, month - 1, day)));
}

// Creating an Intl formatter is slow; thousands of cards and the leak guard's date forms reuse one per
// locale, zone and style (profile: ~0.8 s of a 1,000-episode build's content loading).
const dateFormatters = new Map<string, Intl.DateTimeFormat>();
const FORMATS = {
  day: { day: 'numeric', month: 'long', year: 'numeric' },
  dateTime: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' },
  shortMonth: { month: 'short' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;
function cachedFormatter(style: keyof typeof FORMATS, locale: string, timeZone: string | undefined): Intl.DateTimeFormat {
  const key = `${style}|${locale}|${timeZone ?? ''}`;
  let formatter = dateFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { ...FORMATS[style], timeZone });
    dateFormatters.set(key, formatter);
  }
  return formatter;
}
const dateFormatter = (locale: string) => cachedFormatter('day', locale, 'UTC');

/** "Jan", "ene": a month's short name (1 to 12) in a locale. */
export function formatShortMonth(month: number, locale = 'en-GB'): string {
  return cachedFormatter('shortMonth', locale, 'UTC').format(new Date(Date.UTC(2000, month - 1, 1)));
}

/**
 * "Friday 9 January 2099 at 13:00 UTC": an instant, in a time zone (the visitor's when none is
 * given). The build writes it in UTC and the visitor's browser rewrites it in their own zone
 * (src/scripts/local-time.ts) with this same function, so both read alike.
 */
export function formatDateTime(iso: string, timeZone?: string, locale = 'en-GB'): string {
  return cachedFormatter('dateTime', locale, timeZone).format(new Date(iso));
}

/** "9 January 2099": the day an instant falls on, in a time zone (the visitor's when none is given). */
export function formatDayOf(iso: string, timeZone?: string, locale = 'en-GB'): string {
  return cachedFormatter('day', locale, timeZone).format(new Date(iso));
}

// Names are joined where the parser describes an episode too (src/lib/notes/describe.ts), below the archive.
export { formatNames } from '../i18n/names.ts';

/**
 * Initials for an avatar placeholder: "Ryan Perry" -> "RP", "Joseph (Joe) Elliot" -> "JE" (the first and
 * last names; a nickname in brackets is not a name).
 */
export function initials(name: string): string {
  const words = name.replace(/\([^)]*\)/g, ' ').split(/\s+/).map((word) => word.replace(/^[^\p{L}\p{N}]+/u, '')).filter(Boolean);
  const picked = words.length > 1 ? [words[0]!, words.at(-1)!] : words;
  return picked.map((word) => [...word][0]!.toLocaleUpperCase()).join('');
}

/** How an episode is named in titles and feeds: "#26: How to do continuous profiling right". */
export function episodeHeadline(episode: { number: number | null; title: string }): string {
  return episode.number === null ? episode.title : `#${episode.number}: ${episode.title}`;
}

/** The short label of an episode: "#26" for a numbered one, its date for a dated one. */
export function episodeLabel(episode: { number: number | null; date: string | null }, locale = 'en-GB'): string {
  return episode.number === null ? (episode.date ? formatDate(episode.date, locale) : '') : `#${episode.number}`;
}

/**
 * How an episode is named where the show is not otherwise clear (feeds of several shows, calendars,
 * page titles): "Grafana Office Hours #29: Title", "Loki Community Call: Title". One pattern for every
 * show; a number alone could belong to two of them.
 */
export function episodeHeadlineWithShow(episode: { number: number | null; title: string }, showName: string): string {
  return `${showName}${episode.number === null ? '' : ` #${episode.number}`}: ${episode.title}`;
}

/**
 * A show's short name for small places (an episode card's tile): its configured one, else the first
 * letter of each word, "&" kept: "Grafana Office Hours" -> "GOH", "Adobo & Avocados" -> "A&A".
 */
export function showShortName(show: { name: string; shortName?: string | undefined }): string {
  if (show.shortName) return show.shortName;
  return show.name.split(/\s+/).map((word) => (word === '&' ? '&' : [...word.replace(/^[^\p{L}\p{N}]+/u, '')][0] ?? ''))
    .join('').toLocaleUpperCase();
}
