import type { Nodes, Root } from 'mdast';
import { fencedCodeTracker } from './code-fences.ts';
import { NoteError } from './errors.ts';

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

/**
 * Inline markup characters (`*`, `_` outside a word, `~`, `[`, `]`, `` ` ``) in one paragraph, list item,
 * heading or table row. The markdown parser matches emphasis, brackets and code spans by looking back
 * over the ones still open, which takes time that grows with the square of their number: 20,000 stars
 * in one item took a minute. Real paragraphs hold a few dozen; at most 500 keep one to a few milliseconds.
 */
export const MAX_INLINE_MARKUP = 500;
/**
 * The parsing work of a note's inline markup, counted as the sum over its paragraphs of the square of
 * their markup characters (how the parser's time grows): ordinary paragraphs of a few dozen add little
 * (8,000 items of 8 add half a million); this bounds the worst note, many paragraphs each near
 * MAX_INLINE_MARKUP, to about a second.
 */
export const MAX_MARKUP_WORK = 4_000_000;
/**
 * One run of emphasis markers (`***…`, `_~*…`): each pair nests one more level of emphasis, and
 * thousands of levels overflow the call stack of every tree walk. Fill-in lines (`Name: ______`) are short.
 */
export const MAX_MARKER_RUN = 100;
/**
 * Setext headings (a line of text underlined with `===` or `---`): the markdown parser rewrites every
 * event of the note before each one, so their cost grows with the number of them times the note's length
 * (4,000 of them in 8,000 lines took 14 seconds). Counted as the sum of the lines they sit on: a few in
 * any real note add little; this bounds the worst to about a second.
 */
export const MAX_SETEXT_WORK = 1_000_000;
/**
 * Lines that continue a quote's paragraph without its `>` markers ("lazy" lines): the parser looks back
 * over the whole paragraph for each one, so a long paragraph of them takes time that grows with its
 * square. Counted as the sum, over such lines, of the lines since their paragraph began.
 */
export const MAX_LAZY_WORK = 1_000_000;
/**
 * Lines of one paragraph or list item (lines with no blank line between them): past several thousand
 * lines, the markdown parser with GFM tables (a `|` on every line) slows down with their square (32,000
 * lines: 15 seconds). Real paragraphs are a few lines; a pasted log belongs in a fenced code block.
 */
export const MAX_BLOCK_LINES = 2_000;
/** A title longer than this is a pasted text: it would be repeated on every page, feed and card that names the episode. */
export const MAX_TITLE_LENGTH = 300;
/** A heading line (`# [[GOH 1 - Title]]`, `### A subsection`): longer is pasted text, refused before it is read. */
export const MAX_HEADING_LENGTH = 1_000;
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

/** `* * * * …` is a horizontal rule, however many stars it has. */
function isThematicBreak(text: string, start: number): boolean {
  const end = text.indexOf('\n', start);
  return /^([-*_])(?:[ \t]*\1)*[ \t]*$/.test(text.slice(start, end === -1 ? text.length : end));
}

function tooDeep(file: string, line: number | undefined): NoteError {
  return new NoteError({ file, line }, `lists or quotes are nested more than ${MAX_NESTING} levels deep here`, FLATTEN);
}

/**
 * Refuses, in one linear pass before parsing, a paragraph, item, heading or table row with more inline
 * markup than MAX_INLINE_MARKUP, or a run of emphasis markers longer than MAX_MARKER_RUN (fenced code is
 * not markup, and a horizontal rule `*****` is no run). A block is counted from a line that starts one (a
 * list item, a heading, a quote's or table's line, a line after a blank one) to the next.
 * @throws NoteError naming the line and what to change.
 */
