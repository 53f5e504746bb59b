import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { NoteError } from '../notes/errors.ts';
import { splitFrontmatter, type SplitNote } from '../notes/frontmatter.ts';
import { FrontmatterReader } from '../notes/frontmatter-values.ts';
import { parseEpisodeHeading } from '../notes/heading.ts';
import { normaliseNoteText } from '../notes/parse-note.ts';

/** What recognition needs from the site config. */
export interface RecognitionOptions {
  seriesPrefix: string;
}

/** An episode note: its number, and where it says so. */
export interface RecognisedEpisode {
  kind: 'episode';
  number: number;
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

const markdown = unified().use(remarkParse).freeze();

/**
 * Decides whether a note is an episode note, the way the team writes them: a heading
 * `# [[GOH 26 - Title]]` of the configured series (zero-padded numbers too) or an `episode:`
 * property in the frontmatter, which wins, as in the parser.
 * The one place `npm run import` and `npm run new` recognise episodes: extend it here when the
 * archive learns other kinds of episode notes (issue 8: dated notes of other shows).
 * Never throws: a note with broken frontmatter is still recognised by its heading, so that
 * it is imported and `npm run check` can tell the author what to fix.
 */
export function recogniseEpisodeNote(rawText: string, options: RecognitionOptions): Recognition {
  const text = normaliseNoteText(rawText);
  const { frontmatter, body } = readFrontmatter(text);
  let fromFrontmatter: number | undefined;
  try {
    fromFrontmatter = frontmatter?.wholeNumber('episode');
  } catch (error) {
    if (!(error instanceof NoteError)) throw error;
    return { kind: 'other', reason: `its \`episode:\` property is not a whole number (line ${error.line ?? '?'})` };
  }
  const title = safely(() => frontmatter?.text('title'));
  const expected = `\`# [[${options.seriesPrefix} <n> - <title>]]\``;

  // Most notes of a vault are not episodes: skip parsing those that cannot be.
  const heading = body.toLowerCase().includes(options.seriesPrefix.toLowerCase()) ? firstTitleHeading(body) : undefined;
  const episodeHeading = heading ? parseEpisodeHeading(heading.text, options.seriesPrefix) : undefined;

  if (fromFrontmatter !== undefined) {
    return { kind: 'episode', number: fromFrontmatter, title: title ?? (episodeHeading?.title || undefined), line: frontmatter?.line('episode') };
  }
  if (episodeHeading?.number !== undefined) {
    return { kind: 'episode', number: episodeHeading.number, title: title ?? (episodeHeading.title || undefined), line: heading?.line };
  }
  if (episodeHeading) {
    return { kind: 'other', reason: `its heading on line ${heading?.line} has no episode number (an unfilled template?)` };
  }
  return { kind: 'other', reason: `not an episode note: no ${expected} heading and no \`episode:\` property` };
}

function readFrontmatter(text: string): { frontmatter?: FrontmatterReader; body: string } {
  let split: SplitNote;
  try {
    split = splitFrontmatter(text, '');
  } catch (error) {
    if (!(error instanceof NoteError)) throw error;
    // Broken YAML: recognise the note by its heading alone; the check reports the YAML.
    const end = /^---[ \t]*\n[\s\S]*?\n(?:---|\.\.\.)[ \t]*$/m.exec(text);
    const consumed = end && end.index === 0 ? end[0] : '';
    return { body: '\n'.repeat(consumed.split('\n').length - 1) + text.slice(consumed.length) };
  }
  return { frontmatter: new FrontmatterReader(split, ''), body: split.body };
}

/** The line of a note's title heading (its first `# ` heading), whatever the heading says. */
export function titleHeadingLine(rawText: string): number | undefined {
  return firstTitleHeading(readFrontmatter(normaliseNoteText(rawText)).body)?.line;
}

function firstTitleHeading(body: string): { text: string; line?: number } | undefined {
  const tree = markdown.parse(body) as Root;
  const node = tree.children.find((child) => child.type === 'heading' && child.depth === 1);
  return node && { text: toString(node), line: node.position?.start.line };
}

function safely<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}
