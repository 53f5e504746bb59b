import { isDatePlaceholder, parseAirTime, type AirTime, type ScheduleDefaults } from './dates.ts';
import type { EpisodeStatus, MissingPart } from './episode.ts';
import type { NoteError } from './errors.ts';
import type { FrontmatterReader } from './frontmatter-values.ts';

/** What a note says about when it airs: a date, or none yet; a text that is no date is a problem to report. */
export interface AirTimeReading {
  airTime?: AirTime;
  /** `date:` holds text that is not a date (not a placeholder such as `TBD`). */
  problem?: NoteError;
}

/**
 * When the episode airs: `date:` in the frontmatter, else the date a dated show's heading or file name
 * names. Empty, `TBD`, `TODO` and the like are no date yet (a draft). Never throws: a text that is not
 * a date comes back as a problem, which stops the build only if the note would otherwise be published.
 */
export function readAirTime(frontmatter: FrontmatterReader, schedule: ScheduleDefaults, identityDate?: string): AirTimeReading {
  const value = frontmatter.text('date');
  const fallback = () => (identityDate ? parseAirTime(identityDate, schedule) : undefined);
  if (!value || isDatePlaceholder(value)) return { airTime: fallback() };
  const airTime = parseAirTime(value, schedule);
  if (airTime) return { airTime };
  return {
    airTime: fallback(),
    problem: frontmatter.error('date', `the date "${value}" is not a date`,
      'write it as `date: 2024-01-19` (or `date: 2024-01-19 15:00` with a time in the show\'s time zone, or `date: June 22nd 2026, 18:00 CEST`), or leave it empty until the episode is scheduled.'),
  };
}

/** The facts that decide what a note lacks. */
export interface CompletenessFacts {
  airTime?: AirTime;
  videoId?: string;
  guests: readonly string[];
  chapters: readonly unknown[];
  /** A numbered show's note without its number. */
  lacksNumber?: boolean;
  /** A note without a real title (none, a placeholder such as `TBD`, or a Templater leftover). */
  lacksTitle?: boolean;
}

/** What a note lacks before it is a complete public episode. */
export function missingParts(facts: CompletenessFacts): MissingPart[] {
  const missing: MissingPart[] = [];
  if (facts.lacksNumber) missing.push('number');
  if (facts.lacksTitle) missing.push('title');
  if (!facts.airTime) missing.push('date');
  if (!facts.videoId) missing.push('video');
  if (facts.guests.length === 0) missing.push('guest');
  if (facts.chapters.length === 0) missing.push('chapters');
  return missing;
}

/** What decides whether a note is published: each part is there (or written, but unreadable). */
export interface PublishingFacts {
  /** `draft: true`. */
  draft: boolean;
  /** A numbered show's note without its number, or a note without a real title. */
  incomplete?: boolean;
  /** It names a video (or gives a `url:` that is not one). */
  video: boolean;
  /** It names a date (or gives a `date:` that is not one). */
  date: boolean;
}

/**
 * The one rule of publishing: a note is published (or upcoming) unless it says `draft: true` or lacks
 * its number, title, video or date. A problem in a note this rule publishes stops the build, whatever
 * the problem (an unreadable date, an unclosed frontmatter); in any other note it is only reported.
 */
export function wouldBePublished(facts: PublishingFacts): boolean {
  return !facts.draft && !facts.incomplete && facts.video && facts.date;
}

/** What a draft lacks that keeps it off the site: its number, title, date or video (a guest or chapters never do). */
export function blockingParts(missing: readonly MissingPart[]): MissingPart[] {
  return missing.filter((part) => part !== 'guest' && part !== 'chapters');
}

/** A draft (marked so, or without a number, title, date or video), upcoming until it starts, then published. */
export function episodeStatus(facts: { draft: boolean; airTime?: AirTime; videoId?: string; incomplete?: boolean; now: Date }): EpisodeStatus {
  if (!wouldBePublished({ ...facts, video: Boolean(facts.videoId), date: Boolean(facts.airTime) }) || !facts.airTime) return 'draft';
  return Date.parse(facts.airTime.startsAt) > facts.now.getTime() ? 'upcoming' : 'published';
}