export function assertInlineWithinLimits(text: string, file: string): void {
  const isCode = fencedCodeTracker();
  const flow = flowWorkTracker(file);
  let markup = 0;
  let work = 0;
  let blockLine = 1;
  let blockLines = 0;
  let line = 0;
  for (let start = 0; start <= text.length; line++) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const content = text.slice(start, end);
    start = end + 1;
    if (isCode(content)) {
      markup = 0;
      flow(undefined, line + 1);
      continue;
    }
    flow(content, line + 1);
    if (startsBlock(content)) {
      markup = 0;
      blockLines = 0;
      // A blank line ends a block; the next one starts on the line after it.
      blockLine = content.trim() ? line + 1 : line + 2;
    }
    if (++blockLines > MAX_BLOCK_LINES) {
      throw new NoteError({ file, line: blockLine }, `this paragraph or item runs for more than ${MAX_BLOCK_LINES.toLocaleString('en')} lines without a blank line`,
        'put pasted logs and data in a fenced code block (```), or break the text into paragraphs with blank lines.');
    }
    if (isThematicBreak(content, content.search(/\S|$/))) continue;
    if (content.length > MAX_HEADING_LENGTH && /^\s{0,3}#{1,6}(?:\s|$)/.test(content)) {
      throw new NoteError({ file, line: line + 1 }, `this heading is ${content.length.toLocaleString('en')} characters long, more than a heading can be (${MAX_HEADING_LENGTH.toLocaleString('en')})`,
        'shorten the heading to a title; put the rest under it as text.');
    }
    let run = 0;
    for (let index = 0; index < content.length; index++) {
      const char = content.charCodeAt(index);
      const marker = char === 42 || char === 126 || (char === 95 && !(isWordChar(content.charCodeAt(index - 1)) && isWordChar(content.charCodeAt(index + 1))));
      run = marker ? run + 1 : 0;
      if (run > MAX_MARKER_RUN) {
        throw new NoteError({ file, line: line + 1 }, `this line has a run of more than ${MAX_MARKER_RUN} emphasis markers (*, _ or ~) in a row`,
          'shorten the run: bold or italic needs two or three markers; to show the characters themselves, put them in `code`.');
      }
      if (marker || char === 91 || char === 93 || char === 96) {
        work += 2 * markup + 1; // (m + 1)² - m²: the work of the paragraph so far is m²
        markup++;
      }
    }
    if (markup > MAX_INLINE_MARKUP) {
      throw new NoteError({ file, line: blockLine }, `this paragraph or item has more than ${MAX_INLINE_MARKUP.toLocaleString('en')} markup characters (*, _, ~, [, ], \`)`,
        'split it into several items, or put pasted logs and code in a fenced code block (```), where they are not markup.');
    }
    if (work > MAX_MARKUP_WORK) {
      throw new NoteError({ file, line: line + 1 }, `the note holds too much inline markup (*, _, ~, [, ], \`) to read quickly by this line: many paragraphs with hundreds of markup characters each`,
        'split it into several notes, or put pasted logs and code in fenced code blocks (```), where they are not markup.');
    }
  }
}

/**
 * Follows the lines of a note for the two block shapes whose parsing cost grows with the square of
 * their number (MAX_SETEXT_WORK, MAX_LAZY_WORK), from the text alone, in one pass: it counts generously
 * (any line of `=` or `-` under a line of text is taken for an underline), which only brings the limit
 * closer for notes that are nowhere near it. Call it with each line (undefined for a line of code).
 * @throws NoteError at the line past a limit.
 */
function flowWorkTracker(file: string): (content: string | undefined, line: number) => void {
  let setextWork = 0;
  let lazyWork = 0;
  let previousText = false;
  // The paragraph being followed: the line it began on and how many `>` opened it.
  let paragraphLine = 0;
  let paragraphQuotes = 0;
  return (content, line) => {
    if (content === undefined || !content.trim()) {
      previousText = false;
      paragraphLine = 0;
      return;
    }
    const quotes = quoteMarkers(content);
    const rest = content.slice(quotePrefixLength(content));
    if (previousText && /^ {0,3}(?:=+|-+)[ \t]*$/.test(rest)) {
      setextWork += line;
      if (setextWork > MAX_SETEXT_WORK) {
        throw new NoteError({ file, line }, 'the note has too many headings underlined with === or --- for its length (by this line)',
          'write headings with # (`## Title`) instead of underlining them; a line of --- under text makes it a heading: put a blank line before a horizontal rule.');
      }
      previousText = false;
      paragraphLine = 0;
      return;
    }
    // A list item, heading, fence or HTML line interrupts a paragraph: it is no lazy line, it starts a block.
    const opensBlock = /^\s*(?:[-*+][ \t]|\d{1,9}[.)][ \t]|#|```|~~~|<)/.test(rest);
    if (paragraphLine && quotes < paragraphQuotes && !opensBlock) {
      lazyWork += line - paragraphLine;
      if (lazyWork > MAX_LAZY_WORK) {
        throw new NoteError({ file, line: paragraphLine }, 'this quote\'s paragraph goes on for too many lines without its > markers',
          'start every line of a quote with its > markers, or end the quote with a blank line; put pasted logs in a fenced code block (```).');
      }
    } else if (!paragraphLine || quotes !== paragraphQuotes) {
      paragraphLine = line;
      paragraphQuotes = quotes;
    }
    previousText = !/^\s*#/.test(rest);
  };
}

/** How many `>` open a line (`> > text` has two), spaces between them allowed. */
function quoteMarkers(content: string): number {
  let count = 0;
  for (let index = 0; index < content.length; index++) {
    const char = content[index];
    if (char === '>') count++;
    else if (char !== ' ' && char !== '\t') break;
  }
  return count;
}

/** The length of a line's quote markers and the spaces around them. */
function quotePrefixLength(content: string): number {
  let index = 0;
  while (index < content.length && (content[index] === '>' || content[index] === ' ' || content[index] === '\t')) index++;
  return index;
}

/** A line that starts a block of its own: blank, a list item, a heading, a quote's or a table's line. */
function startsBlock(content: string): boolean {
  return /^\s*(?:$|[-*+][ \t]|\d{1,9}[.)][ \t]|#|>|\|)/.test(content);
}

function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code > 127;
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
