import { normaliseNumericDate } from './dates.ts';
import type { SectionKind } from './sections.ts';
import { unwrapWikilink } from './wikilinks.ts';

/**
 * What one show's notes write differently from the site's template (a translated template, say):
 * more section names, instructions, guest line labels and opening lines. Each list is added to the
 * site's, never replacing it, so a Spanish note that keeps an English heading is still read.
 */
export interface ShowNoteOptions {
  publicSections?: Partial<Record<SectionKind, readonly string[]>>;
  internalSections?: readonly string[];
  templateInstructions?: readonly string[];
  guestFields?: readonly string[];
  openingLines?: readonly string[];
}

/** How the parser recognises a show's notes (from the site config's `shows`). */
export interface ShowRule {
  slug: string;
  name: string;
  /** Heading pattern such as "GOH <n> - <title>" or "<date> <title>". */
  heading?: string;
  /** Subfolder of the notes folder whose notes all belong to this show. */
  folder?: string;
  defaultHosts: readonly string[];
  /** The language its notes are written in (BCP 47), when it is not the site's. */
  language?: string;
  /** Section names, instructions, guest labels and opening lines its notes add to the site's. */
  notes?: ShowNoteOptions;
  /** Topics every episode of the show has. */
  topics?: readonly string[];
  /** Its titles name the guest (`… with <guest>`): read only when the show declares it. */
  titleNamesGuest?: boolean;
}

/** What an episode heading says, read with one show's pattern. */
export interface HeadingMatch {
  show: ShowRule;
  number?: number;
  date?: string;
  title: string;
  /** The pattern has a number slot (a numbered show), even if this heading left it empty. */
  numbered: boolean;
}

const SEPARATORS = '[-–—:|]';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A heading pattern as a regular expression. `<n>` is an episode number (optional, so a half-written
 * heading is recognised and reported), `<date>` a date written year first (`2025-08-12`,
 * `2024 / 12 / 05`), `<title>` the rest; a separator such as " - " also accepts ":", "–", "|" or
 * nothing, spacing is free, and a space after a date may also be a separator (`2025-06-24-road-to-4-0`).
 */
export function compileHeadingPattern(pattern: string): RegExp {
  const parts = pattern.trim().split(/(<n>|<date>|<title>|\s*[-–—:|]\s*|\s+)/).filter(Boolean);
  const source = parts.map((part, index) => {
    if (part === '<n>') return '#?\\s*(?<number>\\d+)?';
    if (part === '<date>') return '(?<date>\\d{4}\\s*[-/.]\\s*\\d{1,2}\\s*[-/.]\\s*\\d{1,2})';
    if (part === '<title>') return '(?<title>.*)';
    if (/^\s*[-–—:|]\s*$/.test(part)) return `\\s*(?:${SEPARATORS}\\s*)?`;
    if (/^\s+$/.test(part)) return parts[index - 1] === '<date>' ? `\\s*(?:${SEPARATORS}\\s*)?` : '\\s*';
    // A literal prefix must end at a word boundary: "GOH" never matches "GOHST".
    return `${escapeRegExp(part)}${/\w$/.test(part) ? '\\b' : ''}`;
  }).join('');
  return new RegExp(`^${source}$`, 'i');
}

/** The text inside `# [[...]]`, or the heading as written. */
export function headingInner(headingText: string): string {
  const trimmed = headingText.trim();
  return unwrapWikilink(trimmed).target || trimmed;
}

/** Reads a heading with each show's pattern, first match wins. */
export function matchHeading(headingText: string, shows: readonly ShowRule[]): HeadingMatch | undefined {
  const inner = headingInner(headingText);
  for (const show of shows) {
    if (!show.heading) continue;
    const match = compileHeadingPattern(show.heading).exec(inner);
    if (!match?.groups) continue;
    const { number, date, title } = match.groups;
    const isoDate = date === undefined ? undefined : normaliseNumericDate(date);
    // `2025-13-45 Title` names no date: not this show's heading.
    if (date !== undefined && !isoDate) continue;
    return {
      show,
      number: number === undefined ? undefined : Number(number),
      date: isoDate,
      title: readableTitle((title ?? '').trim()),
      numbered: show.heading.includes('<n>'),
    };
  }
  return undefined;
}

/**
 * A title written as a slug (`road-to-4-0`, `LogQL-Does-Don'ts`, as file names and some headings are)
 * read as words: "Road to 4 0", "LogQL Does Don'ts". A title with spaces is kept as written, and so is
 * one hyphenated word (`k6-operator`, `Self-hosting`): a slug has three words or more.
 */
export function readableTitle(title: string): string {
  if (/\s/.test(title) || !/^[^-_]+(?:[-_]+[^-_]+){2,}$/u.test(title)) return title;
  const words = title.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The show whose folder holds a note (path relative to the notes folder), if any. */
export function showForFolder(relativePath: string | undefined, shows: readonly ShowRule[]): ShowRule | undefined {
  if (!relativePath) return undefined;
  const path = relativePath.replaceAll('\\', '/');
  return shows.find((show) => show.folder && path.startsWith(`${show.folder.replace(/^\/|\/$/g, '')}/`));
}

/** A show's example heading, for error messages: "GOH 27 - Title" or "2025-08-12 Title". */
export function exampleHeading(show: ShowRule): string {
  return (show.heading ?? '<date> <title>').replace('<n>', '27').replace('<date>', '2025-08-12').replace('<title>', 'Title');
}
