import { parseAirTime, type AirTime, type ScheduleDefaults } from './dates.ts';
import type { EpisodeStatus, MissingPart } from './episode.ts';
import type { FrontmatterReader } from './frontmatter-values.ts';

/**
 * When the episode airs: `date:` in the frontmatter, else the date of a dated heading.
 * @throws NoteError when `date:` is not a date.
 */
export function readAirTime(frontmatter: FrontmatterReader, schedule: ScheduleDefaults, headingDate?: string): AirTime | undefined {
  const value = frontmatter.text('date');
  if (!value) return headingDate ? parseAirTime(headingDate, schedule) : undefined;
  const airTime = parseAirTime(value, schedule);
  if (!airTime) {
    throw frontmatter.error('date', `the date "${value}" is not a date`,
      'write it as `date: 2024-01-19` (or `date: 2024-01-19 15:00` with a time in the show\'s time zone).');
  }
  return airTime;
}

/** What a note lacks before it is a complete public episode. */
export function missingParts(facts: { airTime?: AirTime; videoId?: string; guests: readonly string[]; chapters: readonly unknown[] }): MissingPart[] {
  const missing: MissingPart[] = [];
  if (!facts.airTime) missing.push('date');
  if (!facts.videoId) missing.push('video');
  if (facts.guests.length === 0) missing.push('guest');
  if (facts.chapters.length === 0) missing.push('chapters');
  return missing;
}

/** A draft (marked so, or without a date or a video), upcoming until it starts, then published. */
export function episodeStatus(facts: { draft: boolean; airTime?: AirTime; videoId?: string; now: Date }): EpisodeStatus {
  if (facts.draft || !facts.airTime || !facts.videoId) return 'draft';
  return Date.parse(facts.airTime.startsAt) > facts.now.getTime() ? 'upcoming' : 'published';
}
