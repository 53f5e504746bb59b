import { createHash } from 'node:crypto';
import { episodeLabel } from '../archive/format.ts';
import { stringsFor } from '../i18n/index.ts';

/** What a poster shows. Its hash names the image, so an unchanged poster is never redrawn. */
export interface PosterFacts {
  showName: string;
  /** "#26" for a numbered episode, the date for a dated one. */
  label: string;
  title: string;
  date: string | null;
  upcoming: boolean;
  /** The show's language when it has its own ("es"): the poster's words and date are in it. Absent: English. */
  language?: string;
}

// Bump when the design changes, so cached posters are redrawn (and their URLs change).
/** Size of posters (and Open Graph images), in pixels. */
export const POSTER_WIDTH = 1200;
export const POSTER_HEIGHT = 630;

export const DESIGN_VERSION = 16;

/** The episode fields a poster is drawn from. */
export interface PosterSource {
  show: string;
  number: number | null;
  title: string;
  date: string | null;
  status: string;
}

/**
 * What an episode's poster shows: a dated episode's date is its label already, so it is not repeated.
 * Not its guests: the poster is the player's face on the episode page, whose first screen already names
 * them (byline or guest list), and a name drawn twice there is a name read twice (issue 26).
 */
export function posterFactsOf(episode: PosterSource, shows: readonly { slug: string; name: string; language?: string | undefined }[]): PosterFacts {
  const show = shows.find((candidate) => candidate.slug === episode.show) ?? shows[0];
  const language = show?.language;
  return {
    showName: show?.name ?? '', label: episodeLabel(episode, stringsFor(language ?? 'en').locale), title: episode.title,
    date: episode.number === null ? null : episode.date, upcoming: episode.status === 'upcoming',
    // Only a show with its own language says so: English posters keep their names (and are not redrawn).
    ...(language ? { language } : {}),
  };
}

/**
 * The poster's file name: a hash of what it shows and of the design. The URL changes when the
 * poster does, so browsers, feed readers and social networks can keep a poster forever.
 */
export function posterFileName(facts: PosterFacts): string {
  return `${createHash('sha256').update(JSON.stringify({ facts, DESIGN_VERSION })).digest('hex').slice(0, 24)}.jpg`;
}
