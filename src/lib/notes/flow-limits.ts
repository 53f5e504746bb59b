import { NoteError } from './errors.ts';

// The limits on the two block shapes whose parsing cost grows with the square of their number, followed
// line by line from a note's text before it is parsed (by inline-limits.ts).

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
 * Follows the lines of a note for the two block shapes whose parsing cost grows with the square of
 * their number (MAX_SETEXT_WORK, MAX_LAZY_WORK), from the text alone, in one pass: it counts generously
 * (any line of `=` or `-` under a line of text is taken for an underline), which only brings the limit
 * closer for notes that are nowhere near it. Call it with each line (undefined for a line of code).
 * @throws NoteError at the line past a limit.
 */
export function flowWorkTracker(file: string): (content: string | undefined, line: number) => void {
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

