import ical from 'ical-generator';
import { formatNames } from '../archive/format.ts';

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
}

/** An RFC 5545 calendar of episodes (ical-generator escapes and folds lines); times in UTC. */
export function episodesCalendar<E extends CalendarEpisode>(calendar: EpisodeCalendar<E>): string {
  const feed = ical({ name: calendar.name, prodId: { company: calendar.domain, product: 'episode-archive', language: 'EN' } });
  for (const episode of calendar.episodes) {
    if (!episode.startsAt) continue;
    const start = new Date(episode.startsAt);
    const live = calendar.live(episode);
    const page = calendar.page(episode);
    // Generated descriptions already name the guests; a hand-written one may not.
    const named = episode.guests.every((name) => episode.description.includes(name));
    const guests = episode.guests.length && !named ? `With ${formatNames(episode.guests)}.\n` : '';
    feed.createEvent({
      id: `${calendar.uid(episode)}@${calendar.domain}`,
      start,
      end: new Date(start.getTime() + calendar.durationMinutes * 60_000),
      stamp: calendar.stamp,
      summary: calendar.headline(episode),
      description: `${guests}${episode.description}\n\nWatch live: ${live}\nEpisode page: ${page}`,
      url: live,
      location: live,
    });
  }
  return feed.toString();
}
