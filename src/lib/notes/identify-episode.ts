import { NoteError } from './errors.ts';
import { exampleHeading, headingInner, matchHeading, showForFolder, type ShowRule } from './shows.ts';

/** A note that is not an episode of any configured show: reported, never published under a guess. */
export class UnrecognisedNoteError extends NoteError {
  override name = 'UnrecognisedNoteError';
}

/** What a note says about which episode it is. */
export interface IdentityClues {
  /** The note's title heading (its first `# ` heading), if it has one. */
  heading?: { text: string; line?: number };
  /** Frontmatter `show:`, with its line. */
  show?: { value: string; line?: number };
  /** Frontmatter `episode:`, with its line. */
  episode?: { value: number; line?: number };
  /** Frontmatter `title:`. */
  title?: string;
  /** Path inside the notes folder, for shows configured by folder. */
  relativePath?: string;
}

/** Which episode a note is, as far as the note says. Number and title may still be missing. */
export interface EpisodeIdentity {
  show: ShowRule;
  number?: number;
  title?: string;
  /** The date a dated heading names. */
  date?: string;
  /** The heading matched a pattern with a number slot, even if the heading left it empty. */
  numbered: boolean;
  /** The line that says which episode this is: `episode:`, else the heading. */
  line?: number;
  /** The line of the title heading. */
  headingLine?: number;
}

/**
 * Which show a note belongs to, and its number, title and heading date. Frontmatter (`show`, `episode`,
 * `title`) wins; then the show whose folder holds the note; then the first show whose heading pattern
 * matches; `episode:` alone names an episode of the only show, or of the only numbered one.
 * The one place notes are identified: the parser, `npm run import` and `npm run new` all use it.
 * @throws UnrecognisedNoteError when the note names no show; NoteError for an unknown `show:` or a note
 * with no heading and no `episode:`/`title:`.
 */
export function identifyEpisode(clues: IdentityClues, shows: readonly ShowRule[], file: string): EpisodeIdentity {
  const headingText = clues.heading?.text;
  const headingLine = clues.heading?.line;
  const line = clues.episode?.line ?? headingLine;
  let show: ShowRule | undefined;
  if (clues.show) {
    const named = clues.show.value;
    show = shows.find((candidate) => candidate.slug === named || candidate.name.toLowerCase() === named.toLowerCase());
    if (!show) {
      throw new NoteError({ file, line: clues.show.line }, `"${named}" is not one of the archive's shows`,
        `write one of: ${shows.map((candidate) => candidate.slug).join(', ')} (the slugs in src/site.config.ts), or remove \`show:\`.`);
    }
  }
  show ??= showForFolder(clues.relativePath, shows);
  const match = headingText === undefined ? undefined : matchHeading(headingText, show ? [show] : shows.filter(recognisableOutsideFolder));
  show ??= match?.show;
  const number = clues.episode?.value ?? match?.number;
  // A show recognised by folder or frontmatter without a matching pattern: the heading is the title.
  const title = clues.title ?? (match ? match.title || undefined : headingText && show ? headingInner(headingText) || undefined : undefined);

  if (!show) {
    const owner = shows.length === 1 ? shows[0] : onlyNumberedShow(shows);
    if (owner && number !== undefined && title) return { show: owner, number, title, numbered: true, line, headingLine };
    if (headingText === undefined && number === undefined && !title) throw missingHeadingError(file, line, shows);
    // About the heading, so at the heading's line.
    throw new UnrecognisedNoteError({ file, line: headingLine ?? 1 },
      `this note matches none of the shows (its heading is "${headingText ?? ''}")`,
      `if it is an episode, write its heading as one of: ${shows.map((candidate) => `\`# [[${exampleHeading(candidate)}]]\``).join(', ')}, or add \`show:\` to its frontmatter; if it is not an episode, move it out of the episodes folder.`);
  }
  return { show, number, title, date: match?.date, numbered: match?.numbered ?? false, line, headingLine };
}

/**
 * The identity of an episode that can be published: a numbered heading has its number, and every
 * episode has a title.
 * @throws NoteError saying where to write the number or title.
 */
export function requireNumberAndTitle(identity: EpisodeIdentity, file: string): EpisodeIdentity & { title: string } {
  const example = `\`# [[${exampleHeading(identity.show)}]]\``;
  const line = identity.headingLine ?? identity.line;
  if (identity.numbered && identity.number === undefined) {
    throw new NoteError({ file, line }, 'the episode heading has no episode number',
      `write the number in the heading, e.g. ${example}, or add \`episode: 27\` to the frontmatter.`);
  }
  if (!identity.title) {
    throw new NoteError({ file, line }, 'the episode heading has no title',
      `write the title in the heading, e.g. ${example}, or add \`title: ...\` to the frontmatter.`);
  }
  return { ...identity, title: identity.title };
}

/**
 * A show tied to a folder is recognised by its heading outside that folder only when the heading
 * starts with words of its own ("GOH 26 - …"): a bare "<n> - <title>" would match any note.
 */
function recognisableOutsideFolder(show: ShowRule): boolean {
  return !show.folder || !/^\s*<n>/.test(show.heading ?? '');
}

/** `episode: 27` alone names a show when exactly one show is numbered. */
export function onlyNumberedShow(shows: readonly ShowRule[]): ShowRule | undefined {
  const numbered = shows.filter((show) => show.heading?.includes('<n>'));
  return numbered.length === 1 ? numbered[0] : undefined;
}

function missingHeadingError(file: string, line: number | undefined, shows: readonly ShowRule[]): NoteError {
  const example = exampleHeading(shows[0]!);
  return new NoteError({ file, line: line ?? 1 }, `this note has no episode heading (such as \`# [[${example}]]\`)`,
    `start the note with a heading such as \`# [[${example}]]\`, or give \`episode:\` and \`title:\` in the frontmatter; if it is not an episode note, move it out of the episodes folder.`);
}
