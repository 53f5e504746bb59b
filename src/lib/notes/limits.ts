import type { Nodes, Root } from 'mdast';
import { NoteError } from './errors.ts';
import { assertInlineWithinLimits, isThematicBreak } from './inline-limits.ts';

// The limits of inline markup and block shapes live beside their checks; every limit is read from here.
export { MAX_BLOCK_LINES, MAX_HEADING_LENGTH, MAX_INLINE_MARKUP, MAX_MARKER_RUN, MAX_MARKUP_WORK } from './inline-limits.ts';
export { MAX_LAZY_WORK, MAX_SETEXT_WORK } from './flow-limits.ts';

/**
 * Limits that keep parsing fast and safe on any input. Real notes are a few kilobytes with lists a
 * few levels deep; the markdown parser slows down super-linearly on lists nested hundreds deep
 * (the indentation alone grows with the square of the depth), so such input is refused up front,
 * in one linear pass, with a message that says what to change.
 */
export const MAX_NOTE_BYTES = 4 * 1024 * 1024;
/** Columns of indentation: 64 levels of 4-space (or tab) nesting. */
export const MAX_INDENT_COLUMNS = 256;
/**
 * Lists and quotes inside each other. Real outlines go a dozen levels deep; hundreds of levels (which
 * one line such as `- - - - … deep` makes) overflow the call stack of every tree walk after parsing.
 */
export const MAX_NESTING = 32;

/** A title longer than this is a pasted text: it would be repeated on every page, feed and card that names the episode. */
export const MAX_TITLE_LENGTH = 300;
/** Guests of one episode: a panel is a dozen; each guest gets a page that lists the episode. */
export const MAX_GUESTS = 50;

const FLATTEN = 'flatten the list: an outline of a few levels reads better, and the archive shows at most that.';

/**
 * Refuses, in linear passes before parsing, a note too large, a line indented too far, a line that
 * opens too many lists and quotes at once, or inline markup past its limits (assertInlineWithinLimits).
 * @throws NoteError naming the line and what to change.
 */
export function assertWithinLimits(text: string, file: string): void {
  if (text.length > MAX_NOTE_BYTES) {
    throw new NoteError({ file, line: 1 }, `the note is ${(text.length / 1024 / 1024).toFixed(1)} MB, more than an episode note can be (${MAX_NOTE_BYTES / 1024 / 1024} MB)`,
      'keep pasted logs, transcripts and data out of the note; link to them instead.');
  }
  let line = 1;
  let column = 0;
  let inIndent = true;
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (char === 10) {
      line++;
      column = 0;
      inIndent = true;
    } else if (inIndent && (char === 32 || char === 9)) {
      column += char === 9 ? 4 - (column % 4) : 1;
      if (column > MAX_INDENT_COLUMNS) {
        throw new NoteError({ file, line }, `this line is indented more than ${MAX_INDENT_COLUMNS} columns (a list nested about ${Math.round(MAX_INDENT_COLUMNS / 4)} levels deep or more)`, FLATTEN);
      }
    } else if (inIndent) {
      inIndent = false;
      if (leadingContainers(text, index) > MAX_NESTING && !isThematicBreak(text, index)) throw tooDeep(file, line);
    }
  }
  assertInlineWithinLimits(text, file);
}

/**
 * How many list markers and quote markers open a line (`- - > 1. text` has four), counted from `start`,
 * its first character after the indentation. Stops at the first character that cannot open a container.
 */
function leadingContainers(text: string, start: number): number {
  let count = 0;
  let index = start;
  for (;;) {
    while (text[index] === ' ' || text[index] === '\t') index++;
    const char = text[index];
    if (char === '>') {
      index++;
    } else if ((char === '-' || char === '*' || char === '+') && (text[index + 1] === ' ' || text[index + 1] === '\t')) {
      index += 2;
    } else {
      let digits = index;
      while (digits - index < 9 && text.charCodeAt(digits) >= 48 && text.charCodeAt(digits) <= 57) digits++;
      if (digits === index || (text[digits] !== '.' && text[digits] !== ')') || (text[digits + 1] !== ' ' && text[digits + 1] !== '\t')) return count;
      index = digits + 2;
    }
    count++;
    if (count > MAX_NESTING) return count;
  }
}

/**
 * Refuses a parsed note whose lists and quotes nest deeper than MAX_NESTING, wherever the nesting comes
 * from (indentation, markers on one line, or both). Walks the tree with its own stack, so any depth is safe.
 * @throws NoteError at the line of the first node that is too deep.
 */
export function assertNestingWithinLimits(tree: Root, file: string): void {
  const stack: { node: Nodes; depth: number }[] = [{ node: tree, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    const own = node.type === 'list' || node.type === 'blockquote' ? depth + 1 : depth;
    if (own > MAX_NESTING) throw tooDeep(file, node.position?.start.line);
    // Children pushed last first, so nodes are visited in document order.
    if ('children' in node) for (let index = node.children.length - 1; index >= 0; index--) stack.push({ node: node.children[index]!, depth: own });
  }
}

function tooDeep(file: string, line: number | undefined): NoteError {
  return new NoteError({ file, line }, `lists or quotes are nested more than ${MAX_NESTING} levels deep here`, FLATTEN);
}

/**
 * Refuses a title longer than MAX_TITLE_LENGTH or more than MAX_GUESTS guests in a note that will be
 * published; a draft gets the same as a warning (it has no page yet).
 * @returns the problem, for the caller to throw or to warn with; undefined when within the limits.
 */
export function sizeProblem(title: string, guests: readonly string[], file: string, line: number | undefined): NoteError | undefined {
  if (title.length > MAX_TITLE_LENGTH) {
    return new NoteError({ file, line }, `the title is ${title.length.toLocaleString('en')} characters long, more than an episode title can be (${MAX_TITLE_LENGTH})`,
      'shorten the title to a line (YouTube allows 100 characters); put the rest in the talking points or the description.');
  }
  if (guests.length > MAX_GUESTS) {
    return new NoteError({ file, line }, `the note names ${guests.length} guests, more than an episode can have (${MAX_GUESTS})`,
      'list the episode\'s guests only; people mentioned in it belong in the talking points.');
  }
  return undefined;
}
