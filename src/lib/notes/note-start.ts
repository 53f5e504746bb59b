import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { NoteContext } from './episode.ts';
import { readFrontmatter, type SplitNote } from './frontmatter.ts';
import { FrontmatterReader } from './frontmatter-values.ts';
import type { EpisodeIdentity, IdentityClues } from './identify-episode.ts';
import { plainText } from './plain-text.ts';

/**
 * A note's start as every reader of notes sees it (the parser, `npm run import`, `npm run new`,
 * `npm run check` and the build): its normalised text, its frontmatter, and typed reads of it.
 */
export interface NoteStart {
  /** The text with LF line endings and no byte-order mark. */
  text: string;
  split: SplitNote;
  frontmatter: FrontmatterReader;
}

/** Line endings and byte-order mark as every later step expects them. */
export function normaliseNoteText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/**
 * Reads a note's start: never throws (a frontmatter problem is in `split.problem`, with what could be
 * read), but for `guard`, which sees the normalised text before anything is parsed (the parser's limits).
 */
export function readNoteStart(rawText: string, file: string, guard?: (text: string, file: string) => void): NoteStart {
  const text = normaliseNoteText(rawText);
  guard?.(text, file);
  const split = readFrontmatter(text, file);
  return { text, split, frontmatter: new FrontmatterReader(split, file) };
}

/** The note's title heading: its first `# ` heading, and where it is among the tree's blocks. */
export function titleHeading(tree: Root): { node: Heading; index: number } | undefined {
  const index = tree.children.findIndex((node) => node.type === 'heading' && node.depth === 1);
  return index >= 0 ? { node: tree.children[index] as Heading, index } : undefined;
}

const markdown = unified().use(remarkParse).freeze();
// The title heading and the video come before the first section; no more is read to find them.
const FIRST_SECTION = /^##[ \t]/m;
const TITLE_LINE = /^#[ \t]/m;

/**
 * The blocks of a note's body before its first section, and its title heading wherever it is, read
 * without parsing more of the note than that (for readers that need only the note's start: import's
 * recognition, and the verdict on a note the parser refused).
 */
export function startBlocks(body: string): RootContent[] {
  const section = FIRST_SECTION.exec(body);
  const head = section ? body.slice(0, section.index) : body;
  if (!section || TITLE_LINE.test(head) || !TITLE_LINE.test(body)) return (markdown.parse(head) as Root).children;
  // A title heading below the first section (rare): the whole note is read to find it.
  const blocks = (markdown.parse(body) as Root).children;
  const firstSection = blocks.findIndex((block) => block.type === 'heading' && block.depth > 1);
  const title = blocks.find((block) => block.type === 'heading' && block.depth === 1);
  return [...blocks.slice(0, firstSection < 0 ? blocks.length : firstSection), ...(title ? [title] : [])];
}

/** The title heading among blocks, as identity clues want it. */
export function headingClue(blocks: readonly RootContent[]): IdentityClues['heading'] {
  const node = blocks.find((child) => child.type === 'heading' && child.depth === 1);
  return node && { text: toString(node), line: node.position?.start.line };
}

/** What the title heading, the frontmatter and the file name say about which episode the note is. */
export function identityClues(frontmatter: FrontmatterReader, heading: IdentityClues['heading'], context: NoteContext, file: string): IdentityClues {
  const show = frontmatter.text('show');
  const episode = frontmatter.wholeNumber('episode');
  return {
    heading,
    show: show === undefined ? undefined : { value: show, line: frontmatter.line('show') },
    episode: episode === undefined ? undefined : { value: episode, line: frontmatter.line('episode') },
    title: frontmatter.text('title'),
    relativePath: context.relativePath,
    fileName: context.relativePath === undefined && !file ? undefined : (context.relativePath ?? file).replaceAll('\\', '/').split('/').pop()?.replace(/\.md$/i, ''),
  };
}

// Titles that say there is none yet.
const PLACEHOLDER_TITLE = /^(?:tbd|tba|todo|tbc|x+|\?+)\.?$/i;

/** A title that says there is none yet (`TBD`, `xxx`, `?`). */
export function isPlaceholderTitle(title: string): boolean {
  return PLACEHOLDER_TITLE.test(title.trim());
}

/** What a note's identity lacks before it can be published: a numbered show's number, a real title. */
export function identityLacks(identity: Pick<EpisodeIdentity, 'numbered' | 'number' | 'title' | 'templated'>): { number: boolean; title: boolean } {
  const title = plainText(identity.title ?? '');
  return {
    number: identity.numbered && identity.number === undefined,
    title: Boolean(identity.templated) || !title || isPlaceholderTitle(title),
  };
}
