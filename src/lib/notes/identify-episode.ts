import { NoteError, type NoteWarning } from './errors.ts';
import { exampleHeading, headingInner, matchHeading, readableTitle, showForFolder, type HeadingMatch, type ShowRule } from './shows.ts';

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
  /**
   * The note's name in Obsidian: its file name without `.md` (`A&A 20 - Learning about …`). What
   * Obsidian shows and what wikilinks target, so it names the episode as surely as the heading does.
   */
  fileName?: string;
}

/** Which episode a note is, as far as the note says. Number and title may still be missing. */
export interface EpisodeIdentity {
  show: ShowRule;
  number?: number;
  title?: string;
  /** The date a dated heading or file name names. */
  date?: string;
  /** The heading (or file name) matched a pattern with a number slot, even if it left it empty. */
  numbered: boolean;
  /** The line that says which episode this is: `episode:`, else the heading. */
  line?: number;
  /** The line of the title heading. */
  headingLine?: number;
  /** The heading is an unfilled template (`# [[<% tp.file.title %>]]`, `# [[GOH <n> - <title>]]`): a draft. */
  templated?: boolean;
  /**
   * Something says the note is an episode: its heading or file name matches the show's pattern, the
   * frontmatter names its show, number or title, or the heading is an unfilled episode template.
   */
  named?: boolean;
  /** Heading and file name disagreeing (the file name wins), and the like. */
  warnings?: NoteWarning[];
  /** The only title the note gives is its file name (`# [[2025-06-24-road-to-4-0]]`, or no heading title at all). */
  titleFromFileName?: boolean;
  /** Every title the note gives, best first (the heading's, the file name's), for a draft whose title is a placeholder. */
  titles?: string[];
}

// Templater (`<% tp.file.title %>`), core templates (`{{title}}`) and the template's own placeholders.
const TEMPLATE_LEFTOVER = /<%[\s\S]*?%>|\{\{[^}]*\}\}|<(?:n|number|title|date)>/i;
// `CCG 006 - 231207 - Campeones en WOPR`: Café con Grafana's file names carry a yymmdd date before the title.
const FILE_NAME_DATE = /^\d{6}\s*[-–—]\s*/;

/**
 * Which show a note belongs to, and its number, title and date. Frontmatter (`show`, `episode`, `title`)
 * wins; then the show whose folder holds the note; then the first show whose heading pattern matches
 * the heading, or the file name. The file name is the note's name in Obsidian: a number (or a dated
 * show's date) missing from the heading comes from it, and where heading and file name disagree the
 * file name wins, with a warning naming both (headings are copied from note to note; the file name is
 * what Obsidian shows and what wikilinks target). When they agree, the heading's title is kept: file
 * names cannot hold `?`, `:` or `/`. `episode:` alone names an episode of the only show, or of the only
 * numbered one. The one place notes are identified: the parser, `npm run import` and `npm run new` all use it.
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
  const candidates = show ? [show] : shows.filter(recognisableOutsideFolder);
  const templated = headingText !== undefined && TEMPLATE_LEFTOVER.test(headingText);
  const inFolder = show !== undefined;
  const match = headingText === undefined ? undefined : outsideFolderCheck(matchHeading(headingText, candidates), inFolder);
  show ??= match?.show;
  // Outside its folder a show is never named by a file name alone: transcripts are named
  // `2024-01-09T16:00:27Z-how-to-…`, which reads as a date and a title.
  const fromFile = fileNameMatch(clues.fileName, show ? [show] : candidates.filter((candidate) => !candidate.folder));
  show ??= fromFile?.show;
  const warnings: NoteWarning[] = [];
  const conflict = match && fromFile && (differs(match.number, fromFile.number) || differs(match.date, fromFile.date));
  if (conflict) {
    const what = differs(match.number, fromFile.number) ? 'number' : 'date';
    warnings.push({
      file, line: headingLine,
      problem: `the heading says "${headingInner(headingText!)}" but the file name says "${clues.fileName}": the ${what} differs; the file name wins (${what} ${what === 'number' ? fromFile.number : fromFile.date})`,
      fix: 'correct the heading (or rename the note in Obsidian, which keeps its links) so that both name the same episode.',
    });
  }
  const headingTitle = templated ? undefined : match ? match.title || undefined : headingText && show ? readableTitle(headingInner(headingText)) || undefined : undefined;
  const fileTitle = fromFile?.title || undefined;
  const number = clues.episode?.value ?? (conflict ? fromFile.number : match?.number ?? fromFile?.number);
  const date = conflict ? fromFile.date : match?.date ?? fromFile?.date;
  // A heading that has a title gives it, whatever the file name says, unless they name different numbers
  // (a heading copied from another note: its title is that note's too).
  const numberConflict = conflict && differs(match.number, fromFile.number);
  const title = clues.title ?? (numberConflict ? fileTitle ?? headingTitle : headingTitle ?? (templated ? undefined : fileTitle));
  // `# [[2025-06-24-road-to-4-0]]` in `2025-06-24-road-to-4-0.md`: the only title is the file name.
  const slugFileName = clues.fileName !== undefined && !/\s/.test(clues.fileName.trim());
  const titleFromFileName = !clues.title && title !== undefined && slugFileName &&
    (headingTitle === undefined || (headingText !== undefined && sameText(headingInner(headingText), clues.fileName!)));
  const numbered = (match ?? fromFile)?.numbered ?? false;
  const named = Boolean(clues.show || clues.episode || clues.title || match || fromFile || templated);

  if (!show) {
    const owner = shows.length === 1 ? shows[0] : onlyNumberedShow(shows);
    if (owner && number !== undefined && title) return { show: owner, number, title, numbered: true, line, headingLine, named: true, warnings };
    if (headingText === undefined && number === undefined && !title) throw missingHeadingError(file, line, shows);
    // About the heading, so at the heading's line.
    throw new UnrecognisedNoteError({ file, line: headingLine ?? 1 },
      `this note matches none of the shows (its heading is "${headingText ?? ''}")`,
      `if it is an episode, write its heading as one of: ${shows.map((candidate) => `\`# [[${exampleHeading(candidate)}]]\``).join(', ')}, or add \`show:\` to its frontmatter; if it is not an episode, move it out of the episodes folder.`);
  }
  const titles = [...new Set([title, headingTitle, fileTitle].filter((text): text is string => Boolean(text)))];
  return { show, number, title, date, numbered, line, headingLine, templated, named, warnings, titles, ...(titleFromFileName ? { titleFromFileName } : {}) };
}

/** The show's pattern read in a file name, when it names a number or a date (a title alone says nothing). */
function fileNameMatch(fileName: string | undefined, shows: readonly ShowRule[]): HeadingMatch | undefined {
  if (!fileName || TEMPLATE_LEFTOVER.test(fileName)) return undefined;
  const match = matchHeading(fileName, shows);
  if (!match || (match.number === undefined && match.date === undefined)) return undefined;
  return { ...match, title: readableTitle(match.title.replace(FILE_NAME_DATE, '').trim()) };
}

/**
 * Outside its folder, a dated show's pattern needs a title as well as a date: `# 2024-01-19` (or a file
 * named `2024-01-19.md`) is a daily note, not an episode.
 */
function outsideFolderCheck(match: HeadingMatch | undefined, inFolder: boolean): HeadingMatch | undefined {
  if (!match || inFolder || !match.show.folder || match.date === undefined || match.title) return match;
  return undefined;
}

function sameText(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

function differs<T>(a: T | undefined, b: T | undefined): boolean {
  return a !== undefined && b !== undefined && a !== b;
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
