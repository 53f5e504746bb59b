import ical, { escape } from 'ical-generator';
import { formatNames } from '../archive/format.ts';
import { feedPlainText } from './feed-text.ts';
import { uiStrings, type UiStrings } from '../i18n/index.ts';

/** An upcoming episode as a calendar event needs it. */
export interface CalendarEpisode {
  startsAt: string | null;
  guests: readonly string[];
  description: string;
}

export interface EpisodeCalendar<E> {
  name: string;
  /** Host name of the site: makes UIDs globally unique and stable. */
  domain: string;
  durationMinutes: number;
  /** DTSTAMP: the build time, so a rebuild with the same input gives the same file. */
  stamp: Date;
  episodes: readonly E[];
  /** Stable per episode: a calendar app updates the event instead of adding a second one. */
  uid(episode: E): string;
  headline(episode: E): string;
  page(episode: E): string;
  live(episode: E): string;
  /** The words around an event's facts, in its episode's language (default: English). */
  words?(episode: E): Pick<UiStrings, 'event' | 'locale'>;
}

/**
 * A calendar with no event is not valid RFC 5545 (`component = 1*(...)`, section 3.6): strict
 * validators reject it. A calendar of upcoming episodes is often empty between seasons, so it then
 * holds the definition of UTC, the one time zone it uses, which calendar apps show as an empty
 * calendar rather than an error.
 */
const UTC_TIMEZONE = ['BEGIN:VTIMEZONE', 'TZID:UTC', 'BEGIN:STANDARD', 'DTSTART:19700101T000000', 'TZOFFSETFROM:+0000', 'TZOFFSETTO:+0000', 'TZNAME:UTC', 'END:STANDARD', 'END:VTIMEZONE'];

/**
 * An RFC 5545 calendar of episodes; times in UTC. ical-generator escapes and folds event text, but
 * writes the calendar's name unescaped and no line break after END:VCALENDAR, so both are done here.
 */
export function episodesCalendar<E extends CalendarEpisode>(calendar: EpisodeCalendar<E>): string {
  const feed = ical({ name: escape(feedPlainText(calendar.name), false), prodId: { company: calendar.domain, product: 'episode-archive', language: 'EN' } });
  const scheduled = calendar.episodes.filter((episode) => episode.startsAt);
  for (const episode of scheduled) {
    if (!episode.startsAt) continue;
    const start = new Date(episode.startsAt);
    const live = calendar.live(episode);
    const page = calendar.page(episode);
    const { event: words, locale } = calendar.words?.(episode) ?? uiStrings.en;
    // Generated descriptions already name the guests; a hand-written one may not.
    const named = episode.guests.every((name) => episode.description.includes(name));
    const guests = episode.guests.length && !named ? `${words.guests(formatNames(episode.guests, locale))}\n` : '';
    feed.createEvent({
      id: `${calendar.uid(episode)}@${calendar.domain}`,
      start,
      end: new Date(start.getTime() + calendar.durationMinutes * 60_000),
      stamp: calendar.stamp,
      // Plain text by RFC 5545, but rendered as HTML by some calendar apps: as text either way.
      summary: feedPlainText(calendar.headline(episode)),
      description: feedPlainText(`${guests}${episode.description}\n\n${words.watchLive} ${live}\n${words.page} ${page}`),
      url: live,
      location: live,
    });
  }
  const text = feed.toString();
  const body = scheduled.length ? text : text.replace(/END:VCALENDAR$/, `${UTC_TIMEZONE.join('\r\n')}\r\nEND:VCALENDAR`);
  // RFC 5545 3.1: every content line, the last included, ends with CRLF.
  return body.endsWith('\r\n') ? body : `${body}\r\n`;
}
