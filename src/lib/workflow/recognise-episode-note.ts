import { NoteError } from '../notes/errors.ts';
import { identifyEpisode, type EpisodeIdentity } from '../notes/identify-episode.ts';
import { headingClue, readNoteStart, startBlocks } from '../notes/note-start.ts';
import type { ShowRule } from '../notes/shows.ts';
import { slugify } from '../notes/slug.ts';

/** What recognition needs from the site config. */
export interface RecognitionOptions {
  seriesPrefix: string;
  /** The archive's shows, primary first; default: one numbered show of the series prefix. */
  shows?: readonly ShowRule[];
}

/** An episode note: its number, and where it says so. */
export interface RecognisedEpisode {
  kind: 'episode';
  /** Slug of its show. */
  show: string;
  /** One note per identity: "office-hours#26" for a numbered episode, "loki-community-call/2025-08-12" for a dated one. */
  identity: string;
  /** Its stable file name in the notes folder: `GOH-26.md`, `loki-community-call-2025-08-12.md`. */
  fileName: string;
  /** How people name it: "GOH 26", "Loki Community Call 2025-08-12". */
  label: string;
  /** The episode number, for numbered shows. */
  number?: number;
  /** The title from the heading or `title:`, when the note has one. */
  title?: string;
  /** Line of the episode heading (or of `episode:`), for messages naming the note. */
  line?: number;
}

/** Any other note, and why it is not an episode note. */
export interface OtherNote {
  kind: 'other';
  reason: string;
}

export type Recognition = RecognisedEpisode | OtherNote;

/**
 * Decides whether a note is an episode note, the way the parser does (both identify notes with
 * src/lib/notes/identify-episode.ts, and read its start with src/lib/notes/note-start.ts): a heading of one of the configured shows (`# [[GOH 26 - Title]]`,
 * zero-padded numbers too, or `# [[2025-08-12 Title]]`), or `show:`/`episode:` in the frontmatter.
 * The one place `npm run import` and `npm run new` recognise episodes.
 * Never throws: a note with broken frontmatter is still recognised by its heading, so that
 * it is imported and `npm run check` can tell the author what to fix.
 */
export function recogniseEpisodeNote(rawText: string, options: RecognitionOptions): Recognition {
  const shows = options.shows ?? [{ slug: 'episodes', name: options.seriesPrefix, heading: `${options.seriesPrefix} <n> - <title>`, defaultHosts: [] }];
  const primary = shows[0]!;
  const start = readNoteStart(rawText, '');
  // Broken YAML: the note is recognised by its heading alone; the check reports the YAML.
  const frontmatter = start.split.problem?.kind === 'invalid' ? undefined : start.frontmatter;
  const body = start.split.body;
  let fromFrontmatter: number | undefined;
  try {
    fromFrontmatter = frontmatter?.wholeNumber('episode');
  } catch (error) {
    if (!(error instanceof NoteError)) throw error;
    return { kind: 'other', reason: `its \`episode:\` property is not a whole number (line ${error.line ?? '?'})` };
  }
  const namedShow = safely(() => frontmatter?.text('show'));
  const slug = safely(() => frontmatter?.text('slug'));
  const date = safely(() => frontmatter?.text('date'))?.slice(0, 10);
  const expected = shows.filter((show) => show.heading).map((show) => `\`# [[${show.heading}]]\``).join(' or ');

  // Most notes of a vault are not episodes: parse only those with a title heading.
  const heading = /^#[ \t]/m.test(body) ? headingClue(startBlocks(body)) : undefined;
  let identity: EpisodeIdentity;
  try {
    identity = identifyEpisode({
      heading,
      show: namedShow === undefined ? undefined : { value: namedShow, line: frontmatter?.line('show') },
      episode: fromFrontmatter === undefined ? undefined : { value: fromFrontmatter, line: frontmatter?.line('episode') },
      title: safely(() => frontmatter?.text('title')),
    }, shows, '');
  } catch (error) {
    if (!(error instanceof NoteError)) throw error;
    return { kind: 'other', reason: `not an episode note: no ${expected} heading and no \`episode:\` property` };
  }
  const { show, number, title, line } = identity;
  if (number !== undefined) {
    const isPrimary = show.slug === primary.slug;
    return {
      kind: 'episode', show: show.slug, number, title, line,
      identity: `${show.slug}#${number}`,
      fileName: isPrimary ? episodeFileName(options.seriesPrefix, number) : `${show.slug}-${number}.md`,
      label: isPrimary ? `${options.seriesPrefix} ${number}` : `${show.name} ${number}`,
    };
  }
  if (identity.numbered) return { kind: 'other', reason: `its heading on line ${heading?.line} has no episode number (an unfilled template?)` };
  if (heading && !title) return { kind: 'other', reason: `its heading on line ${heading.line} is a date without a title (a daily note?)` };
  // A note that chose its URL (`slug:`) is one per slug; a dated one is one per show and day. Its title
  // may still change, so it is not in the file name.
  const own = slug ? slugify(slug) : identity.date ?? (date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined);
  if (!own) return { kind: 'other', reason: `its heading on line ${heading?.line ?? '?'} names no date, and \`date:\` is empty (a ${show.name} note needs one)` };
  return {
    kind: 'episode', show: show.slug, title, line,
    identity: `${show.slug}/${own}`, fileName: `${show.slug}-${own}.md`, label: `${show.name} ${own}`,
  };
}

/** The stable file name of a numbered episode's note: `GOH-27.md` for series prefix "GOH". */
export function episodeFileName(seriesPrefix: string, number: number): string {
  const prefix = seriesPrefix.trim().replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '') || 'episode';
  return `${prefix}-${number}.md`;
}

function safely<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}
