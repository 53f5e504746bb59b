import { fencedCodeTracker } from './code-fences.ts';
import { NoteError } from './errors.ts';
import { flowWorkTracker } from './flow-limits.ts';

// The limits on a note's inline markup and blocks, checked from its text before it is parsed (limits.ts
// says why the parser needs limits at all).

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
 * Lines of one paragraph or list item (lines with no blank line between them): past several thousand
 * lines, the markdown parser with GFM tables (a `|` on every line) slows down with their square (32,000
 * lines: 15 seconds). Real paragraphs are a few lines; a pasted log belongs in a fenced code block.
 */
export const MAX_BLOCK_LINES = 2_000;
/** A heading line (`# [[GOH 1 - Title]]`, `### A subsection`): longer is pasted text, refused before it is read. */
export const MAX_HEADING_LENGTH = 1_000;

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

/** `* * * * …` is a horizontal rule, however many stars it has. */
export function isThematicBreak(text: string, start: number): boolean {
  const end = text.indexOf('\n', start);
  return /^([-*_])(?:[ \t]*\1)*[ \t]*$/.test(text.slice(start, end === -1 ? text.length : end));
}

/** A line that starts a block of its own: blank, a list item, a heading, a quote's or a table's line. */
function startsBlock(content: string): boolean {
  return /^\s*(?:$|[-*+][ \t]|\d{1,9}[.)][ \t]|#|>|\|)/.test(content);
}

function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code > 127;
}

